using ActionPlans.Core.Progress;
using ActionPlans.Core.TargetDates;
using static ActionPlans.Core.Tests.Progress.MonitoredPlan;

namespace ActionPlans.Core.Tests.Progress;

public class DeliverySeriesTests
{
    private static readonly YearMonth February = new(2019, 2);
    private static readonly YearMonth June = new(2019, 6);

    private readonly MonitoredPlan _plan = new();
    private readonly List<ActionProgress> _actions = [];

    public DeliverySeriesTests()
    {
        var early = Add("March 2019");
        var late = Add("March 2019");
        Add("May 2019");
        Complete(early, D(2019, 3, 10));
        Complete(late, D(2019, 4, 20));
    }

    private ActionProgress Add(string target)
    {
        var action = _plan.Action(target);
        _actions.Add(action);
        return action;
    }

    /// <summary>"planned per month / completed per month", e.g. "0 2 0 / 0 1 1".</summary>
    private static string Figures(DeliverySeries series) =>
        $"{string.Join(' ', series.Months.Select(m => m.Planned))} / {string.Join(' ', series.Months.Select(m => m.Completed))}";

    [Fact]
    public void Each_month_counts_the_actions_due_and_the_actions_completed_in_it()
    {
        var series = DeliverySeries.PerMonth(_actions, February, June, D(2019, 6, 30));

        Assert.Equal([February, new(2019, 3), new(2019, 4), new(2019, 5), June], series.Months.Select(m => m.Month));
        Assert.Equal("0 2 0 1 0 / 0 1 1 0 0", Figures(series));
        Assert.Equal((3, 2), (series.TotalPlanned, series.TotalCompleted));
    }

    [Fact]
    public void The_cumulative_series_runs_from_the_start_of_the_range()
    {
        var series = DeliverySeries.PerMonth(_actions, February, June, D(2019, 6, 30)).Cumulative();

        Assert.True(series.IsCumulative);
        Assert.Equal("0 2 2 3 3 / 0 1 2 2 2", Figures(series));
        Assert.Equal((3, 2), (series.TotalPlanned, series.TotalCompleted));
    }

    [Fact]
    public void Completions_and_revisions_after_the_day_asked_about_are_left_out()
    {
        _actions[2].ReviseTarget(TargetDate.Parse("June 2019"), "Training postponed.", D(2019, 5, 1), "coordinator@demo.test", D(2019, 5, 1));

        var before = DeliverySeries.PerMonth(_actions, February, June, D(2019, 4, 15));
        var after = DeliverySeries.PerMonth(_actions, February, June, D(2019, 5, 1));

        Assert.Equal("0 2 0 1 0 / 0 1 0 0 0", Figures(before));
        Assert.Equal("0 2 0 0 1 / 0 1 1 0 0", Figures(after));
    }

    [Fact]
    public void A_superseded_action_is_not_planned()
    {
        Report(_actions[2], D(2019, 4, 1), DeliveryStatus.Superseded);

        var series = DeliverySeries.PerMonth(_actions, February, June, D(2019, 6, 30));

        Assert.Equal([0, 2, 0, 0, 0], series.Months.Select(m => m.Planned));
    }

    [Fact]
    public void A_recurrence_that_ends_is_planned_at_its_last_occurrence_and_an_open_one_not_at_all()
    {
        var series = DeliverySeries.PerMonth([_plan.Action("Bi-annual throughout 2019"), _plan.Action("Bi-monthly from March 2019")],
            new YearMonth(2019, 1), new YearMonth(2019, 12), D(2019, 1, 31));

        Assert.Equal(1, series.TotalPlanned);
        Assert.Equal(1, series.Months.Single(m => m.Month == new YearMonth(2019, 12)).Planned);
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused() =>
        Assert.Throws<DomainRuleException>(() => DeliverySeries.PerMonth(_actions, June, February, D(2019, 6, 30)));

    [Fact]
    public void A_month_is_written_short_with_its_year() =>
        Assert.Equal("Dec 2019", new YearMonth(2019, 12).ToString());

    [Fact]
    public void Plans_series_add_up_month_by_month_over_every_month_any_covers()
    {
        var asAt = D(2019, 6, 1);
        var first = DeliverySeries.Of([new(new YearMonth(2019, 1), 2, 0), new(new YearMonth(2019, 2), 1, 1)], asAt);
        var second = DeliverySeries.Of([new(new YearMonth(2019, 2), 3, 2), new(new YearMonth(2019, 4), 0, 1)], asAt);

        var sum = DeliverySeries.Sum([first, second], asAt);

        Assert.Equal(
            [new(new YearMonth(2019, 1), 2, 0), new(new YearMonth(2019, 2), 4, 3), new(new YearMonth(2019, 3), 0, 0), new MonthlyDelivery(new YearMonth(2019, 4), 0, 1)],
            sum.Months);
        Assert.Equal([new MonthlyDelivery(new YearMonth(2019, 6), 0, 0)], DeliverySeries.Sum([], asAt).Months);
        Assert.Throws<ArgumentException>(() => DeliverySeries.Sum([first.Cumulative()], asAt));
    }
}
