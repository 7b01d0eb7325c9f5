namespace ActionPlans.Web.Infrastructure.Email;

/// <summary>
/// How long a message waits after a failed attempt: the first wait, doubled after each further failure,
/// never more than six hours, so a mail server that is down for a day is not hammered.
/// </summary>
public sealed record RetrySchedule(TimeSpan FirstWait)
{
    public static readonly TimeSpan DefaultFirstWait = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LongestWait = TimeSpan.FromHours(6);

    public TimeSpan After(int failures)
    {
        if (failures < 1) return TimeSpan.Zero;
        // Past 2^30 times any first wait the cap has long been reached; stopping there avoids overflow.
        var wait = FirstWait.Ticks * Math.Pow(2, Math.Min(failures - 1, 30));
        return wait >= LongestWait.Ticks ? LongestWait : TimeSpan.FromTicks((long)wait);
    }
}
