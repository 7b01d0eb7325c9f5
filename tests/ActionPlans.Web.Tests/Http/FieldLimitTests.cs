using System.Net;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Plans.Workflow;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Recommendations;
using ActionPlans.Core.TargetDates;
using ActionPlans.Web.Features.Shared.Components;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static ActionPlans.Web.Tests.Progress.ProgressForms;

namespace ActionPlans.Web.Tests.Http;

/// <summary>
/// Every text a form stores, one character over its limit, on PostgreSQL (which refuses what does not fit where SQLite
/// stores it anyway): the domain's refusal beside the field, nothing saved, never an error page.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FieldLimitTests(ThrowawayPostgres postgres)
{
    private static string Over(int limit) => new('x', limit + 1);

    [Fact]
    public async Task Every_form_field_one_character_over_its_limit_is_refused_beside_it_and_nothing_is_saved()
    {
        await using var service = await RunningService.OnAsync("Postgres", postgres);
        var draft = await service.PlanIdAsync(PlanStatus.Draft);
        using var coordinator = await service.SignedInClientAsync("midshire.coordinator@demo.test");
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var audited = await AuditCountAsync(service);

        // A response and its actions.
        var respond = $"/plans/{draft}/recommendations/1";
        foreach (var (field, value) in new (string, string)[]
        {
            ("Narrative", Over(Response.NarrativeMaxLength)), ("AgreedPart", Over(Response.AgreedPartMaxLength)), ("Explanation", Over(Response.ExplanationMaxLength)),
            ("Actions[0].Text", Over(PlannedAction.TextMaxLength)), ("Actions[0].Owner", Over(PlannedAction.OwnerMaxLength)), ("Actions[0].Target", Over(TargetDate.TextMaxLength)),
            ("Added.Text", Over(PlannedAction.TextMaxLength)), ("Added.Owner", Over(PlannedAction.OwnerMaxLength)), ("Added.Target", Over(TargetDate.TextMaxLength)),
        })
        {
            var form = Browserless.FormFields(await coordinator.PageAsync(respond));
            form["Kind"] = "PartlyAgreed";
            if (field.StartsWith("Added.")) form["Added.Text"] = "Brief every court team.";
            form[field] = value;
            await AssertRefusedBesideAsync(await coordinator.PostAsync($"{respond}?handler=Save", new FormUrlEncodedContent(form)), field);
        }

        // An action's monitoring record, on the published plan.
        using var fenmoor = await service.SignedInClientAsync("coordinator@demo.test");
        var action = await service.PathOfAsync("Run a half-day refresher");
        var counts = await service.CountsAsync();
        await AssertRefusedBesideAsync(await fenmoor.SendAsync(action, "Update", Update("InProgress", Today, Over(ProgressUpdate.NarrativeMaxLength))), "Narrative");
        var linked = Update("InProgress", Today, "Ten teams trained.");
        linked["Links"] = "https://example.org/" + Over(EvidencePolicy.LinkMaxLength);
        await AssertRefusedBesideAsync(await fenmoor.SendAsync(action, "Update", linked), "Links");
        await AssertRefusedBesideAsync(await fenmoor.SendAsync(action, "Revise", new Dictionary<string, string> { ["NewTarget"] = Over(TargetDate.TextMaxLength), ["Reason"] = "Budget moved." }), "NewTarget");
        await AssertRefusedBesideAsync(await fenmoor.SendAsync(action, "Revise", new Dictionary<string, string> { ["NewTarget"] = "June 2027", ["Reason"] = Over(TargetRevision.ReasonMaxLength) }), "Reason");
        Assert.Equal(counts, await service.CountsAsync());

        // The review's comment and the coordinator's answer to it.
        await service.MakeDraftSubmittableAsync(draft);
        var review = $"/plans/{draft}/review";
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PressAsync(review, "Submit")).StatusCode);
        await AssertRefusedBesideAsync(await inspector.PressAsync(review, "Comment", new() { ["CommentText"] = Over(ReviewComment.TextMaxLength) }), "CommentText");
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.PressAsync(review, "Comment", new() { ["CommentText"] = "Say when the check starts." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.PressAsync(review, "Return")).StatusCode);
        var page = await coordinator.PageAsync(review);
        var answer = page.QuerySelector("main form[action*='handler=Answer']")!;
        var replyField = answer.QuerySelector("textarea")!.Id!;
        await AssertRefusedBesideAsync(await coordinator.PressAsync(review, "Answer", new() { ["reply"] = Over(ReviewComment.TextMaxLength) }), replyField);

        // An inspection's recommendations and ratings.
        var inspection = await InspectionWithoutPlanAsync(service);
        var recommendations = $"/inspections/{inspection}/recommendations";
        await AssertRefusedBesideAsync(await inspector.PressAsync(recommendations, "Add", new() { ["Text"] = Over(Recommendation.TextMaxLength) }), "Text");
        await AssertRefusedBesideAsync(await inspector.PressAsync(recommendations, "Previous", new() { ["PreviousText"] = Over(Recommendation.TextMaxLength) }), "PreviousText");
        var ratings = Browserless.FormFields(await inspector.PageAsync($"/inspections/{inspection}/ratings"));
        ratings["Standards[0].Stated"] = "Good";
        ratings["Standards[0].Rationale"] = Over(StandardResult.RationaleMaxLength);
        await AssertRefusedBesideAsync(await inspector.PostAsync($"/inspections/{inspection}/ratings?handler=Save", new FormUrlEncodedContent(ratings)), "Standards[0].Rationale");

        // Only the plan's submission, the valid comment and the return were saved.
        var saved = await AuditAsync(service, audited);
        Assert.DoesNotContain(saved, e => e.Entity is "PlannedAction" or "ProgressUpdate" or "TargetRevision" or "Recommendation" or "PreviousRecommendation" or "StandardResult");
        Assert.DoesNotContain(saved, e => e.Changes.Contains("xxxxxxxxxx"));
    }

    /// <summary>The page again (200), with the domain's limit as the message beside the field, not an error page.</summary>
    private static async Task AssertRefusedBesideAsync(HttpResponseMessage response, string field)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{field}: answered {(int)response.StatusCode}");
        var message = FieldError(Browserless.Parse(html), Field.IdOf(field));
        Assert.True(message is not null && message.Contains("characters"), $"{field}: beside it was '{message}'");
    }

    private static async Task<int> InspectionWithoutPlanAsync(RunningService service)
    {
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        return await db.Inspections.Where(i => !db.Plans.Any(p => p.InspectionId == i.Id)).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
    }

    private static async Task<long> AuditCountAsync(RunningService service) => (await AuditAsync(service, 0)).Select(e => e.Id).DefaultIfEmpty().Max();

    private static async Task<List<AuditEntry>> AuditAsync(RunningService service, long after)
    {
        using var scope = service.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ActionPlansDb>().AuditEntries.Where(e => e.Id > after).ToListAsync();
    }
}
