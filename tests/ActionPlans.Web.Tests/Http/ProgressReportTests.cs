using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace ActionPlans.Web.Tests.Http;

/// <summary>
/// The demo's published plan reported as at chosen days, downloaded, and published by an inspector. The demo's
/// caseload action was completed on 15 December 2025 and reported on the 19th; the training action had its
/// update on 1 December 2025.
/// </summary>
public sealed class ProgressReportTests(RunningService service) : IClassFixture<RunningService>
{
    private const string Caseload = "Cap each senior practitioner's own caseload at 10 cases.";
    private const string Training = "Run a half-day refresher on risk reviews for every practitioner.";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Written(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("table.app-progress-actions tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => string.Join(" | ", r.QuerySelectorAll("td").Select(c => c.TextContent.Trim())));

    private async Task<List<string>> ActionTextsAsync(int plan)
    {
        using var scope = service.Services.CreateScope();
        var record = await scope.ServiceProvider.GetRequiredService<ActionPlansDb>().Plans.WithDeliveryRecord().SingleAsync(p => p.Id == plan);
        return [.. record.Responses.SelectMany(r => r.Actions).Select(a => a.Text)];
    }

    /// <summary>The anti-forgery token a signed-in person's pages carry (the sign-out form has it), for a form the page does not offer them.</summary>
    private static string TokenOf(IHtmlDocument page) => page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static Task<HttpResponseMessage> PostPublishAsync(HttpClient client, int plan, string asAt, string token) =>
        client.PostAsync($"/plans/{plan}/progress-report/Publish?asAt={asAt}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

    private static string Error(IHtmlDocument page) => page.QuerySelector(".govuk-error-summary")?.TextContent ?? "";

    /// <summary>Presses the page's publish button, as an inspector's browser would.</summary>
    private static async Task<HttpResponseMessage> PublishAsync(HttpClient client, int plan, string asAt)
    {
        var page = await client.PageAsync($"/plans/{plan}/progress-report?asAt={asAt}");
        var form = page.QuerySelector("main form[method=post]") ?? throw new InvalidOperationException("No publish button");
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = TokenOf(page) }));
    }

    [Fact]
    public async Task Anyone_sees_every_action_of_a_published_plan_as_it_stood_on_the_day_chosen()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        using var visitor = service.Client();

        var after = await visitor.PageAsync($"/plans/{plan}/progress-report?asAt=2025-12-20");
        var before = await visitor.PageAsync($"/plans/{plan}/progress-report?asAt=2025-12-01");

        var texts = await ActionTextsAsync(plan);
        Assert.Equal(6, texts.Count);
        Assert.Equal(texts.Order(), Rows(after).Keys.Order());
        Assert.StartsWith("Completed on time", Rows(after)[Caseload].Split(" | ")[2]);
        Assert.Contains("Caseloads capped from 15 December.", Rows(after)[Caseload]);
        Assert.StartsWith("Due soon", Rows(before)[Caseload].Split(" | ")[2]);
        Assert.DoesNotContain("Completed", Rows(before)[Caseload]);
        Assert.Contains("Delivery as at 20 December 2025", after.QuerySelector("main")!.TextContent);
        Assert.Equal(["20", "12", "2025"], new[] { "AsAt_Day", "AsAt_Month", "AsAt_Year" }.Select(id => after.GetElementById(id)!.GetAttribute("value")));

        var chart = after.QuerySelector("figure.app-chart svg[role=img]");
        Assert.NotNull(chart);
        Assert.Contains("Dec 2025: 1 planned, 1 completed", chart.QuerySelector("desc")!.TextContent);
        Assert.Contains("Dec 2025", after.QuerySelector(".app-chart-figures table")!.TextContent);
        Assert.Empty(after.QuerySelectorAll("main form[method=post]"));
    }

    [Fact]
    public async Task The_form_leads_to_the_report_s_address_and_a_day_that_cannot_be_reported_is_explained()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        using var visitor = service.Client();
        var page = $"/plans/{plan}/progress-report";

        var chosen = await visitor.GetAsync($"{page}?AsAt.Day=20&AsAt.Month=12&AsAt.Year=2025");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal($"{page}?asAt=2025-12-20", chosen.RedirectPath());

        var tomorrow = Today.AddDays(1);
        foreach (var (query, message) in new[]
                 {
                     ($"AsAt.Day={tomorrow.Day}&AsAt.Month={tomorrow.Month}&AsAt.Year={tomorrow.Year}", "The date to view as at must be today or in the past"),
                     ($"asAt={Iso(tomorrow)}", "The date to view as at must be today or in the past"),
                     ("asAt=2025-02-30", "The date to view as at must be a real date"),
                     ("AsAt.Day=30&AsAt.Month=2&AsAt.Year=2025", "The date to view as at must be a real date"),
                     ("AsAt.Day=30&AsAt.Month=2", "The date to view as at must include a year"),
                     ("asAt=2025-06-01", "before the plan was submitted on 24 June 2025"),
                 })
        {
            var refused = await visitor.GetAsync($"{page}?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var shown = Browserless.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Contains(message, Error(shown));
            Assert.Contains(message, shown.GetElementById("AsAt-error")!.TextContent);
            Assert.Empty(shown.QuerySelectorAll("table.app-progress-actions"));
        }

        var download = await visitor.GetAsync($"{page}/download?asAt={Iso(tomorrow)}&format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, download.StatusCode);
        Assert.Equal("text/html", download.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_report_downloads_as_Word_PDF_and_HTML_for_the_same_day()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        using var visitor = service.Client();
        var page = await visitor.PageAsync($"/plans/{plan}/progress-report?asAt=2025-12-20");
        var links = page.QuerySelectorAll("nav.app-downloads a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains($"/plans/{plan}/progress-report/download?asAt=2025-12-20&format=docx", links);

        var docx = await visitor.GetAsync(links.Single(l => l.EndsWith("format=docx")));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"progress-report-{plan}-as-at-2025-12-20.docx", docx.Content.Headers.ContentDisposition!.FileNameStar ?? docx.Content.Headers.ContentDisposition.FileName);
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains(Caseload, text);
            Assert.Contains("Completed on time (Green)", text);
            Assert.Contains("Delivery as at 20 December 2025", text);
        }

        var pdf = await visitor.GetAsync(links.Single(l => l.EndsWith("format=pdf")));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("Cap each senior practitioner's own", text);
            Assert.Contains("Delivery as at 20 December 2025", text);
            Assert.Contains("Dec 2025", text);
        }

        var html = await visitor.GetStringAsync(links.Single(l => l.EndsWith("format=html")));
        Assert.Contains("<svg", html);
        Assert.Contains("Cap each senior practitioner&#39;s own caseload at 10 cases.", html);
    }

    [Fact]
    public async Task A_published_report_stays_as_published_when_an_earlier_update_is_recorded_later()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        using var inspector = service.Client();
        await inspector.SignInAsync("inspector@demo.test", DemoData.Password);

        var published = await PublishAsync(inspector, plan, "2026-01-15");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var address = published.RedirectPath();
        Assert.Matches($"^/plans/{plan}/progress-reports/[0-9]+$", address);

        using var visitor = service.Client();
        var shown = await visitor.PageAsync(address);
        Assert.Contains($"Published on {Written(Today)} by Iris Inspector.", shown.QuerySelector("main")!.TextContent);
        Assert.Contains("Eight of fourteen teams trained so far.", Rows(shown)[Training]);
        Assert.Contains((await visitor.PageAsync($"/plans/{plan}")).QuerySelectorAll(".app-progress-reports a"), a => a.GetAttribute("href") == address && a.TextContent.Contains("15 January 2026"));

        // An update dated before the report's day, entered after it was published.
        using (var scope = service.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            var record = await db.Plans.WithDeliveryRecord().SingleAsync(p => p.Id == plan);
            var training = record.Responses.SelectMany(r => r.Actions).Single(a => a.Text == Training);
            new ActionProgress(record, training).Record(new UpdateContent(new DateOnly(2026, 1, 10), DeliveryStatus.InProgress,
                "Twelve of fourteen teams trained.", "Learning and Development Manager"), Today);
            await db.SaveChangesAsync();
        }

        Assert.Contains("Twelve of fourteen teams trained.", Rows(await visitor.PageAsync($"/plans/{plan}/progress-report?asAt=2026-01-15"))[Training]);
        var again = await visitor.PageAsync(address);
        Assert.Contains("Eight of fourteen teams trained so far.", Rows(again)[Training]);
        Assert.DoesNotContain("Twelve of fourteen", again.QuerySelector("main")!.TextContent);
        using (var document = PdfDocument.Open(await visitor.GetByteArrayAsync($"{address}/download?format=pdf")))
        {
            var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("Eight of fourteen teams", text);
            Assert.DoesNotContain("Twelve of fourteen", text);
        }

        var samePage = await inspector.PageAsync($"/plans/{plan}/progress-report?asAt=2026-01-15");
        Assert.Empty(samePage.QuerySelectorAll("main form[method=post]"));
        Assert.Equal(address, samePage.QuerySelector(".app-published-report a")!.GetAttribute("href"));
        var twice = await PostPublishAsync(inspector, plan, "2026-01-15", TokenOf(samePage));
        // Publishing the day again leads to the report as it was published.
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Equal(address, twice.RedirectPath());
        Assert.Contains("The progress report as at 15 January 2026 was already published on ", (await inspector.PageAsync(address)).QuerySelector("main")!.TextContent);
        using var check = service.Services.CreateScope();
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<ActionPlansDb>().ProgressReports.CountAsync(r => r.ActionPlanId == plan && r.AsAt == new DateOnly(2026, 1, 15)));
    }

    [Fact]
    public async Task Only_an_inspector_publishes_and_never_as_at_a_day_to_come()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        using var coordinator = service.Client();
        await coordinator.SignInAsync("coordinator@demo.test", DemoData.Password);
        var page = await coordinator.PageAsync($"/plans/{plan}/progress-report?asAt=2025-11-30");
        Assert.Empty(page.QuerySelectorAll("main form[method=post]"));
        var refused = await PostPublishAsync(coordinator, plan, "2025-11-30", TokenOf(page));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var inspector = service.Client();
        await inspector.SignInAsync("inspector@demo.test", DemoData.Password);
        var inspectorPage = await inspector.PageAsync($"/plans/{plan}/progress-report?asAt=2025-11-30");
        Assert.Equal("Publish this progress report", inspectorPage.QuerySelector("main form[method=post] button")!.TextContent.Trim());
        var future = await PostPublishAsync(inspector, plan, $"{Iso(Today.AddDays(1))}", TokenOf(inspectorPage));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("The date to view as at must be today or in the past", Error(Browserless.Parse(await future.Content.ReadAsStringAsync())));

        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        Assert.False(await db.ProgressReports.AnyAsync(r => r.AsAt == new DateOnly(2025, 11, 30) || r.AsAt > Today));
    }
}
