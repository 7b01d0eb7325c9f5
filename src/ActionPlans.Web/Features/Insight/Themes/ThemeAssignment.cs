using System.Security.Cryptography;
using System.Text;
using ActionPlans.Core.Insight.Themes;
using ActionPlans.Core.Recommendations;
using ActionPlans.Web.Features.Insight.Tallies;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ActionPlans.Web.Features.Insight.Themes;

/// <summary>
/// The one row saying up to which recommendation the rules' themes were worked out, and under which rules (a hash of
/// the themes' phrases): rows written round SaveChanges (generated data, a database from before themes) and a change
/// of the rules are caught up at start.
/// </summary>
public sealed class ThemesAssigned
{
    public const int OnlyRow = 1;

    public int Id { get; set; } = OnlyRow;
    public string Rules { get; set; } = "";
    public int Through { get; set; }
}

/// <summary>Places recommendations in themes by the rules kept in the database.</summary>
public static class ThemeAssignment
{
    private const int Batch = 2000;

    public static async Task<ThemeRules> RulesAsync(ActionPlansDb db, CancellationToken cancellation) => new(await ThemesAsync(db, cancellation));

    private static async Task<List<(int Id, string Phrases)>> ThemesAsync(ActionPlansDb db, CancellationToken cancellation) =>
        [.. (await db.Set<Theme>().AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Id, t.Phrases }).ToListAsync(cancellation)).Select(t => (t.Id, t.Phrases))];

    /// <summary>
    /// Works out the rules' themes of every recommendation after the last one done under the same rules (of all of
    /// them when the rules changed), a batch at a time, each batch in its own transaction with the row that records it,
    /// so memory stays flat and a stopped run goes on where it stopped. Inspectors' corrections stay as they are. The
    /// insight's tallies are counted again after a batch was written (<see cref="InsightTallies"/>).
    /// </summary>
    public static async Task EnsureAsync(ActionPlansDb db, CancellationToken cancellation = default)
    {
        var themes = await ThemesAsync(db, cancellation);
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n\n", themes.Select(t => $"{t.Id}\n{t.Phrases}")))));
        var rules = new ThemeRules(themes);
        var table = new EntityTable(db, typeof(RecommendationTheme));
        while (true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
            // Instances started together take turns, a batch each, and each goes on from where the other got to.
            await StartupTurns.Themes.TakeAsync(db, cancellation);
            var done = await db.Set<ThemesAssigned>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == ThemesAssigned.OnlyRow, cancellation);
            var after = done?.Rules == fingerprint ? done.Through : 0;
            var batch = await db.Recommendations.AsNoTracking().Where(r => r.Id > after).OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.Text }).Take(Batch).ToListAsync(cancellation);
            if (batch.Count == 0) break;
            var (first, last) = (batch[0].Id, batch[^1].Id);
            var decided = (await db.Set<RecommendationTheme>().AsNoTracking()
                    .Where(p => p.RecommendationId >= first && p.RecommendationId <= last && p.Placement != ThemePlacement.Rule)
                    .Select(p => new { p.RecommendationId, p.ThemeId, p.Placement }).ToListAsync(cancellation))
                .ToLookup(p => p.RecommendationId, p => (p.ThemeId, p.Placement));
            await db.Set<RecommendationTheme>().Where(p => p.RecommendationId >= first && p.RecommendationId <= last && p.Placement == ThemePlacement.Rule)
                .ExecuteDeleteAsync(cancellation);
            var placed = batch.SelectMany(r => ThemeReassignment.ByRule(decided[r.Id], rules.Match(r.Text))
                .Select(theme => table.Row(new RecommendationTheme(r.Id, theme, ThemePlacement.Rule))));
            await table.WriteAsync(db, placed, cancellation);
            await db.Set<ThemesAssigned>().ExecuteDeleteAsync(cancellation);
            // Themes written round the save: the insight's counts are counted again once every batch is done.
            await InsightTallies.ForgetAsync(db, cancellation);
            db.Set<ThemesAssigned>().Add(new ThemesAssigned { Rules = fingerprint, Through = last });
            await db.SaveChangesAsync(cancellation);
            db.ChangeTracker.Clear();
            await transaction.CommitAsync(cancellation);
        }
        await InsightTallies.EnsureBuiltAsync(db, cancellation);
    }
}

/// <summary>
/// Places each recommendation being recorded (entered, imported, loaded) in the themes the rules find in its text,
/// in the same save, so that its themes are audited with it.
/// </summary>
internal sealed class ThemePlacing : SaveChangesInterceptor
{
    public static readonly ThemePlacing Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var db = (ActionPlansDb)eventData.Context!;
        db.ChangeTracker.DetectChanges();
        var added = db.ChangeTracker.Entries<Recommendation>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (added.Count == 0) return result;
        // The audit trail saves again from inside this save: a recommendation already placed is not placed twice.
        var placed = db.ChangeTracker.Entries<RecommendationTheme>().Select(e => e.Entity.Recommendation).OfType<Recommendation>().ToHashSet();
        var rules = await ThemeAssignment.RulesAsync(db, cancellationToken);
        foreach (var recommendation in added.Where(r => !placed.Contains(r)))
            foreach (var theme in ThemeReassignment.ByRule([], rules.Match(recommendation.Text)))
                db.Add(new RecommendationTheme(recommendation, theme, ThemePlacement.Rule));
        return result;
    }
}
