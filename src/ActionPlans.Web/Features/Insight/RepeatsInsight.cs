using ActionPlans.Core.Recommendations;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Documents.Insight;
using ActionPlans.Web.Features.Insight.Themes;
using ActionPlans.Web.Features.Insight.Tallies;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Insight;

/// <summary>One recommendation of a chain: where and when it was made, and the progress the next inspection judged on it.</summary>
public sealed record ChainStep(string Provider, DateOnly? Published, int Number, string Text, string Addressee, ProgressJudgement? JudgedProgress);

/// <summary>
/// A recommendation and the earlier ones it repeats, latest first; <paramref name="EarlierNotInService"/> when the
/// earliest one in the service says it repeats one more that is not.
/// </summary>
public sealed record RepeatChain(IReadOnlyList<ChainStep> Steps, bool EarlierNotInService)
{
    /// <summary>How many inspections made it.</summary>
    public int Inspections => Steps.Count + (EarlierNotInService ? 1 : 0);
}

/// <summary>
/// Section 3 of the insight: repeated recommendations, linked to the one they repeat or flagged only by the report,
/// by year; how many inspections each chain spans; the themes that repeat most; the progress judged on the
/// recommendation repeated; and the latest chains themselves.
/// </summary>
public sealed record RepeatsFigures(
    IReadOnlyList<(int Year, int Linked, int FlaggedOnly)> ByYear,
    IReadOnlyList<(int Inspections, int Chains)> Lengths,
    IReadOnlyList<(string Theme, int Repeated)> Themes,
    IReadOnlyList<(ProgressJudgement? Judged, int Repeated)> Progress,
    int ChainCount,
    IReadOnlyList<RepeatChain> Chains)
{
    /// <summary>Chains are followed this many inspections back; longer ones count as this long.</summary>
    public const int LongestCounted = 5;

    /// <summary>The open data lists the latest chains, up to this many.</summary>
    public const int ChainsListed = 50;

    public IReadOnlyList<InsightFigure> Figures =>
    [
        new("by-year", "Repeated recommendations, linked to the one they repeat or flagged by the report only, by year of report",
            ["Year", "Linked", "Flagged by the report only"], [.. ByYear.Select(y => new FigureRow(y.Year.ToString(), [y.Linked, y.FlaggedOnly]))]),
        new("chain-lengths", "Chains of repeated recommendations, by how many inspections made them", ["Inspections", "Chains"],
            [.. Lengths.Select(l => new FigureRow(l.Inspections == LongestCounted ? $"{l.Inspections} or more" : l.Inspections.ToString(), [l.Chains]))]),
        new("themes", "Themes that repeat most", ["Theme", "Repeated recommendations"], [.. Themes.Select(t => new FigureRow(t.Theme, [t.Repeated]))]),
        new("progress", "Progress judged on the recommendation repeated", ["Progress judged", "Repeated recommendations"],
            [.. Progress.Select(p => new FigureRow(p.Judged.Words(), [p.Repeated]))]),
    ];
}

public static class RepeatsInsight
{
    public static async Task<RepeatsFigures> ReadAsync(InsightScope scope, CancellationToken cancel)
    {
        var db = scope.Db;
        var recommendations = scope.Recommendations;
        var repeated = recommendations.Where(r => r.IsRepeated);

        var counts = await InsightCounts.ReadAsync(scope, [InsightMeasure.Repeated, InsightMeasure.RepeatedTheme, InsightMeasure.RepeatedProgress], cancel);
        IEnumerable<InsightCount> Of(InsightMeasure measure) => counts.Where(c => c.Measure == measure);

        // A chain is counted once, by its latest recommendation: one that no recommendation counted repeats. Only a
        // repeated recommendation links to another, so links are looked for among those alone, a fifth of all, read
        // from their own index: by the later ones that would repeat it, and back along the chain.
        var latestReported = scope.ReportedRecommendations
            .Where(r => r.Recommendation.IsRepeated && !repeated.Any(later => later.RepeatedFromId == r.Recommendation.Id));
        var latest = latestReported.Select(r => r.Recommendation);
        var links = db.Recommendations.Where(r => r.IsRepeated);
        var lengths = await (from r in latest
                             join a in links on r.RepeatedFromId equals (int?)a.Id into toA
                             from a in toA.DefaultIfEmpty()
                             join b in links on a.RepeatedFromId equals (int?)b.Id into toB
                             from b in toB.DefaultIfEmpty()
                             join c in links on b.RepeatedFromId equals (int?)c.Id into toC
                             from c in toC.DefaultIfEmpty()
                             // An earlier recommendation not itself repeated ends the chain at it.
                             select r.RepeatedFromId == null ? 2
                                 : a == null ? 2 : a.RepeatedFromId == null ? 3
                                 : b == null ? 3 : b.RepeatedFromId == null ? 4
                                 : c == null ? 4 : RepeatsFigures.LongestCounted)
            .GroupBy(n => n).Select(g => new { Inspections = g.Key, Count = g.Count() }).ToListAsync(cancel);

        var names = await ThemesInsight.NamesAsync(scope, cancel);
        var themes = Of(InsightMeasure.RepeatedTheme).GroupBy(c => c.Value).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).ToList();
        var progress = Of(InsightMeasure.RepeatedProgress).GroupBy(c => c.Value)
            .Select(g => new { Judged = g.Key == InsightTally.None ? null : (ProgressJudgement?)g.Key, Count = g.Sum(c => c.Count) }).ToList();

        var heads = await latestReported
            .OrderByDescending(r => r.Published).ThenByDescending(r => r.Recommendation.Id)
            .Select(r => r.Recommendation.Id).Take(RepeatsFigures.ChainsListed).ToListAsync(cancel);

        return new RepeatsFigures(
            [.. Of(InsightMeasure.Repeated).GroupBy(c => c.Year).OrderBy(g => g.Key).Select(g => (g.Key, g.Where(c => c.Value == 1).Sum(c => c.Count), g.Where(c => c.Value == 0).Sum(c => c.Count)))],
            [.. lengths.OrderBy(l => l.Inspections).Select(l => (l.Inspections, l.Count))],
            [.. themes.OrderByDescending(t => t.Count).ThenBy(t => names[t.Key], StringComparer.Ordinal).Select(t => (names[t.Key], t.Count))],
            [.. progress.OrderByDescending(p => p.Judged.HasValue).ThenByDescending(p => p.Judged).Select(p => (p.Judged, p.Count))],
            lengths.Sum(l => l.Count),
            await ChainsAsync(scope, heads, cancel));
    }

    /// <summary>The chains from these latest recommendations back, read a link at a time for all of them together.</summary>
    private static async Task<IReadOnlyList<RepeatChain>> ChainsAsync(InsightScope scope, IReadOnlyList<int> heads, CancellationToken cancel)
    {
        var published = scope.Db.Inspections.Where(i => i.Published != null);
        var steps = new Dictionary<int, (ChainStep Step, int? Earlier, bool IsRepeated)>();
        var wanted = heads.ToList();
        // A chain in the service cannot loop (each link is to an earlier inspection), but a bound keeps a bad row harmless.
        for (var depth = 0; depth < 20 && wanted.Count > 0; depth++)
        {
            var found = await (from r in scope.Db.Recommendations
                               join i in published on r.InspectionId equals i.Id
                               where wanted.Contains(r.Id)
                               select new { r.Id, Provider = i.Provider.Name, i.Published, r.Number, r.Text, Addressee = r.Addressee.Name, r.JudgedProgress, r.RepeatedFromId, r.IsRepeated })
                .ToListAsync(cancel);
            foreach (var r in found)
                steps[r.Id] = (new ChainStep(r.Provider, r.Published, r.Number, r.Text, r.Addressee, r.JudgedProgress), r.RepeatedFromId, r.IsRepeated);
            wanted = [.. found.Select(r => r.RepeatedFromId).OfType<int>().Where(id => !steps.ContainsKey(id))];
        }
        return [.. heads.Where(steps.ContainsKey).Select(head =>
        {
            var chain = new List<ChainStep>();
            int? at = head;
            var flagged = false;
            while (at is { } id && steps.TryGetValue(id, out var step) && chain.Count < steps.Count)
            {
                chain.Add(step.Step);
                flagged = step.Earlier is null && step.IsRepeated;
                at = step.Earlier;
            }
            return new RepeatChain(chain, flagged);
        })];
    }
}

public sealed record RepeatYearItem(int Year, int Linked, int FlaggedOnly);

public sealed record ChainLengthItem(int Inspections, bool OrMore, int Chains);

public sealed record RepeatedThemeItem(string Theme, int Repeated);

public sealed record RepeatedProgressItem(string Progress, int Repeated);

public sealed record ChainStepItem(string Provider, DateOnly? Published, int Number, string Text, string Addressee, string ProgressJudgedNext);

public sealed record ChainItem(int Inspections, bool EarlierNotInService, IReadOnlyList<ChainStepItem> Steps);

/// <summary><c>/api/insight/repeats</c>: the section's counts, and the latest chains (<c>chainsListed</c> of <c>chainsTotal</c>), latest first.</summary>
public sealed record RepeatsAnswer(
    int Linked, int FlaggedOnly,
    IReadOnlyList<RepeatYearItem> ByYear,
    IReadOnlyList<ChainLengthItem> ChainLengths,
    IReadOnlyList<RepeatedThemeItem> Themes,
    IReadOnlyList<RepeatedProgressItem> ProgressOfRepeated,
    int ChainsTotal, int ChainsListed,
    IReadOnlyList<ChainItem> Chains)
{
    public static RepeatsAnswer Of(RepeatsFigures f) => new(
        f.ByYear.Sum(y => y.Linked), f.ByYear.Sum(y => y.FlaggedOnly),
        [.. f.ByYear.Select(y => new RepeatYearItem(y.Year, y.Linked, y.FlaggedOnly))],
        [.. f.Lengths.Select(l => new ChainLengthItem(l.Inspections, l.Inspections == RepeatsFigures.LongestCounted, l.Chains))],
        [.. f.Themes.Select(t => new RepeatedThemeItem(t.Theme, t.Repeated))],
        [.. f.Progress.Select(p => new RepeatedProgressItem(p.Judged.Words(), p.Repeated))],
        f.ChainCount, f.Chains.Count,
        [.. f.Chains.Select(c => new ChainItem(c.Inspections, c.EarlierNotInService,
            [.. c.Steps.Select(s => new ChainStepItem(s.Provider, s.Published, s.Number, s.Text, s.Addressee, s.JudgedProgress.Words()))]))]);
}
