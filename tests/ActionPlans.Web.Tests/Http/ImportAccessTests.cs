using System.Net;
using System.Net.Http.Headers;
using ActionPlans.Core.Access;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Documents.Tests.Fixtures;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Http;

/// <summary>
/// Only the review publishes: what each role's upload on /import becomes, over HTTP, and what the open data API
/// shows the public afterwards.
/// </summary>
public sealed class ImportAccessTests(RunningService service) : IClassFixture<RunningService>
{
    private const string KestrelVale = "Kestrel Vale CRC";

    /// <summary>Uploads a file on /import as the client, then saves what was read with <paramref name="fields"/>; the page that answers.</summary>
    private static async Task<(HttpResponseMessage Saved, IHtmlDocument Read)> ImportAsync(HttpClient client, string path, Dictionary<string, string>? fields = null)
    {
        var form = await client.PageAsync("/import");
        var upload = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        upload.Add(file, "Upload", Path.GetFileName(path));
        var read = await client.PostAsync("/import?handler=Read", upload);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var page = Browserless.Parse(await read.Content.ReadAsStringAsync());
        if (page.QuerySelector("input[name=Carried]") is null) return (read, page);
        var values = Browserless.FormFields(page);
        foreach (var (k, v) in fields ?? []) values[k] = v;
        return (await client.PostAsync("/import?handler=Save", new FormUrlEncodedContent(values)), page);
    }

    private static string ErrorOf(IHtmlDocument page) => page.QuerySelector(".govuk-error-summary")?.TextContent ?? "";

    private async Task<string> PublicApiAsync()
    {
        using var anonymous = service.Client();
        return await anonymous.GetStringAsync("/api/plans") + await anonymous.GetStringAsync("/api/inspections");
    }

    private async Task<HttpClient> CoordinatorOfKestrelValeAsync()
    {
        await service.AddAccountAsync("kestrel.vale@test", Role.Coordinator, KestrelVale, OrganisationKind.CommunityRehabilitationCompany);
        return await service.SignedInClientAsync("kestrel.vale@test");
    }

    private async Task<int> InspectionsOfAsync(string provider)
    {
        using var scope = service.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ActionPlansDb>().Inspections.CountAsync(i => i.Provider.Name == provider);
    }

    [Fact]
    public async Task A_coordinator_imports_no_report_and_no_plan_without_its_inspection_and_their_plan_enters_as_a_draft_for_review()
    {
        var before = await PublicApiAsync();
        using var coordinator = await CoordinatorOfKestrelValeAsync();

        var (report, _) = await ImportAsync(coordinator, Layouts.Report(Copy.Own));
        Assert.Contains("only an inspector imports inspection reports", ErrorOf(Browserless.Parse(await report.Content.ReadAsStringAsync())));

        var (early, _) = await ImportAsync(coordinator, Layouts.PlanInHtmlCells(Copy.Own), new() { ["Status"] = "Published" });
        Assert.Contains("an inspector records the inspection, or imports its report, before its plan is imported", ErrorOf(Browserless.Parse(await early.Content.ReadAsStringAsync())));

        Assert.Equal(0, await InspectionsOfAsync(KestrelVale));
        Assert.Equal(before, await PublicApiAsync());

        // Once the inspectorate has the inspection, the coordinator's plan answers it as a draft, whatever status is posted.
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        (report, _) = await ImportAsync(inspector, Layouts.Report(Copy.Own));
        Assert.Equal(HttpStatusCode.Redirect, report.StatusCode);
        var afterReport = await PublicApiAsync();

        var (saved, read) = await ImportAsync(coordinator, Layouts.PlanInHtmlCells(Copy.Own), new() { ["Status"] = "Published" });
        Assert.Null(read.QuerySelector("select[name=Status]"));
        Assert.Contains("enters as a draft", read.QuerySelector(".app-import-draft")!.TextContent);
        Assert.Contains("the inspection records 1 March 2025, which is left for an inspector to correct", read.QuerySelector(".app-import-warnings")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var planId = int.Parse(saved.RedirectPath().Split('/')[2]);

        using (var scope = service.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            var plan = await db.Plans.Include(p => p.Inspection).SingleAsync(p => p.Id == planId);
            Assert.Equal(PlanStatus.Draft, plan.Status);
            Assert.Null(plan.Submitted);
            // What the inspectorate recorded stands, even where the coordinator's plan is more precise.
            Assert.Equal(new DateOnly(2025, 3, 1), plan.Inspection.Published);
        }
        Assert.Equal(afterReport, await PublicApiAsync());
        using var anonymous = service.Client();
        Assert.StartsWith("/sign-in", (await anonymous.GetAsync($"/plans/{planId}")).RedirectPath());

        var review = await coordinator.PageAsync($"/plans/{planId}/review");
        Assert.Contains("Draft", review.QuerySelector("main .govuk-tag")!.TextContent);
        Assert.NotNull(review.QuerySelector("form[action*='handler=Submit']"));
    }

    [Fact]
    public async Task An_inspector_chooses_the_status_an_imported_plan_enters_with()
    {
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var (saved, read) = await ImportAsync(inspector, Layouts.PlanWithLostBullets(Copy.Own), new() { ["Status"] = "Accepted" });
        Assert.Equal("Published", read.QuerySelector("select[name=Status] option[selected]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var scope = service.Services.CreateScope();
        var id = int.Parse(saved.RedirectPath().Split('/')[2]);
        Assert.Equal(PlanStatus.Accepted, (await scope.ServiceProvider.GetRequiredService<ActionPlansDb>().Plans.SingleAsync(p => p.Id == id)).Status);
    }
}
