using ActionPlans.Core.Progress;
using ActionPlans.Core.TargetDates;
using static ActionPlans.Core.Tests.Progress.MonitoredPlan;

namespace ActionPlans.Core.Tests.Progress;

public class DeliveryStateTests
{
    private readonly MonitoredPlan _plan = new();

    // "June 2019" is due on 30 June 2019; the default window makes it due soon from 31 May.
    [Theory]
    [InlineData(2019, 5, 30, DeliveryState.OnTrack, Rag.Green)]
    [InlineData(2019, 5, 31, DeliveryState.DueSoon, Rag.Amber)]
    [InlineData(2019, 6, 29, DeliveryState.DueSoon, Rag.Amber)]
    [InlineData(2019, 6, 30, DeliveryState.DueSoon, Rag.Amber)]
    [InlineData(2019, 7, 1, DeliveryState.Overdue, Rag.Red)]
    public void An_undelivered_action_moves_from_on_track_to_due_soon_to_overdue(int y, int m, int d, DeliveryState state, Rag rag)
    {
        var delivery = _plan.Action("June 2019").AsAt(D(y, m, d));

        Assert.Equal(state, delivery.State);
        Assert.Equal(rag, delivery.Rag);
        Assert.Equal(D(2019, 6, 30), delivery.Due);
    }

    [Theory]
    [InlineData(7, 2019, 6, 22, DeliveryState.OnTrack)]
    [InlineData(7, 2019, 6, 23, DeliveryState.DueSoon)]
    [InlineData(0, 2019, 6, 29, DeliveryState.OnTrack)]
    [InlineData(0, 2019, 6, 30, DeliveryState.DueSoon)]
    public void The_due_soon_window_can_be_set(int days, int y, int m, int d, DeliveryState state) =>
        Assert.Equal(state, _plan.Action("June 2019").AsAt(D(y, m, d), new DueSoonWindow(days)).State);

    [Fact]
    public void Completion_on_the_due_date_is_on_time_and_the_day_after_is_late()
    {
        var onTheDay = _plan.Action("June 2019");
        var dayAfter = _plan.Action("June 2019");
        Complete(onTheDay, D(2019, 6, 30));
        Complete(dayAfter, D(2019, 7, 1));

        Assert.Equal((DeliveryState.CompletedOnTime, Rag.Green), (onTheDay.AsAt(D(2019, 8, 1)).State, onTheDay.AsAt(D(2019, 8, 1)).Rag));
        Assert.Equal((DeliveryState.CompletedLate, Rag.Amber), (dayAfter.AsAt(D(2019, 8, 1)).State, dayAfter.AsAt(D(2019, 8, 1)).Rag));
        Assert.Equal(D(2019, 7, 1), dayAfter.AsAt(D(2019, 8, 1)).CompletedOn);
    }

    [Fact]
    public void Updates_dated_after_the_day_asked_about_are_ignored()
    {
        var action = _plan.Action("June 2019");
        Complete(action, D(2019, 6, 28), reportedOn: D(2019, 7, 5));

        Assert.Equal(DeliveryState.Overdue, action.AsAt(D(2019, 7, 4)).State);
        Assert.Equal(DeliveryState.CompletedOnTime, action.AsAt(D(2019, 7, 5)).State);
    }

    [Theory]
    [InlineData(DeliveryStatus.NotDelivered, DeliveryState.NotDelivered, Rag.Red)]
    [InlineData(DeliveryStatus.Superseded, DeliveryState.Superseded, Rag.None)]
    [InlineData(DeliveryStatus.InProgress, DeliveryState.OnTrack, Rag.Green)]
    [InlineData(DeliveryStatus.NotStarted, DeliveryState.OnTrack, Rag.Green)]
    public void The_latest_reported_status_decides_an_undelivered_action(DeliveryStatus status, DeliveryState state, Rag rag)
    {
        var action = _plan.Action("December 2019");
        Report(action, D(2019, 3, 1), DeliveryStatus.InProgress);
        Report(action, D(2019, 4, 1), status);

        var delivery = action.AsAt(D(2019, 4, 2));

        Assert.Equal((state, rag), (delivery.State, delivery.Rag));
    }

    [Theory]
    [InlineData("Ongoing")]
    [InlineData("Quarterly")]
    [InlineData("Commence from next quality meeting")]
    [InlineData("")]
    public void An_action_without_a_dated_target_has_no_target(string target)
    {
        var delivery = _plan.Action(target).AsAt(D(2030, 1, 1));

        Assert.Equal((DeliveryState.NoTarget, Rag.None), (delivery.State, delivery.Rag));
    }

    [Fact]
    public void An_action_completed_before_the_plan_was_submitted_is_completed_on_time()
    {
        var delivery = _plan.Action("Completed December 2018").AsAt(D(2019, 2, 1));

        Assert.Equal(DeliveryState.CompletedOnTime, delivery.State);
        Assert.Equal(D(2018, 12, 31), delivery.CompletedOn);
    }

    [Fact]
    public void A_revised_target_counts_from_the_day_it_was_revised()
    {
        var action = _plan.Action("June 2019");
        action.ReviseTarget(TargetDate.Parse("December 2019"), "Staff vacancies delayed the audit.", D(2019, 6, 10), "coordinator@demo.test", today: D(2019, 6, 10));

        Assert.Equal(DeliveryState.DueSoon, action.AsAt(D(2019, 6, 9)).State);
        Assert.Equal(DeliveryState.OnTrack, action.AsAt(D(2019, 7, 1)).State);
        Assert.Equal(D(2019, 12, 31), action.AsAt(D(2019, 7, 1)).Due);
    }

    [Fact]
    public void Completion_is_judged_against_the_revised_target()
    {
        var action = _plan.Action("June 2019");
        action.ReviseTarget(TargetDate.Parse("September 2019"), "Waiting for the new case system.", D(2019, 6, 1), "coordinator@demo.test", today: D(2019, 6, 1));
        Complete(action, D(2019, 8, 15));

        Assert.Equal(DeliveryState.CompletedOnTime, action.AsAt(D(2019, 9, 1)).State);
    }

    // "Bi-monthly from March 2019" falls due on 31 March, 31 May, 31 July 2019…
    [Theory]
    [InlineData(2019, 2, 28, DeliveryState.OnTrack, 2019, 3, 31, 0)]
    [InlineData(2019, 3, 1, DeliveryState.DueSoon, 2019, 3, 31, 0)]
    [InlineData(2019, 3, 31, DeliveryState.DueSoon, 2019, 3, 31, 0)]
    [InlineData(2019, 4, 1, DeliveryState.Overdue, 2019, 3, 31, 1)]
    [InlineData(2019, 6, 1, DeliveryState.Overdue, 2019, 5, 31, 2)]
    public void A_recurring_action_with_no_updates_misses_each_occurrence(int y, int m, int d, DeliveryState state, int dy, int dm, int dd, int missed)
    {
        var delivery = _plan.Action("Bi-monthly from March 2019").AsAt(D(y, m, d));

        Assert.Equal(new ActionDelivery(state, D(dy, dm, dd), null, missed), delivery);
    }

    [Theory]
    [InlineData(2019, 3, 31, 2019, 4, 1, DeliveryState.OnTrack, 0)]
    [InlineData(2019, 3, 15, 2019, 3, 20, DeliveryState.OnTrack, 0)]
    [InlineData(2019, 4, 1, 2019, 4, 1, DeliveryState.OnTrack, 1)]
    [InlineData(2019, 3, 15, 2019, 6, 1, DeliveryState.Overdue, 1)]
    public void An_update_in_an_occurrences_window_delivers_it(int uy, int um, int ud, int ay, int am, int ad, DeliveryState state, int missed)
    {
        var action = _plan.Action("Bi-monthly from March 2019");
        Report(action, D(uy, um, ud), DeliveryStatus.InProgress);

        var delivery = action.AsAt(D(ay, am, ad));

        Assert.Equal((state, missed), (delivery.State, delivery.MissedOccurrences));
    }

    [Fact]
    public void A_recurring_action_completed_after_a_missed_occurrence_is_late()
    {
        var kept = _plan.Action("Bi-monthly from March 2019");
        var lapsed = _plan.Action("Bi-monthly from March 2019");
        Report(kept, D(2019, 3, 20), DeliveryStatus.InProgress);
        Complete(kept, D(2019, 5, 10));
        Complete(lapsed, D(2019, 5, 10));

        Assert.Equal(DeliveryState.CompletedOnTime, kept.AsAt(D(2019, 12, 1)).State);
        Assert.Equal((DeliveryState.CompletedLate, 1), (lapsed.AsAt(D(2019, 12, 1)).State, lapsed.AsAt(D(2019, 12, 1)).MissedOccurrences));
    }

    [Fact]
    public void A_one_off_action_is_not_delivered_by_an_in_progress_update()
    {
        var action = _plan.Action("March 2019");
        Report(action, D(2019, 3, 20), DeliveryStatus.InProgress);

        Assert.Equal(DeliveryState.Overdue, action.AsAt(D(2019, 4, 1)).State);
    }
}
