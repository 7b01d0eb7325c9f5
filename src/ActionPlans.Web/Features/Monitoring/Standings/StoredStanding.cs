using ActionPlans.Core.Progress;

namespace ActionPlans.Web.Features.Monitoring.Standings;

/// <summary>
/// One <see cref="StandingPeriod"/> of an action of a plan being delivered, kept so that the database can say how
/// every action stood on a day: the rows in force on day D are those with <c>From &lt;= D &lt; Until</c>. The plan, its
/// provider and the action's assignee are copied in so that counts group, and a person's actions are read, without
/// joins. Worked out from the record, never edited by hand.
/// </summary>
public sealed class StoredStanding
{
    /// <summary>Stands for "until something is recorded" so that a period in force is one range test on both databases.</summary>
    public static readonly DateOnly OpenEnded = DateOnly.MaxValue;

    public int ActionId { get; set; }
    public int PlanId { get; set; }
    public int ProviderId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly Until { get; set; }
    public DeliveryState State { get; set; }

    /// <summary>The account the action is assigned to: a person's actions are one range of an index.</summary>
    public string? AssignedTo { get; set; }

    /// <summary>The month the action counts as planned in on a chart (year × 12 + month − 1); null when it does not.</summary>
    public int? PlannedIn { get; set; }

    /// <summary>The month the action counts as completed in on a chart, as <see cref="PlannedIn"/>.</summary>
    public int? CompletedIn { get; set; }

    /// <summary>For an action completed late, the calendar days from the missed due day to completion (<see cref="StandingPeriod.DaysLate"/>).</summary>
    public int? DaysLate { get; set; }

    public static StoredStanding Of(int actionId, int planId, int providerId, string? assignedTo, StandingPeriod period) => new()
    {
        ActionId = actionId,
        PlanId = planId,
        ProviderId = providerId,
        AssignedTo = assignedTo,
        From = period.From,
        Until = period.Until ?? OpenEnded,
        State = period.State,
        PlannedIn = MonthNumber(period.PlannedIn),
        CompletedIn = MonthNumber(period.CompletedIn),
        DaysLate = period.DaysLate,
    };

    public static int? MonthNumber(YearMonth? month) => month is { } m ? m.Year * 12 + m.Month - 1 : null;

    public static YearMonth Month(int number) => new(number / 12, number % 12 + 1);

    /// <summary>The same period of the same action in the same plan and provider, assigned to the same person.</summary>
    public bool SameAs(StoredStanding other) =>
        (ActionId, PlanId, ProviderId, AssignedTo, From, Until, State, PlannedIn, CompletedIn, DaysLate) ==
        (other.ActionId, other.PlanId, other.ProviderId, other.AssignedTo, other.From, other.Until, other.State, other.PlannedIn, other.CompletedIn, other.DaysLate);
}
