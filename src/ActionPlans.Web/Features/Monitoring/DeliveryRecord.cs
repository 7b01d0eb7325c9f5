using ActionPlans.Core.Inspections;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Web.Infrastructure.Persistence;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>An action read with its own monitoring record, its plan (with inspection and provider, without the other actions) and the number of its recommendation.</summary>
public sealed record ActionOnRecord(ActionPlan Plan, int Recommendation, PlannedAction Action)
{
    public ActionProgress Progress => new(Plan, Action);
}

/// <summary>Loads plans with everything their delivery is derived from, so no view misses a revision or an update.</summary>
public static class DeliveryRecord
{
    public static IQueryable<ActionPlan> WithDeliveryRecord(this IQueryable<ActionPlan> plans) => plans
        .Include(p => p.Inspection).ThenInclude(i => i.Provider)
        .Include(p => p.Responses).ThenInclude(r => r.Recommendation).ThenInclude(r => r.Addressee)
        .Include(p => p.Responses).ThenInclude(r => r.Actions).ThenInclude(a => a.Updates).ThenInclude(u => u.Evidence)
        .Include(p => p.Responses).ThenInclude(r => r.Actions).ThenInclude(a => a.Revisions)
        .AsSplitQuery();

    /// <summary>
    /// A page of these plans, newest report first, each read as <paramref name="row"/>. The page's ids are read from the
    /// inspections along their index on (publication day, id), each kept if it has one of the plans, so the reading
    /// stops after the page; joined the other way the planners sort every plan on each request. A plan answers one
    /// inspection, so the order is total.
    /// </summary>
    public static async Task<List<T>> NewestReportFirstAsync<T>(this IQueryable<ActionPlan> plans, IQueryable<Inspection> inspections, int skip, int take,
        Expression<Func<ActionPlan, T>> row, Func<T, int> idOf, CancellationToken cancellation = default)
    {
        var ids = await inspections.Where(i => plans.Any(p => p.InspectionId == i.Id))
            .OrderByDescending(i => i.Published).ThenByDescending(i => i.Id)
            .Skip(skip).Take(take)
            .Select(i => plans.Where(p => p.InspectionId == i.Id).Select(p => p.Id).First())
            .ToListAsync(cancellation);
        var rows = await plans.Where(p => ids.Contains(p.Id)).Select(row).ToListAsync(cancellation);
        return [.. rows.OrderBy(r => ids.IndexOf(idOf(r)))];
    }

    /// <summary>Plans whose actions are being delivered (<see cref="ActionPlan.IsBeingDelivered"/>, written so the database can filter).</summary>
    public static IQueryable<ActionPlan> BeingDelivered(this IQueryable<ActionPlan> plans) =>
        plans.Where(p => p.Status == PlanStatus.Accepted || p.Status == PlanStatus.Published);

    /// <summary>
    /// Only these actions with their records, by id, for a page of a national list: reading their whole plans would
    /// read every other action's record too. Actions no longer stored are left out.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, ActionOnRecord>> ActionsOnRecordAsync(this ActionPlansDb db, IReadOnlyCollection<(int Action, int Plan)> wanted, CancellationToken cancellation = default)
    {
        var planIds = wanted.Select(w => w.Plan).Distinct().ToList();
        var actionIds = wanted.Select(w => w.Action).ToList();
        var plans = await db.Plans.AsNoTracking().Include(p => p.Inspection).ThenInclude(i => i.Provider)
            .Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellation);
        var actions = await db.Actions.AsNoTracking().Include(a => a.Updates).ThenInclude(u => u.Evidence).Include(a => a.Revisions)
            .Where(a => actionIds.Contains(a.Id)).AsSplitQuery().ToListAsync(cancellation);
        var responseIds = actions.Select(a => a.ResponseId).Distinct().ToList();
        var numbers = await db.Responses.Where(r => responseIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Recommendation.Number }).ToDictionaryAsync(r => r.Id, r => r.Number, cancellation);
        var planOf = wanted.ToDictionary(w => w.Action, w => w.Plan);
        return actions.Where(a => plans.ContainsKey(planOf[a.Id]))
            .ToDictionary(a => a.Id, a => new ActionOnRecord(plans[planOf[a.Id]], numbers[a.ResponseId], a));
    }
}
