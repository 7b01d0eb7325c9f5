using ActionPlans.Core.Progress;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>An action whose due date had passed, undelivered, on the day asked about.</summary>
public sealed record OverdueAction(int Plan, string Provider, int Recommendation, string Text, string? Owner, DateOnly? Due)
{
    public int DaysOverdue(DateOnly asAt) => Due is { } due ? asAt.DayNumber - due.DayNumber : 0;
}

/// <summary>Every overdue action across the plans being delivered (accepted or published), oldest due first.</summary>
public static class OverdueActions
{
    public static async Task<IReadOnlyList<OverdueAction>> AsAtAsync(ActionPlansDb db, DateOnly date)
    {
        var plans = await db.Plans.BeingDelivered().WithDeliveryRecord().AsNoTracking().ToListAsync();
        return Of(plans.Select(plan => PlanDelivery.AsAt(plan, date)));
    }

    /// <summary>The overdue actions of plans already judged on a day.</summary>
    public static IReadOnlyList<OverdueAction> Of(IEnumerable<PlanDelivery> plans) => plans
        .SelectMany(plan => plan.Recommendations.SelectMany(r => r.Actions
            .Where(a => a.Delivery.State == DeliveryState.Overdue)
            .Select(a => (Plan: plan.Plan, r.Recommendation, a.Action, a.Delivery))))
        .OrderBy(x => x.Delivery.Due).ThenBy(x => x.Plan.Id).ThenBy(x => x.Recommendation.Number).ThenBy(x => x.Action.Position)
        .Select(x => new OverdueAction(x.Plan.Id, x.Plan.Inspection.Provider.Name, x.Recommendation.Number, x.Action.Text, x.Action.Owner, x.Delivery.Due))
        .ToList();
}
