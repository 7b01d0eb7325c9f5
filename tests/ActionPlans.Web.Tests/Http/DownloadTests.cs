using System.Net;
using System.Text;
using ActionPlans.Core.Plans;
using ActionPlans.Core.TargetDates;
using ActionPlans.Documents.Publishing;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Http;

/// <summary>The plan page's downloads: anyone for a published plan, never a draft anonymously, safe for any text.</summary>
public sealed class DownloadTests(RunningService service) : IClassFixture<RunningService>
{
    private const string Unusual = "<script>alert('x')</script> 🙂 مرحبا بالعالم =SUM(A1:A2) " + "Averyveryverylongwordwithoutanyspaces";


    [Theory]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("pdf", "application/pdf")]
    [InlineData("html", "text/html")]
    [InlineData("csv", "text/csv")]
    [InlineData("json", "application/json")]
    public async Task Anyone_downloads_a_published_plan_and_nobody_anonymous_gets_a_draft(string format, string type)
    {
        var (published, draft) = (await service.PlanIdAsync(PlanStatus.Published), await service.PlanIdAsync(PlanStatus.Draft));
        using var client = service.Client();
        var response = await client.GetAsync($"/plans/{published}?handler=Download&format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"action-plan-{published}.{format}", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);

        var refused = await client.GetAsync($"/plans/{draft}?handler=Download&format={format}");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/sign-in", refused.RedirectPath());
    }

    [Fact]
    public async Task An_unknown_format_is_not_found()
    {
        var (published, _) = (await service.PlanIdAsync(PlanStatus.Published), await service.PlanIdAsync(PlanStatus.Draft));
        using var client = service.Client();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/plans/{published}?handler=Download&format=exe")).StatusCode);
    }

    [Fact]
    public async Task Script_emoji_right_to_left_and_formula_text_is_shown_as_text_in_every_form()
    {
        var (published, _) = (await service.PlanIdAsync(PlanStatus.Published), await service.PlanIdAsync(PlanStatus.Draft));
        using (var scope = service.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            var plan = await db.Plans.Include(p => p.Responses).ThenInclude(r => r.Actions).SingleAsync(p => p.Id == published);
            var action = plan.Responses.SelectMany(r => r.Actions).First();
            action.Revise(Unusual, "Owner <b>bold</b>", TargetDate.Parse("December 2026"), false);
            await db.SaveChangesAsync();
        }
        using var client = service.Client();

        var page = await client.GetStringAsync($"/plans/{published}");
        Assert.Contains("&lt;script&gt;", page);
        Assert.DoesNotContain("<script>alert", page);

        var html = await client.GetStringAsync($"/plans/{published}?handler=Download&format=html");
        Assert.Contains("&lt;script&gt;alert", html);
        Assert.DoesNotContain("<script>", html);

        var csv = await client.GetStringAsync($"/plans/{published}?handler=Download&format=csv");
        Assert.Contains("🙂", csv);

        var docx = await client.GetByteArrayAsync($"/plans/{published}?handler=Download&format=docx");
        var back = WordPlanReader.Read(new MemoryStream(docx));
        Assert.Contains(back.Recommendations.SelectMany(r => r.Actions), a => a.Text.Contains("<script>alert('x')</script> 🙂 مرحبا"));

        var pdf = await client.GetByteArrayAsync($"/plans/{published}?handler=Download&format=pdf");
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
    }
}
