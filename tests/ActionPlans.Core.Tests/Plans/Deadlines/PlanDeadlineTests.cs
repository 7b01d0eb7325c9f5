using ActionPlans.Core.Plans.Deadlines;

namespace ActionPlans.Core.Tests.Plans.Deadlines;

public class PlanDeadlineTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("2019-02-11", "2019-02-25")] // two plain weeks
    [InlineData("2019-02-09", "2019-02-22")] // published on a Saturday: counting starts on Monday
    [InlineData("2019-04-11", "2019-04-29")] // over Good Friday and Easter Monday
    [InlineData("2020-12-18", "2021-01-06")] // over Christmas, Boxing Day's substitute and New Year's Day
    [InlineData("2022-05-31", "2022-06-16")] // over the moved spring holiday and the Platinum Jubilee
    [InlineData("2022-09-14", "2022-09-29")] // over the state funeral
    [InlineData("2023-05-04", "2023-05-19")] // over the coronation
    public void A_plan_is_due_ten_working_days_after_the_report(string published, string due) =>
        Assert.Equal(DateOnly.Parse(due), PlanDeadline.After(DateOnly.Parse(published)).Due);

    [Fact]
    public void The_number_of_working_days_is_configurable()
    {
        var deadline = PlanDeadline.After(D(2019, 2, 11), workingDays: 15);
        Assert.Equal((15, D(2019, 3, 4)), (deadline.WorkingDays, deadline.Due));
    }

    [Fact]
    public void A_deadline_of_no_working_days_is_refused() =>
        Assert.Throws<DomainRuleException>(() => PlanDeadline.After(D(2019, 2, 11), workingDays: 0));

    [Fact]
    public void Before_the_due_day_it_counts_working_and_calendar_days_left()
    {
        var deadline = PlanDeadline.After(D(2019, 2, 11)); // due Monday 25 February

        Assert.Equal(new DeadlineStanding(D(2019, 2, 25), 1, 3, 0, 0), deadline.On(D(2019, 2, 22)));
        Assert.Equal(new DeadlineStanding(D(2019, 2, 25), 10, 14, 0, 0), deadline.On(D(2019, 2, 11)));
        Assert.False(deadline.On(D(2019, 2, 22)).IsLate);
    }

    [Fact]
    public void On_the_due_day_nothing_is_left_and_nothing_is_late()
    {
        var standing = PlanDeadline.After(D(2019, 2, 11)).On(D(2019, 2, 25));
        Assert.True(standing.IsDueToday);
        Assert.False(standing.IsLate);
        Assert.Equal((0, 0, 0, 0), (standing.WorkingDaysLeft, standing.CalendarDaysLeft, standing.WorkingDaysLate, standing.CalendarDaysLate));
    }

    [Fact]
    public void After_the_due_day_it_counts_days_late_and_a_weekend_counts_as_the_next_working_day()
    {
        var deadline = PlanDeadline.After(D(2019, 2, 11)); // due Monday 25 February

        Assert.Equal(new DeadlineStanding(D(2019, 2, 25), 0, 0, 1, 1), deadline.On(D(2019, 2, 26)));
        Assert.Equal(new DeadlineStanding(D(2019, 2, 25), 0, 0, 5, 5), deadline.On(D(2019, 3, 2)));
        Assert.True(deadline.On(D(2019, 2, 26)).IsLate);
    }

    [Fact]
    public void Days_left_skip_the_Christmas_holidays()
    {
        var deadline = PlanDeadline.After(D(2020, 12, 18)); // due 6 January 2021
        var standing = deadline.On(D(2020, 12, 24));
        Assert.Equal((6, 13), (standing.WorkingDaysLeft, standing.CalendarDaysLeft));
    }

    [Fact]
    public void A_submission_by_the_due_day_or_before_publication_is_on_time()
    {
        var deadline = PlanDeadline.After(D(2020, 2, 10));
        Assert.True(deadline.Judge(deadline.Due).OnTime);
        Assert.True(deadline.Judge(D(2020, 2, 7)).OnTime);
        Assert.Equal("on time", deadline.Judge(D(2020, 2, 7)).ToString());
    }

    [Fact]
    public void A_late_submission_is_late_by_working_days_not_counting_the_holidays_between()
    {
        var deadline = PlanDeadline.After(D(2019, 12, 10)); // due Tuesday 24 December 2019

        Assert.Equal(D(2019, 12, 24), deadline.Due);
        Assert.Equal(1, deadline.Judge(D(2019, 12, 27)).WorkingDaysLate);
        Assert.Equal("1 working day late", deadline.Judge(D(2019, 12, 27)).ToString());
        Assert.Equal("4 working days late", deadline.Judge(D(2020, 1, 2)).ToString());
    }

    [Fact]
    public void A_submission_on_the_Saturday_after_a_Friday_deadline_is_one_working_day_late()
    {
        var deadline = PlanDeadline.After(D(2019, 2, 8)); // due Friday 22 February
        Assert.Equal(D(2019, 2, 22), deadline.Due);
        Assert.Equal(1, deadline.Judge(D(2019, 2, 23)).WorkingDaysLate);
    }

    [Theory]
    [InlineData("2019-02-22", "2019-03-04")]
    [InlineData("2019-05-30", "2019-06-10")]
    public void The_published_seed_plans_dates_were_on_time(string reportPublished, string planSubmitted) =>
        Assert.True(PlanDeadline.After(DateOnly.Parse(reportPublished)).Judge(DateOnly.Parse(planSubmitted)).OnTime);

    [Fact]
    public void A_deadline_beyond_the_known_bank_holidays_is_refused() =>
        Assert.Throws<DomainRuleException>(() => PlanDeadline.After(new DateOnly(WorkingCalendar.EnglandAndWales.LastYear, 12, 28)));

    [Theory]
    [InlineData("2019-02-25", 10)] // on the due day (Monday): on time
    [InlineData("2019-02-23", 10)] // the Saturday before it is read on the due day
    [InlineData("2019-03-02", 15)] // the Saturday after the next Friday is read on Monday 4 March: five working days late
    [InlineData("2019-02-08", -1)] // sent before publication
    public void The_working_days_a_plan_took_agree_with_the_judgement(string submitted, int taken)
    {
        var day = DateOnly.Parse(submitted);
        Assert.Equal(taken, PlanDeadline.WorkingDaysTaken(D(2019, 2, 11), day));
        Assert.Equal(Math.Max(0, taken - 10), PlanDeadline.After(D(2019, 2, 11)).Judge(day).WorkingDaysLate);
    }

    [Fact]
    public void Working_days_taken_outside_the_known_bank_holidays_are_not_known() =>
        Assert.Null(PlanDeadline.WorkingDaysTaken(D(2016, 3, 1), D(2016, 3, 20)));
}
