using ActionPlans.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>Loads plans with everything their delivery is derived from, so no view misses a revision or an update.</summary>
public static class DeliveryRecord
{
    public static IQueryable<ActionPlan> WithDeliveryRecord(this IQueryable<ActionPlan> plans) => plans
        .Include(p => p.Inspection).ThenInclude(i => i.Provider)
        .Include(p => p.Responses).ThenInclude(r => r.Recommendation).ThenInclude(r => r.Addressee)
        .Include(p => p.Responses).ThenInclude(r => r.Actions).ThenInclude(a => a.Updates).ThenInclude(u => u.Evidence)
        .Include(p => p.Responses).ThenInclude(r => r.Actions).ThenInclude(a => a.Revisions)
        .AsSplitQuery();

    /// <summary>Plans whose actions are being delivered (<see cref="ActionPlan.IsBeingDelivered"/>, written so the database can filter).</summary>
    public static IQueryable<ActionPlan> BeingDelivered(this IQueryable<ActionPlan> plans) =>
        plans.Where(p => p.Status == PlanStatus.Accepted || p.Status == PlanStatus.Published);
}
