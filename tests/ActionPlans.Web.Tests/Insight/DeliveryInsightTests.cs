using ActionPlans.Core.Inspections;
using ActionPlans.Core.Insight;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.TargetDates;
using ActionPlans.Web.Features.Insight;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Insight;

/// <summary>
/// The timeliness and delivery section against counts made by hand on a small world: two published plans of two
/// providers (one on time, one late), an accepted plan that is not published and must not count, on SQLite and PostgreSQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DeliveryInsightTests(ThrowawayPostgres postgres)
{
    private static readonly DateOnly Today = new(2024, 6, 30);

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Plans_and_actions_are_counted_as_they_stood_on_the_as_at_day(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (var db = database.Open("inspector@test"))
        {
            db.Plans.AddRange(World());
            await db.SaveChangesAsync();
        }

        await using var reader = database.Open("reader@test");
        var late = await DeliveryInsight.ReadAsync(new InsightScope(reader, Filter(new DateOnly(2023, 8, 31))), default);
        // Fenmoor's plan took 10 working days (due after 10): on time; Northmarsh's took 16: late.
        Assert.Equal([(2022, new PlanTimeliness(1, 0, 0)), (2023, new PlanTimeliness(0, 1, 0))], late.PlansByYear);
        Assert.Equal([(10, 1), (16, 1)], late.WorkingDaysTaken);
        Assert.Equal(13m, late.MedianWorkingDays);
        // Six published actions: one on time, two late (10 and 15 days), three overdue; the accepted plan's action is not counted.
        Assert.Equal((1, 2, 3, 0), Outcomes(late.Actions));
        Assert.Equal([16.7m, 33.3m, 50m], Shares(late.Actions));
        Assert.Equal(["Fenmoor and Dales CRC", "Northmarsh NPS Division"], late.ByProvider.Select(p => p.Provider));
        Assert.Equal([25m, 25m, 50m], Shares(late.ByProvider[0].Actions));
        Assert.Equal([0m, 50m, 50m], Shares(late.ByProvider[1].Actions));
        Assert.Equal([(10, 1), (15, 1)], late.DaysLate);
        Assert.Equal(12.5m, late.MedianDaysLate);
        Assert.Equal([(0, 4), (1, 1), (2, 1)], late.Revisions);
        Assert.Equal(0.5m, late.RevisionsPerAction);
        var table = late.Figures.Single(f => f.Key == "shares-by-provider");
        Assert.Equal(["Provider", "Delivered by target", "Delivered late", "Overdue", "Not yet due", "Not delivered", "No date to meet"], table.Columns);
        Assert.Equal([0m, 50m, 50m, 0m, 0m, 0m], table.Rows[1].Values);
        // 10 falls in "6 to 10" on time, 16 in "16 to 20" late.
        Assert.Equal([[0m, 0m], [1m, 0m], [0m, 0m], [0m, 1m], [0m, 0m], [0m, 0m], [0m, 0m]],
            late.Figures.Single(f => f.Key == "working-days").Rows.Select(r => r.Values));

        // A year earlier Northmarsh had not sent its plan; Fenmoor's late completion was on record, its revised action not yet due.
        var earlier = await DeliveryInsight.ReadAsync(new InsightScope(reader, Filter(new DateOnly(2022, 7, 31))), default);
        Assert.Equal([(2022, new PlanTimeliness(1, 0, 0))], earlier.PlansByYear);
        Assert.Equal((1, 1, 1, 1), Outcomes(earlier.Actions));
        // And before the late completion was reported (on 12 July), that action was overdue.
        var before = await DeliveryInsight.ReadAsync(new InsightScope(reader, Filter(new DateOnly(2022, 7, 11))), default);
        Assert.Equal((1, 0, 2, 1), Outcomes(before.Actions));
        Assert.Null(before.MedianDaysLate);

        // Only Northmarsh's figures when it is chosen, and a due day of 20 working days makes its plan on time.
        var northmarsh = await reader.Organisations.SingleAsync(o => o.Name == "Northmarsh NPS Division");
        var chosen = await DeliveryInsight.ReadAsync(new InsightScope(reader, Filter(new DateOnly(2023, 8, 31)) with { ProviderId = northmarsh.Id, Provider = northmarsh.Name })
        {
            DueWorkingDays = 20,
        }, default);
        Assert.Equal([(2023, new PlanTimeliness(1, 0, 0))], chosen.PlansByYear);
        Assert.Equal((0, 1, 1, 0), Outcomes(chosen.Actions));
    }

    private static InsightFilter Filter(DateOnly asAt) => InsightFilter.Everything(Today) with { AsAt = asAt };

    private static (int OnTime, int Late, int Overdue, int NotYetDue) Outcomes(OutcomeCounts counts) =>
        (counts[DeliveryOutcome.DeliveredOnTime], counts[DeliveryOutcome.DeliveredLate], counts[DeliveryOutcome.Overdue], counts[DeliveryOutcome.NotYetDue]);

    private static decimal[] Shares(OutcomeCounts counts) =>
        [counts.Share(DeliveryOutcome.DeliveredOnTime), counts.Share(DeliveryOutcome.DeliveredLate), counts.Share(DeliveryOutcome.Overdue)];

    /// <summary>The small world the counts above were made on by hand.</summary>
    private static IEnumerable<ActionPlan> World()
    {
        var fenmoor = new Organisation("Fenmoor and Dales CRC", OrganisationKind.CommunityRehabilitationCompany);
        var northmarsh = new Organisation("Northmarsh NPS Division", OrganisationKind.NpsDivision);

        // Published Tuesday 1 March 2022, sent Tuesday 15 March: 10 working days.
        var first = Plan(fenmoor, new DateOnly(2022, 3, 1), "Check every new case's risk assessment within a week.");
        var response = first.Responses[0];
        var onTime = response.AddAction("Audit twenty cases a month.", "Head of quality", TargetDate.Parse("June 2022"));
        var lateOne = response.AddAction("Train the duty officers.", "Learning lead", TargetDate.Parse("June 2022"));
        response.AddAction("Publish the audit findings.", "Head of quality", TargetDate.Parse("June 2022"));
        var revised = response.AddAction("Review the allocation tool.", "Operations director", TargetDate.Parse("December 2022"));
        Deliver(first, new DateOnly(2022, 3, 15));
        Progress(first, onTime).Record(Completed(new DateOnly(2022, 6, 20), new DateOnly(2022, 6, 20)), Today);
        Progress(first, lateOne).Record(Completed(new DateOnly(2022, 7, 12), new DateOnly(2022, 7, 10)), Today);
        Progress(first, revised).ReviseTarget(TargetDate.Parse("March 2023"), "The tool's supplier changed.", new DateOnly(2022, 6, 1), "Director", Today);
        first.Publish();
        yield return first;

        // Published Tuesday 10 January 2023, sent Wednesday 1 February: 16 working days.
        var second = Plan(northmarsh, new DateOnly(2023, 1, 10), "Make sure managers see every high-risk case.");
        var answer = second.Responses[0];
        var completedLate = answer.AddAction("Add a weekly oversight meeting.", "Area manager", TargetDate.Parse("March 2023"));
        var twiceRevised = answer.AddAction("Recruit two senior officers.", "Area manager", TargetDate.Parse("March 2023"));
        Deliver(second, new DateOnly(2023, 2, 1));
        Progress(second, completedLate).Record(Completed(new DateOnly(2023, 4, 16), new DateOnly(2023, 4, 15)), Today);
        var recruiting = Progress(second, twiceRevised);
        recruiting.ReviseTarget(TargetDate.Parse("May 2023"), "No applicants.", new DateOnly(2023, 3, 20), "Director", Today);
        recruiting.ReviseTarget(TargetDate.Parse("July 2023"), "Still no applicants.", new DateOnly(2023, 5, 20), "Director", Today);
        second.Publish();
        yield return second;

        // Accepted but never published: none of it is counted.
        var third = Plan(fenmoor, new DateOnly(2023, 3, 7), "Share records with the courts.");
        var unpublished = third.Responses[0].AddAction("Agree a protocol.", "Head of partnerships", TargetDate.Parse("April 2023"));
        Deliver(third, new DateOnly(2023, 3, 30));
        Progress(third, unpublished).Record(Completed(new DateOnly(2023, 6, 1), new DateOnly(2023, 6, 1)), Today);
        yield return third;
    }

    private static ActionPlan Plan(Organisation provider, DateOnly published, string recommendation)
    {
        var inspection = new Inspection(provider, InspectionKind.CrcInspection, published.AddMonths(-4), published);
        inspection.Recommend(1, recommendation, provider);
        return new ActionPlan(inspection);
    }

    private static void Deliver(ActionPlan plan, DateOnly submitted)
    {
        plan.Submit(submitted);
        plan.Accept();
    }

    private static ActionProgress Progress(ActionPlan plan, PlannedAction action) => new(plan, action);

    private static UpdateContent Completed(DateOnly on, DateOnly completed) => new(on, DeliveryStatus.Completed, "Done.", "owner@test", completed);
}
