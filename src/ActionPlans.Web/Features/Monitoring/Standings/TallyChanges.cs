using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring.Standings;

/// <summary>Changes to the tallies gathered in memory (their keys are few), then added to the stored ones in one go.</summary>
internal sealed class TallyChanges
{
    private readonly Dictionary<(TallySpan Span, DateOnly Start, TallyMeasure Measure, int Provider, int Key), int> _changes = [];

    public void Add(StoredStanding period) => Count(period, +1);

    public void Remove(StoredStanding period) => Count(period, -1);

    /// <summary>A period counts from its first day and stops counting on its <see cref="StoredStanding.Until"/> day.</summary>
    private void Count(StoredStanding period, int sign)
    {
        foreach (var (measure, provider, key) in Measures(period))
        {
            Change(period.From, measure, provider, key, sign);
            if (period.Until != StoredStanding.OpenEnded) Change(period.Until, measure, provider, key, -sign);
        }
    }

    public void Add(DeliveredPlan plan) => Count(plan, +1);

    public void Remove(DeliveredPlan plan) => Count(plan, -1);

    private void Count(DeliveredPlan plan, int sign)
    {
        Change(TallySpan.Year, DeliveryTally.Always, TallyMeasure.Plans, plan.ProviderId, 0, sign);
        if (plan.Published) Change(TallySpan.Year, DeliveryTally.Always, TallyMeasure.PublishedPlans, plan.ProviderId, 0, sign);
        if (plan.ChartStart is { } month) Change(TallySpan.Year, DeliveryTally.Always, TallyMeasure.ChartStarts, 0, month, sign);
    }

    private static IEnumerable<(TallyMeasure, int, int)> Measures(StoredStanding period)
    {
        yield return (TallyMeasure.State, period.ProviderId, (int)period.State);
        if (period.PlannedIn is { } planned) yield return (TallyMeasure.Planned, 0, planned);
        if (period.CompletedIn is { } completed) yield return (TallyMeasure.Completed, 0, completed);
    }

    private void Change(DateOnly day, TallyMeasure measure, int provider, int key, int by)
    {
        foreach (var (span, start) in DeliveryTally.Spans(day)) Change(span, start, measure, provider, key, by);
    }

    private void Change(TallySpan span, DateOnly start, TallyMeasure measure, int provider, int key, int by)
    {
        var at = (span, start, measure, provider, key);
        _changes[at] = _changes.GetValueOrDefault(at) + by;
    }

    /// <summary>Adds each change to its stored tally, creating the row the first time (an upsert both databases know).</summary>
    public async Task ApplyAsync(ActionPlansDb db, CancellationToken cancellation)
    {
        var upsert = Upsert(db.Model.FindEntityType(typeof(DeliveryTally))!.GetTableName()!);
        foreach (var ((span, start, measure, provider, key), change) in _changes)
            if (change != 0)
                await db.Database.ExecuteSqlRawAsync(upsert, [(int)span, start, (int)measure, provider, key, change], cancellation);
        _changes.Clear();
    }

    /// <summary>Stores the changes as new rows, for tallies known to be empty (a rebuild): far faster than one upsert each.</summary>
    public async Task InsertAsync(ActionPlansDb db, CancellationToken cancellation)
    {
        var table = new EntityTable(db, typeof(DeliveryTally));
        await table.WriteAsync(db, _changes.Where(c => c.Value != 0).Select(c => table.Row(new DeliveryTally
        {
            Span = c.Key.Span, Start = c.Key.Start, Measure = c.Key.Measure, ProviderId = c.Key.Provider, Key = c.Key.Key, Change = c.Value,
        })), cancellation);
        _changes.Clear();
    }

    private static string Upsert(string table) =>
        "INSERT INTO \"" + table + "\" (\"Span\", \"Start\", \"Measure\", \"ProviderId\", \"Key\", \"Change\") VALUES ({0}, {1}, {2}, {3}, {4}, {5}) " +
        "ON CONFLICT (\"Span\", \"Start\", \"Measure\", \"ProviderId\", \"Key\") DO UPDATE SET \"Change\" = \"" + table + "\".\"Change\" + excluded.\"Change\"";
}
