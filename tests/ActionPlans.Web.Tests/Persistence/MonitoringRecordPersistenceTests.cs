using ActionPlans.Core;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.TargetDates;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Persistence;

/// <summary>
/// The sequence that used to lose evidence: progress on a plan under review, the plan returned, the action removed.
/// Each step is refused where it would lose something, by the domain and, beneath it, by the database.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MonitoringRecordPersistenceTests(ThrowawayPostgres postgres)
{
    private static readonly DateOnly Submitted = new(2019, 3, 4);
    private static readonly DateOnly Today = new(2019, 5, 1);

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Progress_waits_for_the_plan_to_be_agreed_and_an_action_with_a_record_keeps_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        int planId;
        await using (var db = database.Open("coordinator@test"))
        {
            var plan = NewPlan();
            plan.Submit(Submitted);
            var action = plan.Responses[0].Actions[0];
            // Under review the plan can still be returned and changed, so it takes no progress yet.
            Assert.Throws<DomainRuleException>(() => new ActionProgress(plan, action).Record(Update(), Today));
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            planId = plan.Id;
            plan.Return();
            plan.Submit(Submitted);
            plan.Accept();
            await db.SaveChangesAsync();
        }

        await using (var db = database.Open("owner@test"))
        {
            var tracked = (await TrackedAction.LoadAsync(db, planId, await FirstActionIdAsync(db, planId)))!;
            var file = new EvidencePolicy().AdmitFile("minutes.txt", "Board minutes."u8);
            tracked.Progress.Record(Update(file), Today);
            tracked.Progress.ReviseTarget(TargetDate.Parse("March 2020"), "The board moved its meetings.", Today, "Director", Today);
            db.EvidenceContents.Add(new EvidenceContent { Evidence = tracked.Action.Updates[0].Evidence[0], Bytes = "Board minutes."u8.ToArray() });
            await db.SaveChangesAsync();
        }
        var kept = await CountsAsync(database);
        Assert.Equal((1, 1, 1, 1), kept);

        await using (var db = database.Open("coordinator@test"))
        {
            var tracked = (await TrackedAction.LoadAsync(db, planId, await FirstActionIdAsync(db, planId)))!;
            var refused = Assert.Throws<DomainRuleException>(() => tracked.Response.RemoveAction(tracked.Action));
            Assert.Contains("superseded", refused.Message);
        }

        // Beneath the domain, the database keeps every monitoring row: deleting what it belongs to is refused.
        await using (var db = database.Open("someone@test"))
        {
            db.Actions.Remove(await db.Actions.FirstAsync(a => a.Text == "Report to the board."));
            AssertConflict(await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync()));
        }
        await using (var db = database.Open("someone@test"))
        {
            db.ProgressUpdates.Remove(await db.ProgressUpdates.FirstAsync());
            AssertConflict(await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync()));
        }
        await using (var db = database.Open("someone@test"))
        {
            db.Evidence.Remove(await db.Evidence.FirstAsync());
            AssertConflict(await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync()));
        }
        Assert.Equal(kept, await CountsAsync(database));
        await using var reader = database.Open("reader");
        Assert.DoesNotContain(await reader.AuditEntries.ToListAsync(), e => e.Action == AuditAction.Deleted);
    }

    private static void AssertConflict(DbUpdateException e) => Assert.True(SaveConflict.Is(e), e.InnerException?.Message ?? e.Message);

    private static ActionPlan NewPlan()
    {
        var provider = new Organisation("Testshire CRC", OrganisationKind.CommunityRehabilitationCompany);
        var inspection = new Inspection(provider, InspectionKind.CrcInspection, new DateOnly(2018, 10, 1), new DateOnly(2019, 2, 22));
        var recommendation = inspection.Recommend(1, "The CRC should report to its board.", provider);
        var plan = new ActionPlan(inspection);
        plan.ResponseTo(recommendation).Answer(ResponseKind.Agreed, "Agreed.");
        plan.ResponseTo(recommendation).AddAction("Report to the board.", "Director", TargetDate.Parse("December 2019"));
        return plan;
    }

    private static UpdateContent Update(params Evidence[] evidence) =>
        new(Today, DeliveryStatus.InProgress, "First report made to the board.", "Director", evidence: evidence);

    private static Task<int> FirstActionIdAsync(ActionPlansDb db, int planId) =>
        db.Actions.Where(a => db.Responses.Any(r => r.Id == a.ResponseId && r.ActionPlanId == planId)).Select(a => a.Id).FirstAsync();

    private static async Task<(int Updates, int Revisions, int Evidence, int Files)> CountsAsync(TestDatabase database)
    {
        await using var db = database.Open("reader");
        return (await db.ProgressUpdates.CountAsync(), await db.TargetRevisions.CountAsync(), await db.Evidence.CountAsync(), await db.EvidenceContents.CountAsync());
    }
}
