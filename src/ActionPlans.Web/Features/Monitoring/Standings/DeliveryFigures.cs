using ActionPlans.Core.Progress;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring.Standings;

/// <summary>How actions stood on a day, answered by the database from the stored standings and tallies.</summary>
public static class DeliveryFigures
{
    /// <summary>The stored periods in force on <paramref name="day"/>: one per action of a plan being delivered.</summary>
    public static IQueryable<StoredStanding> InForceOn(this IQueryable<StoredStanding> standings, DateOnly day) =>
        standings.Where(s => s.From <= day && s.Until > day);

    /// <summary>Each provider's actions by state on a day, from the tallies: a few thousand rows read whatever the size.</summary>
    public static async Task<IReadOnlyDictionary<int, DeliverySummary>> PerProviderAsync(ActionPlansDb db, DateOnly day, CancellationToken cancellation = default)
    {
        var counts = await TalliesUpTo(db, day, TallyMeasure.State)
            .GroupBy(t => new { t.ProviderId, t.Key })
            .Select(g => new { g.Key.ProviderId, g.Key.Key, Count = g.Sum(t => t.Change) })
            .ToListAsync(cancellation);
        return counts.Where(c => c.Count != 0).GroupBy(c => c.ProviderId)
            .ToDictionary(g => g.Key, g => DeliverySummary.Of(g.Select(c => (DeliveryTally.StateOf(c.Key), c.Count))));
    }

    /// <summary>How many plans each provider has being delivered now, from the tallies: one row per provider.</summary>
    public static Task<IReadOnlyDictionary<int, int>> PlansPerProviderAsync(ActionPlansDb db, CancellationToken cancellation = default) =>
        PerProviderNowAsync(db, TallyMeasure.Plans, cancellation);

    /// <summary>How many published plans each provider has now, from the tallies.</summary>
    public static Task<IReadOnlyDictionary<int, int>> PublishedPlansPerProviderAsync(ActionPlansDb db, CancellationToken cancellation = default) =>
        PerProviderNowAsync(db, TallyMeasure.PublishedPlans, cancellation);

    private static async Task<IReadOnlyDictionary<int, int>> PerProviderNowAsync(ActionPlansDb db, TallyMeasure measure, CancellationToken cancellation) =>
        (await Counted(db, measure).GroupBy(t => t.ProviderId).Select(g => new { Provider = g.Key, Plans = g.Sum(t => t.Change) })
            .ToListAsync(cancellation)).Where(g => g.Plans != 0).ToDictionary(g => g.Provider, g => g.Plans);

    /// <summary>
    /// Actions planned against completed per month across every plan being delivered, as known on a day: from the
    /// month the first plan was submitted to the later of the day's month and the last month planned.
    /// </summary>
    public static async Task<DeliverySeries> SeriesAsync(ActionPlansDb db, DateOnly day, CancellationToken cancellation = default)
    {
        var counts = await TalliesUpTo(db, day, TallyMeasure.Planned, TallyMeasure.Completed)
            .GroupBy(t => new { t.Measure, t.Key })
            .Select(g => new { g.Key.Measure, g.Key.Key, Count = g.Sum(t => t.Change) })
            .ToListAsync(cancellation);
        var planned = counts.Where(c => c.Measure == TallyMeasure.Planned && c.Count != 0).ToDictionary(c => c.Key, c => c.Count);
        var completed = counts.Where(c => c.Measure == TallyMeasure.Completed && c.Count != 0).ToDictionary(c => c.Key, c => c.Count);
        // The month each plan's own chart starts (PlanDelivery.ChartStart), the earliest of them.
        var starts = await Counted(db, TallyMeasure.ChartStarts).GroupBy(t => t.Key).Where(g => g.Sum(t => t.Change) != 0).Select(g => (int?)g.Key).MinAsync(cancellation);
        var first = starts ?? StoredStanding.MonthNumber(YearMonth.Of(day))!.Value;
        var last = planned.Keys.Append(StoredStanding.MonthNumber(YearMonth.Of(day))!.Value).Max();
        if (starts is null && planned.Count == 0) last = first;
        var months = Enumerable.Range(first, Math.Max(last, first) - first + 1)
            .Select(m => new MonthlyDelivery(StoredStanding.Month(m), planned.GetValueOrDefault(m), completed.GetValueOrDefault(m)));
        return DeliverySeries.Of(months, day);
    }

    /// <summary>Each of these plans' actions by state on a day.</summary>
    public static async Task<IReadOnlyDictionary<int, DeliverySummary>> PerPlanAsync(ActionPlansDb db, IReadOnlyCollection<int> plans, DateOnly day, CancellationToken cancellation = default)
    {
        var counts = await db.Set<StoredStanding>().Where(s => plans.Contains(s.PlanId)).InForceOn(day)
            .GroupBy(s => new { s.PlanId, s.State })
            .Select(g => new { g.Key.PlanId, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellation);
        var summaries = counts.GroupBy(c => c.PlanId).ToDictionary(g => g.Key, g => DeliverySummary.Of(g.Select(c => (c.State, c.Count))));
        return plans.ToDictionary(p => p, p => summaries.GetValueOrDefault(p) ?? DeliverySummary.Of(Array.Empty<DeliveryState>()));
    }

    /// <summary>The tallies of a measure counted as things are now (<see cref="DeliveryTally.Always"/>).</summary>
    private static IQueryable<DeliveryTally> Counted(ActionPlansDb db, TallyMeasure measure) =>
        db.Set<DeliveryTally>().Where(t => t.Span == TallySpan.Year && t.Start == DeliveryTally.Always && t.Measure == measure);

    /// <summary>
    /// The tallies whose changes add up to the count on <paramref name="day"/>: whole years before its year, whole
    /// months of its year before its month, and the days of its month up to and including it. Three ranges of the
    /// index by measure joined with UNION ALL, so that PostgreSQL reads each from the index alone (a single OR of the
    /// three made it visit the table for every row).
    /// </summary>
    private static IQueryable<DeliveryTally> TalliesUpTo(ActionPlansDb db, DateOnly day, params TallyMeasure[] measures)
    {
        var yearStart = new DateOnly(day.Year, 1, 1);
        var monthStart = new DateOnly(day.Year, day.Month, 1);
        var tallies = db.Set<DeliveryTally>().Where(t => measures.Contains(t.Measure));
        return tallies.Where(t => t.Span == TallySpan.Year && t.Start < yearStart)
            .Concat(tallies.Where(t => t.Span == TallySpan.Month && t.Start >= yearStart && t.Start < monthStart))
            .Concat(tallies.Where(t => t.Span == TallySpan.Day && t.Start >= monthStart && t.Start <= day));
    }
}
