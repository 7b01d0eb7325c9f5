namespace ActionPlans.Web.Infrastructure.Hosting;

/// <summary>
/// The service's day is the UK's: updates, reports and deadlines are dated as people in England and Wales date
/// them, whatever zone the server runs in. Every "today" comes from the injected <see cref="TimeProvider"/> through here.
/// </summary>
public static class UkClock
{
    private const string ZoneId = "Europe/London";

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static DateOnly TodayInUk(this TimeProvider clock) => DayInUk(clock.GetUtcNow());

    /// <summary>The UK day a moment falls on.</summary>
    public static DateOnly DayInUk(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, London).DateTime);

    /// <summary>The moment, in UTC, a UK day begins.</summary>
    public static DateTime StartInUtc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), London);

    /// <summary>Stops the start with one line when the machine has no time zone data, rather than failing every page later.</summary>
    internal static void EnsureZone()
    {
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new StartupFailure($"The time zone {ZoneId} is not installed (install the tzdata package): {e.Message}", e);
        }
    }
}
