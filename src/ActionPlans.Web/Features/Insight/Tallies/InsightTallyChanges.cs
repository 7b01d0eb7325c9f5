using ActionPlans.Web.Features.Monitoring.Standings;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Insight.Tallies;

/// <summary>Changes to the insight and as-at tallies gathered in memory, then added to the stored ones in one go.</summary>
internal sealed class InsightTallyChanges
{
    private readonly Dictionary<(InsightMeasure Measure, TallySpan Span, DateOnly Start, int Provider, int Addressee, string Key, int Value), int> _changes = [];
    private readonly Dictionary<(AsAtMeasure Measure, TallySpan Span, DateOnly Start, TallySpan AsAtSpan, DateOnly AsAtStart, int Provider, int Addressee, int Value), int> _asAt = [];

    public void Add(InsightMeasure measure, DateOnly published, int provider, int addressee, string key, int value, int by)
    {
        foreach (var (span, start) in DeliveryTally.Spans(published))
        {
            var at = (measure, span, start, provider, addressee, key, value);
            _changes[at] = _changes.GetValueOrDefault(at) + by;
        }
    }

    /// <summary>A change, on a day (<see cref="DeliveryTally.Always"/> for one always in force), in a count of a report's.</summary>
    public void Add(AsAtMeasure measure, DateOnly published, DateOnly day, int provider, int addressee, int value, int by)
    {
        foreach (var (span, start) in AsAtTally.PublicationSpans(published))
            foreach (var (asAtSpan, asAtStart) in AsAtTally.AsAtSpans(day))
            {
                var at = (measure, span, start, asAtSpan, asAtStart, provider, addressee, value);
                _asAt[at] = _asAt.GetValueOrDefault(at) + by;
            }
    }

    /// <summary>Counts one thing from its first day until the day it stops (<see cref="StoredStanding.OpenEnded"/> for never).</summary>
    public void Add(AsAtMeasure measure, DateOnly published, DateOnly from, DateOnly until, int provider, int addressee, int value, int by)
    {
        Add(measure, published, from, provider, addressee, value, by);
        if (until != StoredStanding.OpenEnded) Add(measure, published, until, provider, addressee, value, -by);
    }

    /// <summary>Adds each change to its stored tally, creating the row the first time (an upsert both databases know).</summary>
    public async Task ApplyAsync(ActionPlansDb db, CancellationToken cancellation)
    {
        const string upsert = "INSERT INTO \"InsightTallies\" (\"Measure\", \"Span\", \"Start\", \"ProviderId\", \"Addressee\", \"Key\", \"Value\", \"Change\") " +
            "VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}) ON CONFLICT (\"Measure\", \"Span\", \"Start\", \"ProviderId\", \"Addressee\", \"Key\", \"Value\") " +
            "DO UPDATE SET \"Change\" = \"InsightTallies\".\"Change\" + excluded.\"Change\"";
        foreach (var ((measure, span, start, provider, addressee, key, value), change) in _changes)
            if (change != 0)
                await db.Database.ExecuteSqlRawAsync(upsert, [(int)measure, (int)span, start, provider, addressee, key, value, change], cancellation);
        const string upsertAsAt = "INSERT INTO \"InsightAsAtTallies\" (\"Measure\", \"Span\", \"Start\", \"AsAtSpan\", \"AsAtStart\", \"ProviderId\", \"Addressee\", \"Value\", \"Change\") " +
            "VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}) ON CONFLICT (\"Measure\", \"Span\", \"AsAtSpan\", \"Start\", \"AsAtStart\", \"ProviderId\", \"Addressee\", \"Value\") " +
            "DO UPDATE SET \"Change\" = \"InsightAsAtTallies\".\"Change\" + excluded.\"Change\"";
        foreach (var ((measure, span, start, asAtSpan, asAtStart, provider, addressee, value), change) in _asAt)
            if (change != 0)
                await db.Database.ExecuteSqlRawAsync(upsertAsAt, [(int)measure, (int)span, start, (int)asAtSpan, asAtStart, provider, addressee, value, change], cancellation);
        _changes.Clear();
        _asAt.Clear();
    }

    /// <summary>Stores the changes as new rows, for tallies known to be empty (a rebuild).</summary>
    public async Task InsertAsync(ActionPlansDb db, CancellationToken cancellation)
    {
        var table = new EntityTable(db, typeof(InsightTally));
        // In the order of the key, so that the key's index and the reading index built on it grow at their ends: written
        // in the order reports were counted, a million actions' tallies took minutes more.
        var changes = _changes.Where(c => c.Value != 0)
            .OrderBy(c => c.Key.Measure).ThenBy(c => c.Key.Span).ThenBy(c => c.Key.Start).ThenBy(c => c.Key.Provider)
            .ThenBy(c => c.Key.Addressee).ThenBy(c => c.Key.Key, StringComparer.Ordinal).ThenBy(c => c.Key.Value);
        await table.WriteAsync(db, changes.Select(c => table.Row(new InsightTally
        {
            Measure = c.Key.Measure, Span = c.Key.Span, Start = c.Key.Start, ProviderId = c.Key.Provider, Addressee = c.Key.Addressee,
            Key = c.Key.Key, Value = c.Key.Value, Change = c.Value,
        })), cancellation);
        var asAt = new EntityTable(db, typeof(AsAtTally));
        var asAtChanges = _asAt.Where(c => c.Value != 0)
            .OrderBy(c => c.Key.Measure).ThenBy(c => c.Key.Span).ThenBy(c => c.Key.AsAtSpan).ThenBy(c => c.Key.Start).ThenBy(c => c.Key.AsAtStart)
            .ThenBy(c => c.Key.Provider).ThenBy(c => c.Key.Addressee).ThenBy(c => c.Key.Value);
        await asAt.WriteAsync(db, asAtChanges.Select(c => asAt.Row(new AsAtTally
        {
            Measure = c.Key.Measure, Span = c.Key.Span, Start = c.Key.Start, AsAtSpan = c.Key.AsAtSpan, AsAtStart = c.Key.AsAtStart,
            ProviderId = c.Key.Provider, Addressee = c.Key.Addressee, Value = c.Key.Value, Change = c.Value,
        })), cancellation);
        _changes.Clear();
        _asAt.Clear();
    }
}
