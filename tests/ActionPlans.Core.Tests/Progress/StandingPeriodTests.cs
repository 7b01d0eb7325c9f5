using ActionPlans.Core.Progress;
using static ActionPlans.Core.Tests.Progress.MonitoredPlan;

namespace ActionPlans.Core.Tests.Progress;

public class StandingPeriodTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void On_every_day_the_period_covering_it_says_what_the_record_judges(int seed)
    {
        var random = new Random(seed);
        var plan = new MonitoredPlan();
        foreach (var window in new[] { DueSoonWindow.Default, new DueSoonWindow(0), new DueSoonWindow(7) })
            for (var n = 0; n < 400; n++)
            {
                var progress = ActionHistories.Add(random, plan.Plan, plan.Plan.ResponseTo(plan.First), D(2024, 6, 30));
                var periods = progress.Periods(window);

                Assert.Equal(DateOnly.MinValue, periods[0].From);
                Assert.Null(periods[^1].Until);
                Assert.All(periods.Zip(periods.Skip(1)), pair => Assert.Equal(pair.First.Until, pair.Second.From));
                foreach (var day in ActionHistories.DaysAround(random, progress, 20))
                {
                    var judged = progress.AsAt(day, window);
                    var period = Assert.Single(periods, p => p.Covers(day));
                    var context = $"{progress.Agreed.Text} on {day} with {progress.Updates.Count} update(s) and {progress.Revisions.Count} revision(s)";
                    Assert.True(judged.State == period.State, $"{context}: {judged.State} judged, {period.State} in the period");
                    Assert.Equal(progress.ChartMonths(day, window), (period.PlannedIn, period.CompletedIn));
                }
            }
    }

    [Fact]
    public void An_undelivered_one_off_action_runs_on_track_then_due_soon_then_overdue_from_the_day_after_it_is_due()
    {
        var periods = new MonitoredPlan().Action("June 2019").Periods();

        Assert.Equal(
            [(DateOnly.MinValue, DeliveryState.OnTrack), (D(2019, 5, 31), DeliveryState.DueSoon), (D(2019, 7, 1), DeliveryState.Overdue)],
            periods.Select(p => (p.From, p.State)));
        Assert.All(periods, p => Assert.Equal(new YearMonth(2019, 6), p.PlannedIn));
    }

    [Fact]
    public void A_completion_ends_the_overdue_period_on_the_day_it_is_reported()
    {
        var action = new MonitoredPlan().Action("June 2019");
        Complete(action, D(2019, 7, 20), reportedOn: D(2019, 8, 2));

        var last = action.Periods()[^1];

        Assert.Equal((D(2019, 8, 2), DeliveryState.CompletedLate, (YearMonth?)new YearMonth(2019, 7)), (last.From, last.State, last.CompletedIn));
        Assert.Null(last.Until);
    }
}
