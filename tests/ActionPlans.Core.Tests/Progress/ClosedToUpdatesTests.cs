using ActionPlans.Core.Progress;
using static ActionPlans.Core.Tests.Progress.MonitoredPlan;

namespace ActionPlans.Core.Tests.Progress;

/// <summary>A page asks before offering its forms why an action takes no updates; the answer is the refusal Record would give.</summary>
public class ClosedToUpdatesTests
{
    private static readonly DateOnly Today = D(2019, 6, 15);

    [Fact]
    public void An_open_action_takes_updates()
    {
        Assert.Null(new MonitoredPlan().Action("December 2019").ClosedToUpdates(Today));
    }

    [Fact]
    public void A_completed_action_says_why_and_record_refuses_with_the_same_words()
    {
        var action = new MonitoredPlan().Action("December 2019");
        Complete(action, D(2019, 6, 1));

        var reason = action.ClosedToUpdates(Today);

        Assert.Equal("This action is completed, so it takes no more updates.", reason);
        var refused = Assert.Throws<DomainRuleException>(() => action.Record(new UpdateContent(Today, DeliveryStatus.InProgress, "More.", "owner"), Today));
        Assert.Equal(reason, refused.Message);
    }

    [Fact]
    public void A_draft_plans_action_and_a_closed_plans_action_say_why()
    {
        Assert.Contains("draft", new MonitoredPlan(publish: false).Action("December 2019").ClosedToUpdates(Today));
        var closed = new MonitoredPlan();
        var action = closed.Action("December 2019");
        closed.Plan.Close(D(2019, 6, 1));
        Assert.Equal("The plan was closed on 1 June 2019, so its actions take no more updates.", action.ClosedToUpdates(Today));
    }
}
