using ActionPlans.Core.Progress;
using static ActionPlans.Core.Tests.Progress.MonitoredPlan;

namespace ActionPlans.Core.Tests.Progress;

public class ReportingDayTests
{
    private static readonly DateOnly Today = D(2019, 6, 30);

    [Fact]
    public void A_report_runs_from_the_day_the_plan_was_submitted_to_today()
    {
        var plan = new MonitoredPlan().Plan;

        ReportingDay.Check(plan, Submitted, Today);
        ReportingDay.Check(plan, Today, Today);
        Assert.Equal("A progress report cannot be as at a day after today (30 June 2019).",
            Assert.Throws<DomainRuleException>(() => ReportingDay.Check(plan, Today.AddDays(1), Today)).Message);
        Assert.Equal("A progress report cannot be as at a day before the plan was submitted on 20 January 2019.",
            Assert.Throws<DomainRuleException>(() => ReportingDay.Check(plan, Submitted.AddDays(-1), Today)).Message);
    }

    [Fact]
    public void Figures_kept_from_a_report_make_the_same_series_again()
    {
        var monitored = new MonitoredPlan();
        Complete(monitored.Action("March 2019"), D(2019, 3, 10));
        var series = PlanDelivery.AsAt(monitored.Plan, Today).Series;

        var again = DeliverySeries.Of(series.Months.ToList(), series.AsAt);

        Assert.Equal(series.Months, again.Months);
        Assert.Equal((series.TotalPlanned, series.TotalCompleted, series.AsAt), (again.TotalPlanned, again.TotalCompleted, again.AsAt));
        Assert.Equal(series.Cumulative().Months, again.Cumulative().Months);
    }
}
