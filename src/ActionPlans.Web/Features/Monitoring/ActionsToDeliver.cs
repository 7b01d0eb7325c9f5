using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>An action of a plan being delivered, as it stands on a day, with the plan and recommendation it belongs to.</summary>
public sealed record ActionToDeliver(int PlanId, string Provider, int Recommendation, ActionStanding Standing);

/// <summary>The actions someone delivers or coordinates, across the plans being delivered (accepted or published).</summary>
public static class ActionsToDeliver
{
    /// <summary>The actions assigned to one account.</summary>
    public static async Task<IReadOnlyList<ActionToDeliver>> AssignedToAsync(ActionPlansDb db, string account, DateOnly date, DueSoonWindow window)
    {
        var plans = await db.Plans.BeingDelivered()
            .Where(p => p.Responses.Any(r => r.Actions.Any(a => a.AssignedTo == account)))
            .WithDeliveryRecord().AsNoTracking().ToListAsync();
        return Standing(plans, date, window, (_, _, action) => action.AssignedTo == account);
    }

    /// <summary>The actions an organisation's coordinators answer for: every action of its own plans, and those under recommendations addressed to it.</summary>
    public static async Task<IReadOnlyList<ActionToDeliver>> OfOrganisationAsync(ActionPlansDb db, int organisation, DateOnly date, DueSoonWindow window)
    {
        var plans = await db.Plans.BeingDelivered()
            .Where(p => p.Inspection.ProviderId == organisation || p.Responses.Any(r => r.Recommendation.AddresseeId == organisation))
            .WithDeliveryRecord().AsNoTracking().ToListAsync();
        return Standing(plans, date, window, (plan, recommendation, _) => plan.Inspection.ProviderId == organisation || recommendation.Recommendation.AddresseeId == organisation);
    }

    private static List<ActionToDeliver> Standing(IEnumerable<ActionPlan> plans, DateOnly date, DueSoonWindow window, Func<ActionPlan, RecommendationDelivery, PlannedAction, bool> include) =>
        plans.Select(plan => PlanDelivery.AsAt(plan, date, window))
            .SelectMany(delivery => delivery.Recommendations.SelectMany(r => r.Actions
                .Where(a => include(delivery.Plan, r, a.Action))
                .Select(a => new ActionToDeliver(delivery.Plan.Id, delivery.Plan.Inspection.Provider.Name, r.Recommendation.Number, a))))
            .ToList();
}
