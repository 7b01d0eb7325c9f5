using ActionPlans.Core.Plans;
using ActionPlans.Core.Plans.Deadlines;
using ActionPlans.Core.Progress;

namespace ActionPlans.Web.Features.Monitoring.Standings;

/// <summary>
/// A plan being delivered as the tallies last counted it: its provider and the month its chart starts. Kept so that
/// a change to the plan or its inspection can take away what it counted before, and the national overview and the
/// public list can count plans per provider, and find the first month of the chart, from a few tally rows instead of
/// every plan.
/// </summary>
public sealed class DeliveredPlan
{
    public int PlanId { get; set; }
    public int ProviderId { get; set; }

    /// <summary>Whether the plan is published (to the public) as well as being delivered.</summary>
    public bool Published { get; set; }

    /// <summary>The month the plan's chart starts (<see cref="PlanDelivery.ChartStart"/>) as a month number; null when it has no date to start from.</summary>
    public int? ChartStart { get; set; }

    /// <summary>
    /// The working days from the report's publication to the plan's submission (<see cref="PlanDeadline.WorkingDaysTaken"/>),
    /// kept here because a database cannot count working days; null when either day is unknown or outside the known bank holidays.
    /// </summary>
    public int? WorkingDaysTaken { get; set; }

    /// <summary>What the tallies count of a plan: nothing unless it is being delivered.</summary>
    public static DeliveredPlan? Of(ActionPlan plan) => plan.IsBeingDelivered
        ? new DeliveredPlan
        {
            PlanId = plan.Id,
            ProviderId = plan.Inspection.ProviderId,
            Published = plan.Status == PlanStatus.Published,
            ChartStart = StoredStanding.MonthNumber(PlanDelivery.ChartStart(plan)),
            WorkingDaysTaken = (plan.Inspection.Published, plan.Submitted) is ({ } published, { } submitted)
                ? PlanDeadline.WorkingDaysTaken(published, submitted) : null,
        }
        : null;

    public static bool Same(DeliveredPlan? a, DeliveredPlan? b) =>
        a is null ? b is null : b is not null && (a.PlanId, a.ProviderId, a.Published, a.ChartStart, a.WorkingDaysTaken) == (b.PlanId, b.ProviderId, b.Published, b.ChartStart, b.WorkingDaysTaken);
}
