using ActionPlans.Core.Inspections;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Web.Infrastructure.Persistence;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ActionPlans.Web.Features.Monitoring.Standings;

/// <summary>
/// Keeps <see cref="StoredStanding"/> and <see cref="DeliveryTally"/> rows true to the monitoring record: every save that
/// changes an action, an update, a revision, a plan's status or an inspection's provider works the touched actions'
/// periods out again with <see cref="ActionProgress.Periods"/>, in the save's own transaction; and each touched plan's
/// <see cref="DeliveredPlan"/> row, which counts plans per provider.
/// </summary>
public static class StandingProjection
{
    private const int Batch = 500;

    /// <summary>What a save touches, read from the change tracker before it saves (keys of added rows come after).</summary>
    public sealed class Touched
    {
        internal readonly List<object> Rows = [];
        public bool IsEmpty => Rows.Count == 0;
    }

    public static Touched Collect(ChangeTracker tracker)
    {
        var touched = new Touched();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            if (entry.Entity is PlannedAction or ProgressUpdate or TargetRevision or ActionPlan or Inspection) touched.Rows.Add(entry.Entity);
        }
        return touched;
    }

    /// <summary>Works out again the periods of every action the saved rows belong to.</summary>
    public static async Task RefreshAsync(ActionPlansDb db, Touched touched, DueSoonWindow window, CancellationToken cancellation = default)
    {
        var actions = new HashSet<int>();
        var plans = new HashSet<int>();
        var inspections = new HashSet<int>();
        foreach (var row in touched.Rows)
        {
            switch (row)
            {
                case PlannedAction a: actions.Add(a.Id); break;
                case ProgressUpdate u: actions.Add(u.PlannedActionId); break;
                case TargetRevision r: actions.Add(r.PlannedActionId); break;
                case ActionPlan p: plans.Add(p.Id); break;
                case Inspection i: inspections.Add(i.Id); break;
            }
        }
        if (inspections.Count > 0)
            plans.UnionWith(await db.Plans.Where(p => inspections.Contains(p.InspectionId)).Select(p => p.Id).ToListAsync(cancellation));
        if (plans.Count > 0)
            actions.UnionWith(await db.Responses.Where(r => plans.Contains(r.ActionPlanId)).SelectMany(r => r.Actions.Select(a => a.Id)).ToListAsync(cancellation));
        // Actions removed with their plan's rows still have periods stored; they are found by their stored plan.
        if (plans.Count > 0)
            actions.UnionWith(await db.Set<StoredStanding>().Where(s => plans.Contains(s.PlanId)).Select(s => s.ActionId).Distinct().ToListAsync(cancellation));

        foreach (var chunk in actions.Chunk(Batch))
            await RefreshActionsAsync(db, chunk, window, cancellation);
        foreach (var chunk in plans.Chunk(Batch))
            await RefreshPlansAsync(db, chunk, cancellation);
    }

    private static async Task RefreshPlansAsync(ActionPlansDb db, int[] ids, CancellationToken cancellation)
    {
        var stored = await db.Set<DeliveredPlan>().AsNoTracking().Where(d => ids.Contains(d.PlanId)).ToDictionaryAsync(d => d.PlanId, cancellation);
        var current = (await db.Plans.AsNoTracking().Include(p => p.Inspection).Where(p => ids.Contains(p.Id)).ToListAsync(cancellation))
            .Select(DeliveredPlan.Of).OfType<DeliveredPlan>().ToDictionary(d => d.PlanId);
        var changed = ids.Where(id => !DeliveredPlan.Same(stored.GetValueOrDefault(id), current.GetValueOrDefault(id))).ToList();
        if (changed.Count == 0) return;
        var tally = new TallyChanges();
        foreach (var id in changed)
        {
            if (stored.GetValueOrDefault(id) is { } before) tally.Remove(before);
            if (current.GetValueOrDefault(id) is { } after) tally.Add(after);
        }
        await ReplaceAsync(db, d => changed.Contains(d.PlanId), [.. changed.Select(id => current.GetValueOrDefault(id)).OfType<DeliveredPlan>()], tally, cancellation);
    }

    private static async Task RefreshActionsAsync(ActionPlansDb db, int[] ids, DueSoonWindow window, CancellationToken cancellation)
    {
        var stored = (await db.Set<StoredStanding>().AsNoTracking().Where(s => ids.Contains(s.ActionId)).ToListAsync(cancellation))
            .ToLookup(s => s.ActionId);
        var current = await db.Plans.WithDeliveryRecord().AsNoTracking()
            .Where(p => p.Responses.Any(r => r.Actions.Any(a => ids.Contains(a.Id))))
            .ToListAsync(cancellation);
        var worked = current.SelectMany(plan => StandingsOf(plan, window)).Where(s => ids.Contains(s.ActionId)).ToLookup(s => s.ActionId);

        var tally = new TallyChanges();
        var changed = new List<int>();
        var added = new List<StoredStanding>();
        foreach (var id in ids)
        {
            var before = stored[id].OrderBy(s => s.From).ToList();
            var after = worked[id].ToList();
            if (before.Count == after.Count && before.Zip(after).All(pair => pair.First.SameAs(pair.Second))) continue;
            changed.Add(id);
            foreach (var s in before) tally.Remove(s);
            foreach (var s in after) tally.Add(s);
            added.AddRange(after);
        }
        if (changed.Count == 0) return;
        await ReplaceAsync(db, s => changed.Contains(s.ActionId), added, tally, cancellation);
    }

    /// <summary>Replaces the stale rows with the ones worked out, and adds the tallies' changes, in the save's transaction.</summary>
    private static async Task ReplaceAsync<T>(ActionPlansDb db, Expression<Func<T, bool>> stale, IReadOnlyList<T> fresh, TallyChanges tally, CancellationToken cancellation)
        where T : class
    {
        await db.Set<T>().Where(stale).ExecuteDeleteAsync(cancellation);
        db.Set<T>().AddRange(fresh);
        await db.SaveChangesAsync(cancellation);
        foreach (var row in fresh) db.Entry(row).State = EntityState.Detached;
        await tally.ApplyAsync(db, cancellation);
    }

    /// <summary>The stored periods of every action of a plan being delivered; none for a plan that is not.</summary>
    public static IEnumerable<StoredStanding> StandingsOf(ActionPlan plan, DueSoonWindow window) =>
        !plan.IsBeingDelivered
            ? []
            : plan.Responses.SelectMany(r => r.Actions).SelectMany(action =>
                new ActionProgress(plan, action).Periods(window).Select(p => StoredStanding.Of(action.Id, plan.Id, plan.Inspection.ProviderId, action.AssignedTo, p)));

    /// <summary>
    /// Makes sure the standings were worked out with this window, working every one out again if not (a database from
    /// before they were kept, or a changed window). Plans are read a batch at a time, so memory stays bounded.
    /// </summary>
    public static async Task EnsureBuiltAsync(ActionPlansDb db, DueSoonWindow window, CancellationToken cancellation = default)
    {
        var built = await db.Set<StandingsBuilt>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == StandingsBuilt.OnlyRow, cancellation);
        if (built?.DueSoonDays == window.Days) return;
        await RebuildAsync(db, window, cancellation);
    }

    /// <summary>Works out every action's standings again from the monitoring record, in one transaction.</summary>
    public static async Task RebuildAsync(ActionPlansDb db, DueSoonWindow window, CancellationToken cancellation = default)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellation) : null;
        try
        {
            await db.Set<StoredStanding>().ExecuteDeleteAsync(cancellation);
            await db.Set<DeliveredPlan>().ExecuteDeleteAsync(cancellation);
            var table = new EntityTable(db, typeof(StoredStanding));
            var delivered = new EntityTable(db, typeof(DeliveredPlan));
            var after = 0;
            while (true)
            {
                var ids = await db.Plans.BeingDelivered().Where(p => p.Id > after).OrderBy(p => p.Id).Select(p => p.Id).Take(Batch / 10).ToListAsync(cancellation);
                if (ids.Count == 0) break;
                after = ids[^1];
                var plans = await db.Plans.WithDeliveryRecord().AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellation);
                await table.WriteAsync(db, plans.SelectMany(p => StandingsOf(p, window)).Select(s => table.Row(s)), cancellation);
                await delivered.WriteAsync(db, plans.Select(DeliveredPlan.Of).OfType<DeliveredPlan>().Select(d => delivered.Row(d)), cancellation);
            }
            await RecountAsync(db, window, cancellation);
            // The insight's figures as at a day are counted from the standings: they are counted again after these.
            await Insight.Tallies.InsightTallies.ForgetAsync(db, cancellation);
            if (own is not null) await own.CommitAsync(cancellation);
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    /// <summary>
    /// Counts the tallies afresh from the stored standings and delivered plans, read a batch at a time, and records the window they were
    /// worked out with: after a rebuild, or after rows were written round SaveChanges (generated data).
    /// </summary>
    public static async Task RecountAsync(ActionPlansDb db, DueSoonWindow window, CancellationToken cancellation = default)
    {
        var tally = new TallyChanges();
        (int Action, DateOnly From) last = (0, DateOnly.MinValue);
        while (true)
        {
            var (action, from) = last;
            var batch = await db.Set<StoredStanding>().AsNoTracking()
                .Where(s => s.ActionId > action || s.ActionId == action && s.From > from)
                .OrderBy(s => s.ActionId).ThenBy(s => s.From).Take(20_000).ToListAsync(cancellation);
            if (batch.Count == 0) break;
            foreach (var standing in batch) tally.Add(standing);
            last = (batch[^1].ActionId, batch[^1].From);
        }
        var afterPlan = 0;
        while (true)
        {
            var batch = await db.Set<DeliveredPlan>().AsNoTracking().Where(d => d.PlanId > afterPlan).OrderBy(d => d.PlanId).Take(20_000).ToListAsync(cancellation);
            if (batch.Count == 0) break;
            foreach (var plan in batch) tally.Add(plan);
            afterPlan = batch[^1].PlanId;
        }
        await db.Set<DeliveryTally>().ExecuteDeleteAsync(cancellation);
        await tally.InsertAsync(db, cancellation);
        await db.Set<StandingsBuilt>().ExecuteDeleteAsync(cancellation);
        db.Set<StandingsBuilt>().Add(new StandingsBuilt { DueSoonDays = window.Days });
        await db.SaveChangesAsync(cancellation);
        db.ChangeTracker.Clear();
    }
}
