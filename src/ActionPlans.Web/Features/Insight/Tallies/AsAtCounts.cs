using ActionPlans.Web.Features.Monitoring.Standings;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Insight.Tallies;

/// <summary>One count of the as-at tallies: by provider and year of report when asked for (0 when not).</summary>
public sealed record AsAtCount(AsAtMeasure Measure, int ProviderId, int Addressee, int Value, int Year, int Count);

/// <summary>
/// A filter's period of publication parted into the whole months the as-at tallies count, and the days at either end
/// in months only partly chosen, which are counted from the records (a month of reports at most on each side).
/// </summary>
/// <param name="From">The first of the first whole month; null when the period has no first day.</param>
/// <param name="Until">The first of the month after the last whole month; null when there is no whole month.</param>
/// <param name="Days">The periods counted from the records.</param>
public sealed record PublicationMonths(DateOnly? From, DateOnly? Until, IReadOnlyList<(DateOnly? From, DateOnly To)> Days)
{
    public static PublicationMonths Of(InsightFilter filter)
    {
        var last = filter.To is { } to && to < filter.Today ? to : filter.Today;
        if (filter.From is { } first && first > last) return new(null, null, []);
        var until = last.AddDays(1).Day == 1 ? last.AddDays(1) : new DateOnly(last.Year, last.Month, 1);
        DateOnly? from = filter.From is { } f ? (f.Day == 1 ? f : new DateOnly(f.Year, f.Month, 1).AddMonths(1)) : null;
        if (from >= until) return new(null, null, [(filter.From, last)]);
        var days = new List<(DateOnly?, DateOnly)>();
        if (filter.From is { } start && start < from) days.Add((start, from.Value.AddDays(-1)));
        if (until <= last) days.Add((until, last));
        return new(from, until, days);
    }
}

public static class AsAtCounts
{
    /// <summary>
    /// The counts of these measures over the whole months of the scope's period, of its providers, to its addressee
    /// group (exactly: a count not by addressee is asked for by its own measure), as at the filter's day.
    /// </summary>
    public static async Task<IReadOnlyList<AsAtCount>> ReadAsync(InsightScope scope, PublicationMonths months, IReadOnlyList<AsAtMeasure> measures,
        CountedBy by, CancellationToken cancel)
    {
        if (months.Until is not { } until) return [];
        var counts = await UpToAsync(scope, measures, until, by, cancel);
        if (months.From is { } from)
            foreach (var (key, count) in await UpToAsync(scope, measures, from, by, cancel))
                counts[key] = counts.GetValueOrDefault(key) - count;
        return [.. counts.Where(c => c.Value != 0).Select(c => new AsAtCount(c.Key.Measure, c.Key.ProviderId, c.Key.Addressee, c.Key.Value, c.Key.Year, c.Value))];
    }

    private static async Task<Dictionary<(AsAtMeasure Measure, int ProviderId, int Addressee, int Value, int Year), int>> UpToAsync(
        InsightScope scope, IReadOnlyList<AsAtMeasure> measures, DateOnly before, CountedBy by, CancellationToken cancel)
    {
        var tallies = TalliesBefore(scope, measures, before);
        var grouped = by switch
        {
            CountedBy.Nothing => tallies.GroupBy(t => new { t.Measure, ProviderId = 0, t.Addressee, t.Value, Year = 0 }),
            CountedBy.Year => tallies.GroupBy(t => new { t.Measure, ProviderId = 0, t.Addressee, t.Value, t.Start.Year }),
            CountedBy.Provider => tallies.GroupBy(t => new { t.Measure, t.ProviderId, t.Addressee, t.Value, Year = 0 }),
            _ => tallies.GroupBy(t => new { t.Measure, t.ProviderId, t.Addressee, t.Value, t.Start.Year }),
        };
        var rows = await grouped
            .Select(g => new { g.Key.Measure, g.Key.ProviderId, g.Key.Addressee, g.Key.Value, g.Key.Year, Count = g.Sum(t => t.Change) })
            .ToListAsync(cancel);
        return rows.ToDictionary(r => (r.Measure, r.ProviderId, r.Addressee, r.Value, r.Year), r => r.Count);
    }

    /// <summary>
    /// The tallies whose changes add up to the counts, as at the filter's day, of reports published before the first of a
    /// month: years before its year and months of its year before it, each by years before the as-at day's year, months
    /// of that year before its month and days of its month up to it. Six ranges of the indexes joined by UNION ALL.
    /// </summary>
    private static IQueryable<AsAtTally> TalliesBefore(InsightScope scope, IReadOnlyList<AsAtMeasure> measures, DateOnly before)
    {
        var filter = scope.Filter;
        var tallies = scope.Db.Set<AsAtTally>().Where(t => measures.Contains(t.Measure)).OfChosenProviders(scope);
        if (filter.Addressee is { } group) tallies = tallies.Where(t => t.Addressee == (int)group);

        var yearStart = new DateOnly(before.Year, 1, 1);
        var asAt = filter.AsAt;
        var asAtYear = new DateOnly(asAt.Year, 1, 1);
        var asAtMonth = new DateOnly(asAt.Year, asAt.Month, 1);
        IQueryable<AsAtTally> AsAt(IQueryable<AsAtTally> published) =>
            published.Where(t => t.AsAtSpan == TallySpan.Year && t.AsAtStart < asAtYear)
                .Concat(published.Where(t => t.AsAtSpan == TallySpan.Month && t.AsAtStart >= asAtYear && t.AsAtStart < asAtMonth))
                .Concat(published.Where(t => t.AsAtSpan == TallySpan.Day && t.AsAtStart >= asAtMonth && t.AsAtStart <= asAt));
        return AsAt(tallies.Where(t => t.Span == TallySpan.Year && t.Start < yearStart))
            .Concat(AsAt(tallies.Where(t => t.Span == TallySpan.Month && t.Start >= yearStart && t.Start < before)));
    }
}
