using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using static ActionPlans.Core.Tests.Progress.MonitoredPlan;

namespace ActionPlans.Core.Tests.Progress;

/// <summary>What the next inspection is shown of the last plan's response to a previous recommendation.</summary>
public class ResponseDeliveryTests
{
    private readonly MonitoredPlan _plan = new();

    private ResponseDelivery First(DateOnly asAt) => ResponseDelivery.Of(PlanDelivery.AsAt(_plan.Plan, asAt).Recommendations[0]);

    [Fact]
    public void Delivered_actions_are_counted_against_those_expected_and_the_undelivered_named_worst_first()
    {
        _plan.Plan.ResponseTo(_plan.First).Answer(ResponseKind.Agreed, "Agreed.");
        Complete(_plan.Action("March 2019"), D(2019, 3, 10));
        _plan.Action("April 2019");
        _plan.Action("December 2019");
        _plan.Action("May 2019");

        var shown = First(D(2019, 5, 15));

        Assert.Equal("1 of 4 actions delivered, 1 overdue, 1 due soon, 1 on track", shown.Words);
        Assert.Equal(Rag.Red, shown.Rag);
        Assert.Equal(ResponseKind.Agreed, shown.Kind);
    }

    [Fact]
    public void A_late_completion_is_noted_and_a_superseded_action_is_not_expected()
    {
        var late = _plan.Action("March 2019");
        Complete(late, D(2019, 4, 2));
        Report(_plan.Action("June 2019"), D(2019, 4, 5), DeliveryStatus.Superseded);

        var shown = First(D(2019, 4, 30));

        Assert.Equal("1 of 1 action delivered (1 late), 1 superseded", shown.Words);
        Assert.Equal(Rag.Amber, shown.Rag);
    }

    [Fact]
    public void A_recommendation_not_agreed_has_no_actions_to_deliver()
    {
        _plan.Plan.ResponseTo(_plan.First).Answer(ResponseKind.NotAgreed, "Not agreed.", explanation: "No budget.");

        var shown = First(D(2019, 6, 1));

        Assert.Equal("No actions: not agreed", shown.Words);
        Assert.Equal(Rag.None, shown.Rag);
        Assert.Equal(ResponseKind.NotAgreed, shown.Kind);
    }

    [Fact]
    public void An_agreed_recommendation_without_actions_says_none_were_planned() =>
        Assert.Equal("No actions planned", First(D(2019, 6, 1)).Words);

    [Fact]
    public void An_action_with_no_due_date_is_named_in_the_words_its_state_is_shown_in()
    {
        _plan.Action("Ongoing");

        Assert.Equal("0 of 1 action delivered, 1 with no due date", First(D(2019, 6, 1)).Words);
    }

    [Fact]
    public void Only_superseded_actions_leave_nothing_to_deliver()
    {
        Report(_plan.Action("June 2019"), D(2019, 2, 1), DeliveryStatus.Superseded);
        Report(_plan.Action("July 2019"), D(2019, 2, 1), DeliveryStatus.Superseded);

        Assert.Equal("2 actions superseded", First(D(2019, 6, 1)).Words);
    }

    [Fact]
    public void The_words_are_those_of_the_day_asked_about()
    {
        var action = _plan.Action("March 2019");
        Complete(action, D(2019, 3, 10));

        Assert.Equal("0 of 1 action delivered, 1 on track", First(D(2019, 2, 1)).Words);
        Assert.Equal("1 of 1 action delivered", First(D(2019, 3, 10)).Words);
    }
}
