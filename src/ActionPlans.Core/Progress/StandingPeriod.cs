namespace ActionPlans.Core.Progress;

/// <summary>
/// A run of days over which an action's standing, as <see cref="ActionProgress.AsAt"/> judges it, stays the same:
/// from <paramref name="From"/> up to the day before <paramref name="Until"/> (null: from then on, until something is
/// added to the record). <paramref name="PlannedIn"/> and <paramref name="CompletedIn"/> are the months the action
/// counts in on a delivery chart for those days (<see cref="DeliverySeries"/>).
/// </summary>
/// <remarks>
/// The periods let a database answer "how did every action stand on day D" with an indexed range, while
/// <see cref="ActionProgress.AsAt"/> remains the one definition they are worked out from.
/// </remarks>
public sealed record StandingPeriod(DateOnly From, DateOnly? Until, DeliveryState State, YearMonth? PlannedIn, YearMonth? CompletedIn)
{
    /// <summary>For an action completed late, the calendar days from the occurrence it missed to its completion; null otherwise.</summary>
    public int? DaysLate { get; init; }

    public bool Covers(DateOnly day) => From <= day && (Until is not { } until || day < until);
}
