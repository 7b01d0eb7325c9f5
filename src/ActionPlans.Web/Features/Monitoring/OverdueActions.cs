using ActionPlans.Core.Progress;
using ActionPlans.Web.Features.Monitoring.Standings;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>An action whose due date had passed, undelivered, on the day asked about.</summary>
public sealed record OverdueAction(int Plan, string Provider, DateOnly? ReportPublished, int Recommendation, string Text, string? Owner, DateOnly? Due)
{
    public int DaysOverdue(DateOnly asAt) => Due is { } due ? asAt.DayNumber - due.DayNumber : 0;
}

/// <summary>
/// The overdue actions across the plans being delivered (accepted or published) on a day, longest overdue first:
/// found in the stored standings, a page or a batch at a time, then described from their monitoring record.
/// </summary>
public static class OverdueActions
{
    private const int Batch = 500;

    /// <summary>Overdue periods in force on the day, in the order they began, then by action.</summary>
    private static IQueryable<StoredStanding> InOrder(ActionPlansDb db, DateOnly date) =>
        db.Set<StoredStanding>().Where(s => s.State == DeliveryState.Overdue).InForceOn(date).OrderBy(s => s.From).ThenBy(s => s.ActionId);

    /// <summary>One page of them.</summary>
    public static async Task<IReadOnlyList<OverdueAction>> PageAsync(ActionPlansDb db, DateOnly date, int skip, int take, CancellationToken cancellation = default) =>
        await DescribeAsync(db, await InOrder(db, date).Skip(skip).Take(take).ToListAsync(cancellation), date, cancellation);

    /// <summary>All of them, a batch at a time, so that a download of hundreds of thousands holds one batch in memory.</summary>
    public static async IAsyncEnumerable<OverdueAction> AllAsync(ActionPlansDb db, DateOnly date, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation = default)
    {
        StoredStanding? last = null;
        while (true)
        {
            var query = InOrder(db, date);
            if (last is { From: var from, ActionId: var action })
                query = query.Where(s => s.From > from || s.From == from && s.ActionId > action);
            var batch = await query.AsNoTracking().Take(Batch).ToListAsync(cancellation);
            if (batch.Count == 0) yield break;
            foreach (var overdue in await DescribeAsync(db, batch, date, cancellation)) yield return overdue;
            db.ChangeTracker.Clear();
            last = batch[^1];
        }
    }

    /// <summary>The actions of these periods as their monitoring record tells them on the day, in the periods' order.</summary>
    private static async Task<IReadOnlyList<OverdueAction>> DescribeAsync(ActionPlansDb db, IReadOnlyList<StoredStanding> periods, DateOnly date, CancellationToken cancellation)
    {
        var records = await db.ActionsOnRecordAsync([.. periods.Select(p => (p.ActionId, p.PlanId))], cancellation);
        return [.. periods.Where(p => records.ContainsKey(p.ActionId)).Select(p => records[p.ActionId]).Select(r =>
            new OverdueAction(r.Plan.Id, r.Plan.Inspection.Provider.Name, r.Plan.Inspection.Published, r.Recommendation, r.Action.Text, r.Action.Owner, r.Progress.AsAt(date).Due))];
    }
}
