using ActionPlans.Core.Organisations;
using ActionPlans.Core.Progress;
using ActionPlans.Core.TargetDates;
using static ActionPlans.Core.Tests.Progress.MonitoredPlan;

namespace ActionPlans.Core.Tests.Progress;

public class DeliverySummaryTests
{
    [Theory]
    [InlineData(Rag.None)]
    [InlineData(Rag.None, DeliveryState.Superseded, DeliveryState.NoTarget)]
    [InlineData(Rag.Green, DeliveryState.OnTrack, DeliveryState.CompletedOnTime, DeliveryState.Superseded)]
    [InlineData(Rag.Amber, DeliveryState.OnTrack, DeliveryState.CompletedLate)]
    [InlineData(Rag.Amber, DeliveryState.DueSoon, DeliveryState.NoTarget)]
    [InlineData(Rag.Red, DeliveryState.CompletedOnTime, DeliveryState.NotDelivered)]
    [InlineData(Rag.Red, DeliveryState.DueSoon, DeliveryState.Overdue)]
    public void The_worst_rag_of_the_actions_is_the_summarys(Rag worst, params DeliveryState[] states) =>
        Assert.Equal(worst, DeliverySummary.Of(states).WorstRag);

    [Fact]
    public void The_share_delivered_leaves_out_superseded_actions()
    {
        var summary = DeliverySummary.Of([
            DeliveryState.CompletedOnTime, DeliveryState.CompletedLate, DeliveryState.Overdue,
            DeliveryState.NotDelivered, DeliveryState.Superseded]);

        Assert.Equal(5, summary.Total);
        Assert.Equal(2, summary.Delivered);
        Assert.Equal(0.5, summary.ShareDelivered);
    }

    [Fact]
    public void Nothing_expected_has_no_share_delivered() =>
        Assert.Null(DeliverySummary.Of([DeliveryState.Superseded]).ShareDelivered);

    [Fact]
    public void Summaries_add_up()
    {
        var sum = DeliverySummary.Combine([
            DeliverySummary.Of([DeliveryState.OnTrack, DeliveryState.Overdue]),
            DeliverySummary.Of([DeliveryState.OnTrack, DeliveryState.CompletedOnTime])]);

        Assert.Equal(2, sum.Count(DeliveryState.OnTrack));
        Assert.Equal(1, sum.Count(DeliveryState.Overdue));
        Assert.Equal(4, sum.Total);
        Assert.Equal(Rag.Red, sum.WorstRag);
    }

    [Fact]
    public void A_plan_is_summed_per_recommendation_and_as_a_whole()
    {
        var fenmoor = new MonitoredPlan();
        var overdue = fenmoor.Action("March 2019", fenmoor.First);
        var done = fenmoor.Action("March 2019", fenmoor.First);
        var onTrack = fenmoor.Action("December 2019", fenmoor.Second);
        Complete(done, D(2019, 3, 10));
        new ActionProgress(fenmoor.Plan, onTrack.Action).ReviseTarget(TargetDate.Parse("January 2020"), "Staff moved.", D(2019, 7, 1), "coordinator@demo.test", D(2019, 7, 1));

        var plan = PlanDelivery.AsAt(fenmoor.Plan, D(2019, 6, 1));

        var first = plan.Recommendations.Single(r => r.Recommendation == fenmoor.First).Summary;
        var second = plan.Recommendations.Single(r => r.Recommendation == fenmoor.Second).Summary;
        Assert.Equal((1, 1, Rag.Red), (first.Count(DeliveryState.Overdue), first.Count(DeliveryState.CompletedOnTime), first.WorstRag));
        Assert.Equal((1, Rag.Green), (second.Count(DeliveryState.OnTrack), second.WorstRag));
        Assert.Equal(3, plan.Summary.Total);
        Assert.Equal(1.0 / 3, plan.Summary.ShareDelivered);
        var standing = plan.Actions.Single(a => a.Action == onTrack.Action);
        Assert.Equal(("December 2019", 0), (standing.Current.Text, standing.Revisions.Count));
        Assert.Equal(D(2019, 3, 10), plan.Actions.Single(a => a.Action == done.Action).Latest?.CompletedOn);
        Assert.Null(plan.Actions.Single(a => a.Action == overdue.Action).Latest);
        // The chart runs from the plan's submission to its last planned month, December 2019.
        Assert.Equal((new YearMonth(2019, 1), new YearMonth(2019, 12)), (plan.Series.Months[0].Month, plan.Series.Months[^1].Month));
        Assert.Equal((3, 1), (plan.Series.TotalPlanned, plan.Series.TotalCompleted));
    }

    [Fact]
    public void A_revision_shows_from_its_day()
    {
        var fenmoor = new MonitoredPlan();
        var action = fenmoor.Action("June 2019");
        action.ReviseTarget(TargetDate.Parse("September 2019"), "Vacancies.", D(2019, 6, 10), "coordinator@demo.test", D(2019, 6, 10));

        var before = PlanDelivery.AsAt(fenmoor.Plan, D(2019, 6, 9)).Actions.Single();
        var after = PlanDelivery.AsAt(fenmoor.Plan, D(2019, 6, 10)).Actions.Single();

        Assert.Equal(("June 2019", 0), (before.Current.Text, before.Revisions.Count));
        Assert.Equal(("September 2019", 1, "June 2019"), (after.Current.Text, after.Revisions.Count, after.Agreed.Text));
    }

    [Fact]
    public void Plans_are_summed_per_provider()
    {
        var fenmoorProvider = new Organisation("Fenmoor and Dales CRC", OrganisationKind.CommunityRehabilitationCompany);
        var midshireProvider = new Organisation("NPS Midshire Division", OrganisationKind.NpsDivision);
        var first = new MonitoredPlan(fenmoorProvider);
        var second = new MonitoredPlan(fenmoorProvider);
        var midshire = new MonitoredPlan(midshireProvider);
        first.Action("March 2019");
        second.Action("December 2019");
        midshire.Action("December 2019");
        var asAt = D(2019, 6, 1);

        var perProvider = PlanDelivery.PerProvider(
            new[] { first, second, midshire }.Select(p => PlanDelivery.AsAt(p.Plan, asAt)));

        Assert.Equal((2, Rag.Red), (perProvider[fenmoorProvider].Total, perProvider[fenmoorProvider].WorstRag));
        Assert.Equal((1, Rag.Green), (perProvider[midshireProvider].Total, perProvider[midshireProvider].WorstRag));
    }
}
