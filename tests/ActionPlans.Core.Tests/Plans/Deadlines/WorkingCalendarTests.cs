using ActionPlans.Core.Plans.Deadlines;

namespace ActionPlans.Core.Tests.Plans.Deadlines;

public class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.EnglandAndWales;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Bank_holidays_are_known_from_2018_to_2028_at_least()
    {
        Assert.True(Calendar.FirstYear <= 2018);
        Assert.True(Calendar.LastYear >= 2028);
    }

    [Fact]
    public void Every_bank_holiday_falls_on_a_weekday_because_weekend_ones_are_moved_to_a_substitute_day() =>
        Assert.All(Calendar.BankHolidays, day => Assert.DoesNotContain(day.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }));

    [Fact]
    public void Good_Friday_and_Easter_Monday_follow_Easter_Sunday_in_every_known_year()
    {
        for (var year = Calendar.FirstYear; year <= Calendar.LastYear; year++)
        {
            var easter = EasterSunday(year);
            Assert.True(Calendar.IsBankHoliday(easter.AddDays(-2)), $"Good Friday {year}");
            Assert.True(Calendar.IsBankHoliday(easter.AddDays(1)), $"Easter Monday {year}");
        }
    }

    [Fact]
    public void Every_known_year_has_its_eight_regular_holidays_or_more() =>
        Assert.All(Enumerable.Range(Calendar.FirstYear, Calendar.LastYear - Calendar.FirstYear + 1),
            year => Assert.True(Calendar.BankHolidays.Count(d => d.Year == year) >= 8, year.ToString()));

    [Theory]
    [InlineData(2020, 5, 8)]   // VE day, the early May holiday moved from the 4th
    [InlineData(2020, 12, 28)] // Boxing Day on a Saturday
    [InlineData(2021, 12, 27)] // Christmas on a Saturday
    [InlineData(2021, 12, 28)] // Boxing Day on a Sunday
    [InlineData(2022, 1, 3)]   // New Year's Day on a Saturday
    [InlineData(2022, 6, 2)]   // Spring holiday moved for the Platinum Jubilee
    [InlineData(2022, 6, 3)]   // Platinum Jubilee
    [InlineData(2022, 9, 19)]  // State funeral of Queen Elizabeth II
    [InlineData(2022, 12, 27)] // Christmas on a Sunday
    [InlineData(2023, 1, 2)]   // New Year's Day on a Sunday
    [InlineData(2023, 5, 8)]   // Coronation of King Charles III
    [InlineData(2026, 12, 28)]
    [InlineData(2028, 1, 3)]
    public void Substitute_and_special_days_are_holidays(int y, int m, int d) => Assert.False(Calendar.IsWorkingDay(D(y, m, d)));

    [Theory]
    [InlineData(2020, 5, 4)]   // the early May Monday that moved to VE day
    [InlineData(2022, 5, 30)]  // the spring Monday that moved to the Jubilee
    [InlineData(2019, 12, 24)]
    [InlineData(2019, 12, 27)]
    public void Days_a_holiday_moved_from_or_that_merely_neighbour_one_are_working_days(int y, int m, int d) =>
        Assert.True(Calendar.IsWorkingDay(D(y, m, d)));

    [Fact]
    public void Weekends_are_not_working_days()
    {
        Assert.False(Calendar.IsWorkingDay(D(2019, 3, 2)));
        Assert.False(Calendar.IsWorkingDay(D(2019, 3, 3)));
        Assert.True(Calendar.IsWorkingDay(D(2019, 3, 4)));
    }

    [Fact]
    public void Working_days_between_two_days_leave_out_the_first_and_count_the_last()
    {
        Assert.Equal(6, Calendar.WorkingDaysBetween(D(2019, 2, 22), D(2019, 3, 4)));
        Assert.Equal(-6, Calendar.WorkingDaysBetween(D(2019, 3, 4), D(2019, 2, 22)));
        Assert.Equal(0, Calendar.WorkingDaysBetween(D(2019, 3, 4), D(2019, 3, 4)));
    }

    [Fact]
    public void A_day_outside_the_known_years_is_refused_rather_than_guessed()
    {
        var year = Calendar.LastYear + 1;
        var refusal = Assert.Throws<DomainRuleException>(() => Calendar.IsWorkingDay(new DateOnly(year, 3, 1)));
        Assert.Contains($"add {year}'s", refusal.Message);
    }

    [Fact]
    public void A_calendar_read_from_an_updated_file_knows_its_new_holidays()
    {
        var calendar = WorkingCalendar.FromJson("""
            {"division":"england-and-wales","events":[
              {"title":"New Year's Day","date":"2031-01-01","notes":""},
              {"title":"A new one-off holiday","date":"2031-07-15","notes":""}]}
            """);

        Assert.Equal((2031, 2031), (calendar.FirstYear, calendar.LastYear));
        Assert.False(calendar.IsWorkingDay(D(2031, 7, 15)));
        Assert.True(calendar.IsWorkingDay(D(2031, 7, 16)));
    }

    [Fact]
    public void A_file_without_holidays_is_refused() =>
        Assert.Throws<DomainRuleException>(() => WorkingCalendar.FromJson("""{"division":"england-and-wales","events":[]}"""));

    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of the data file.
    private static DateOnly EasterSunday(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        return new DateOnly(y, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
    }
}
