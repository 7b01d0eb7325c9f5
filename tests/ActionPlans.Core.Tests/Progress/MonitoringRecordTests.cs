using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.TargetDates;
using static ActionPlans.Core.Tests.Progress.MonitoredPlan;

namespace ActionPlans.Core.Tests.Progress;

/// <summary>Nothing recorded about an action's delivery is lost: it is taken only once the plan is agreed, and it keeps its action.</summary>
public class MonitoringRecordTests
{
    private static readonly DateOnly Today = D(2019, 6, 15);

    [Fact]
    public void A_submitted_plan_under_review_takes_no_update_since_it_can_still_be_returned_and_changed()
    {
        var plan = new MonitoredPlan(publish: false);
        var action = plan.Action("December 2019");
        plan.Plan.Submit(Submitted);

        Assert.Equal("Progress is reported once the plan is accepted; this plan is submitted.", action.ClosedToUpdates(Today));
        Assert.Throws<DomainRuleException>(() => Report(action, Today, DeliveryStatus.InProgress));
        Assert.Throws<DomainRuleException>(() => action.ReviseTarget(TargetDate.Parse("March 2020"), "Budget moved.", Today, "Director", Today));
        Assert.Empty(action.Action.Updates);
        Assert.Empty(action.Action.Revisions);

        plan.Plan.Accept();
        Report(action, Today, DeliveryStatus.InProgress);
        Assert.Single(action.Action.Updates);
    }

    [Fact]
    public void An_action_with_an_update_or_a_revised_target_cannot_be_removed_but_one_without_can()
    {
        var plan = new MonitoredPlan();
        var updated = plan.Action("December 2019");
        var revised = plan.Action("December 2019");
        var untouched = plan.Action("December 2019");
        Report(updated, Today, DeliveryStatus.InProgress);
        revised.ReviseTarget(TargetDate.Parse("March 2020"), "Budget moved.", Today, "Director", Today);
        var response = plan.Plan.ResponseTo(plan.First);

        foreach (var kept in new[] { updated, revised })
        {
            var refused = Assert.Throws<DomainRuleException>(() => response.RemoveAction(kept.Action));
            Assert.Contains("cannot be removed", refused.Message);
            Assert.Contains(kept.Action, response.Actions);
        }
        response.RemoveAction(untouched.Action);
        Assert.Equal([updated.Action, revised.Action], response.Actions);
        Assert.Equal([1, 2], response.Actions.Select(a => a.Position));
    }

    [Fact]
    public void A_target_longer_than_its_column_is_refused_beside_the_target_when_written_or_revised()
    {
        var plan = new MonitoredPlan();
        var response = plan.Plan.ResponseTo(plan.First);
        var tooLong = TargetDate.Parse(new string('9', TargetDate.TextMaxLength + 1));

        var added = Assert.Throws<DomainRuleException>(() => response.AddAction("Audit cases.", "Head of quality", tooLong));
        Assert.Equal(("A target date is at most 300 characters.", "Target"), (added.Message, added.About));
        var action = plan.Action("December 2019");
        Assert.Equal("Target", Assert.Throws<DomainRuleException>(() => action.Action.Revise("Audit cases.", null, tooLong, false)).About);
        var revised = Assert.Throws<DomainRuleException>(() => action.ReviseTarget(TargetDate.Parse("March 2020 " + new string('x', 300)), "Budget moved.", Today, "Director", Today));
        Assert.Equal("To", revised.About);

        response.AddAction("Audit cases.", null, TargetDate.Parse(new string('9', TargetDate.TextMaxLength)));
    }

    [Fact]
    public void A_day_long_before_the_plan_charts_only_the_months_of_the_plans_life()
    {
        var plan = new MonitoredPlan();
        plan.Action("December 2019");

        var delivery = PlanDelivery.AsAt(plan.Plan, DateOnly.MinValue);

        Assert.Equal(new YearMonth(2019, 1), delivery.Series.Months[0].Month);
        Assert.Equal(new YearMonth(2019, 12), delivery.Series.Months[^1].Month);
    }
}
