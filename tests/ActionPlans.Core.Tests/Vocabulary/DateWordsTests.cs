using ActionPlans.Core.Progress;
using ActionPlans.Core.Vocabulary;

namespace ActionPlans.Core.Tests.Vocabulary;

/// <summary>Days as people read them (GOV.UK style) and as machines do (ISO 8601).</summary>
public class DateWordsTests
{
    [Fact]
    public void People_read_the_day_month_and_year_in_full()
    {
        Assert.Equal("4 June 2026", DateWords.Day(new DateOnly(2026, 6, 4)));
        Assert.Equal("Not known", DateWords.Day(null));
        Assert.Equal("", DateWords.Day(null, whenNotKnown: ""));
        Assert.Equal("June 2026", DateWords.Month(new DateOnly(2026, 6, 4)));
        Assert.Equal("Sep 2025", DateWords.ShortMonth(new YearMonth(2025, 9)));
    }

    [Fact]
    public void Machines_read_and_write_ISO_days_only()
    {
        Assert.Equal("2026-06-04", DateWords.Iso(new DateOnly(2026, 6, 4)));
        Assert.Equal("", DateWords.Iso(null));
        Assert.Equal("2026-06-04 14:05:09", DateWords.Moment(new DateTime(2026, 6, 4, 14, 5, 9, DateTimeKind.Utc)));
        Assert.True(DateWords.TryIso("2026-06-04", out var day));
        Assert.Equal(new DateOnly(2026, 6, 4), day);
        Assert.False(DateWords.TryIso("4 June 2026", out _));
        Assert.False(DateWords.TryIso("2026-6-4", out _));
        Assert.False(DateWords.TryIso("2025-02-30", out _));
    }
}
