using ActionPlans.Core.Progress;
using ActionPlans.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Progress;

/// <summary>An action whose due date had passed, undelivered, on the day asked about.</summary>
public sealed record OverdueAction(int Plan, string Provider, int Recommendation, string Text, string? Owner, DateOnly? Due);

/// <summary>Every overdue action across the plans being delivered (accepted or published), oldest due first.</summary>
public static class OverdueActions
{
    public static async Task<IReadOnlyList<OverdueAction>> AsAtAsync(ActionPlansDb db, DateOnly date)
    {
        var plans = await db.Plans.BeingDelivered().WithDeliveryRecord().AsNoTracking().ToListAsync();
        return plans
            .SelectMany(plan => plan.Responses.SelectMany(response => response.Actions.Select(action =>
                (Plan: plan, Response: response, Action: action, Delivery: new ActionProgress(plan, action).AsAt(date)))))
            .Where(x => x.Delivery.State == DeliveryState.Overdue)
            .OrderBy(x => x.Delivery.Due).ThenBy(x => x.Plan.Id).ThenBy(x => x.Response.Recommendation.Number).ThenBy(x => x.Action.Position)
            .Select(x => new OverdueAction(x.Plan.Id, x.Plan.Inspection.Provider.Name, x.Response.Recommendation.Number, x.Action.Text, x.Action.Owner, x.Delivery.Due))
            .ToList();
    }
}
