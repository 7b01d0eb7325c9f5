using ActionPlans.Core.Insight;
using ActionPlans.Web.Features.Monitoring.Standings;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Insight.Tallies;

/// <summary>
/// One count of the insight tallies for the reports a filter chooses, by addressee group, key and value, and by year of
/// report and provider when asked for (0 when not).
/// </summary>
public sealed record InsightCount(InsightMeasure Measure, int ProviderId, int Addressee, string Key, int Value, int Year, int Count);

/// <summary>What counts are told apart by, besides addressee group, key and value: the fewer groups, the faster the sums.</summary>
[Flags]
public enum CountedBy
{
    Nothing = 0,
    Year = 1,
    Provider = 2,
}

public static class InsightCounts
{
    /// <summary>
    /// The counts of these measures over the reports the scope chooses: published from its first day (if any) to its
    /// last day or today, whichever is earlier, of its providers, to its addressee group (measures not counted by
    /// addressee are never narrowed by it). The sums up to the last day less the sums up to the day before the first.
    /// </summary>
    public static async Task<IReadOnlyList<InsightCount>> ReadAsync(InsightScope scope, IReadOnlyList<InsightMeasure> measures, CancellationToken cancel,
        CountedBy by = CountedBy.Year)
    {
        var filter = scope.Filter;
        var last = filter.To is { } to && to < filter.Today ? to : filter.Today;
        if (filter.From is { } first && first > last) return [];
        var counts = await UpToAsync(scope, measures, last, by, cancel);
        if (filter.From is { } from)
            foreach (var (key, count) in await UpToAsync(scope, measures, from.AddDays(-1), by, cancel))
                counts[key] = counts.GetValueOrDefault(key) - count;
        return [.. counts.Where(c => c.Value != 0).Select(c => new InsightCount(c.Key.Measure, c.Key.ProviderId, c.Key.Addressee, c.Key.Key, c.Key.Value, c.Key.Year, c.Value))];
    }

    private static async Task<Dictionary<(InsightMeasure Measure, int ProviderId, int Addressee, string Key, int Value, int Year), int>> UpToAsync(
        InsightScope scope, IReadOnlyList<InsightMeasure> measures, DateOnly day, CountedBy by, CancellationToken cancel)
    {
        var tallies = TalliesUpTo(scope, measures, day);
        var grouped = by switch
        {
            CountedBy.Nothing => tallies.GroupBy(t => new { t.Measure, ProviderId = 0, t.Addressee, t.Key, t.Value, Year = 0 }),
            CountedBy.Year => tallies.GroupBy(t => new { t.Measure, ProviderId = 0, t.Addressee, t.Key, t.Value, t.Start.Year }),
            CountedBy.Provider => tallies.GroupBy(t => new { t.Measure, t.ProviderId, t.Addressee, t.Key, t.Value, Year = 0 }),
            _ => tallies.GroupBy(t => new { t.Measure, t.ProviderId, t.Addressee, t.Key, t.Value, t.Start.Year }),
        };
        var rows = await grouped
            .Select(g => new { g.Key.Measure, g.Key.ProviderId, g.Key.Addressee, g.Key.Key, g.Key.Value, g.Key.Year, Count = g.Sum(t => t.Change) })
            .ToListAsync(cancel);
        return rows.ToDictionary(r => (r.Measure, r.ProviderId, r.Addressee, r.Key, r.Value, r.Year), r => r.Count);
    }

    /// <summary>The tallies of the scope's providers and addressees whose changes add up to the counts of reports published up to <paramref name="day"/>.</summary>
    private static IQueryable<InsightTally> TalliesUpTo(InsightScope scope, IReadOnlyList<InsightMeasure> measures, DateOnly day)
    {
        var filter = scope.Filter;
        var tallies = scope.Db.Set<InsightTally>().Where(t => measures.Contains(t.Measure)).OfChosenProviders(scope);
        if (filter.Addressee is { } group) tallies = tallies.Where(t => t.Addressee == (int)group || t.Addressee == InsightTally.None);
        var yearStart = new DateOnly(day.Year, 1, 1);
        var monthStart = new DateOnly(day.Year, day.Month, 1);
        return tallies.Where(t => t.Span == TallySpan.Year && t.Start < yearStart)
            .Concat(tallies.Where(t => t.Span == TallySpan.Month && t.Start >= yearStart && t.Start < monthStart))
            .Concat(tallies.Where(t => t.Span == TallySpan.Day && t.Start >= monthStart && t.Start <= day));
    }

    /// <summary>The tallies of the providers the scope chooses, by name or by type.</summary>
    internal static IQueryable<T> OfChosenProviders<T>(this IQueryable<T> tallies, InsightScope scope) where T : class, IProviderTally
    {
        var db = scope.Db;
        if (scope.Filter.ProviderId is { } provider) tallies = tallies.Where(t => t.ProviderId == provider);
        if (scope.Filter.ProviderType is { } type)
        {
            var kinds = type.Kinds().ToList();
            tallies = tallies.Where(t => db.Organisations.Any(o => o.Id == t.ProviderId && kinds.Contains(o.Kind)));
        }
        return tallies;
    }
}

/// <summary>A tally counted per provider.</summary>
public interface IProviderTally
{
    int ProviderId { get; }
}
