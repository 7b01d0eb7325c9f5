using ActionPlans.Web.Infrastructure.Hosting;

namespace ActionPlans.Web.Tests.Clock;

/// <summary>The service's "today" is the UK's, whatever zone the server runs in.</summary>
public sealed class UkClockTests
{
    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        // A server elsewhere: its own midnight must not decide the day.
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    }

    [Theory]
    [InlineData("2026-06-30T23:30:00Z", "2026-07-01")] // British Summer Time: already the next day in London
    [InlineData("2026-12-31T23:30:00Z", "2026-12-31")] // Greenwich Mean Time: the UTC day
    [InlineData("2026-03-29T00:59:59Z", "2026-03-29")] // the last second of GMT before the clocks go forward
    [InlineData("2026-10-24T23:00:00Z", "2026-10-25")] // the day the clocks go back starts at 23:00 UTC
    public void Today_is_the_day_in_London(string utc, string day) =>
        Assert.Equal(DateOnly.Parse(day), new At(DateTimeOffset.Parse(utc)).TodayInUk());
}
