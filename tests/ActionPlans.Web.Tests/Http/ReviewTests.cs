using System.Net;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Http;

/// <summary>The demo draft from blocked submission to publication, through the real pipeline.</summary>
public sealed class ReviewTests(RunningService service) : IClassFixture<RunningService>
{
    private static async Task AnswerAsync(HttpClient client, int plan, int number, Dictionary<string, string> answer)
    {
        var form = Browserless.FormFields(await client.PageAsync($"/plans/{plan}/recommendations/{number}"));
        foreach (var (k, v) in answer) form[k] = v;
        var saved = await client.PostAsync($"/plans/{plan}/recommendations/{number}?handler=Save", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task A_draft_goes_from_blocked_submission_through_return_and_resubmission_to_publication()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Draft);
        var review = $"/plans/{plan}/review";
        using var coordinator = service.Client();
        await coordinator.SignInAsync("midshire.coordinator@demo.test", DemoData.Password);
        using var inspector = service.Client();
        await inspector.SignInAsync("inspector@demo.test", DemoData.Password);

        var blocked = Browserless.Parse(await (await coordinator.PressAsync(review, "Submit")).Content.ReadAsStringAsync());
        Assert.Contains("cannot be submitted", blocked.QuerySelector(".govuk-error-summary")!.TextContent);

        await AnswerAsync(coordinator, plan, 2, new() { ["Kind"] = "Agreed", ["Narrative"] = "Agreed.", ["Added.Text"] = "Fill 12 vacant posts.", ["Added.Owner"] = "Head of Workforce", ["Added.Target"] = "June 2027" });
        await AnswerAsync(coordinator, plan, 3, new() { ["Kind"] = "NotAgreed", ["Narrative"] = "Not for the division.", ["Reasons"] = "Policy", ["Explanation"] = "Guidance is a matter for the Ministry." });
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PressAsync(review, "Submit")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await inspector.PressAsync(review, "Comment", new() { ["CommentOn"] = "2", ["CommentText"] = "Say where the posts are." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.PressAsync(review, "Return")).StatusCode);

        var unanswered = Browserless.Parse(await (await coordinator.PressAsync(review, "Submit")).Content.ReadAsStringAsync());
        Assert.NotNull(unanswered.QuerySelector(".govuk-error-summary"));
        await AnswerAsync(coordinator, plan, 2, new() { ["Narrative"] = "Agreed for the northern offices.", ["Added.Text"] = "Open a recruitment office in Harrowgate.", ["Added.Owner"] = "Head of Estates", ["Added.Target"] = "March 2027" });
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PressAsync(review, "Answer", new() { ["reply"] = "Northern offices, now named." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PressAsync(review, "Submit")).StatusCode);

        Assert.Contains("version 2", (await inspector.PageAsync(review)).QuerySelector("main")!.TextContent);
        var versions = await inspector.PageAsync($"/plans/{plan}/versions");
        Assert.Contains("northern offices", versions.QuerySelectorAll("ins.app-diff__inserted").First().TextContent);
        Assert.Equal("Agreed.", versions.QuerySelectorAll("del.app-diff__deleted").First().TextContent);
        Assert.Contains(versions.QuerySelectorAll("table.app-version-changes th"), th => th.TextContent == "Action 2 added");
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.PressAsync(review, "Accept")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.PressAsync(review, "Publish")).StatusCode);

        using var visitor = service.Client();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/plans/{plan}")).StatusCode);

        using var check = service.Services.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<ActionPlansDb>();
        Assert.Equal(2, await db.FrozenVersions.CountAsync(v => v.ActionPlanId == plan));
        var statuses = (await db.AuditEntries.Where(a => a.Entity == "ActionPlan" && a.EntityId == plan.ToString() && a.Action == AuditAction.Modified).OrderBy(a => a.Id).ToListAsync())
            .Select(a => System.Text.Json.JsonDocument.Parse(a.Changes).RootElement)
            .Where(c => c.TryGetProperty("Status", out _)).Select(c => c.GetProperty("Status").GetProperty("to").GetString()).ToList();
        Assert.Equal(["Submitted", "Returned", "Submitted", "Accepted", "Published"], statuses);
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a is { Entity: "ReviewComment", Action: AuditAction.Added, Actor: "inspector@demo.test" });
    }
}
