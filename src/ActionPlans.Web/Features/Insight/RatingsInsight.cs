using ActionPlans.Core.Insight;
using ActionPlans.Core.Ratings;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Documents.Insight;
using ActionPlans.Web.Features.Insight.Tallies;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Insight;

/// <summary>One standard's ratings across the reports counted.</summary>
public sealed record StandardRatings(string Id, string Name, RatingCounts Counts);

/// <summary>How many standards improved, stayed the same or declined from the rating their previous inspection gave.</summary>
public sealed record StandardChanges(string Id, string Name, int Improved, int Same, int Declined);

/// <summary>
/// Section 1 of the insight: the ratings the reports gave, per standard, by year and by provider; the key-question
/// figures by band; the change from each standard's previous rating; and the providers' overall scores.
/// </summary>
public sealed record RatingsFigures(
    IReadOnlyList<StandardRatings> Standards,
    RatingCounts Overall,
    IReadOnlyList<(int Year, RatingCounts Counts)> ByYear,
    IReadOnlyList<(string Provider, RatingCounts Counts)> ByProvider,
    RatingCounts KeyQuestionBands,
    IReadOnlyList<StandardChanges> Changes,
    IReadOnlyList<(int Score, int Inspections)> Scores,
    int MaximumScore)
{
    private static readonly Rating[] BestFirst = [Rating.Outstanding, Rating.Good, Rating.RequiresImprovement, Rating.Inadequate];
    private static readonly string[] RatingColumns = [.. BestFirst.Select(r => r.Words())];

    public IReadOnlyList<InsightFigure> Figures =>
    [
        Counts("by-standard", "Ratings given to each standard", "Standard", Standards.Select(s => ($"{s.Id} {s.Name}", s.Counts))),
        Counts("by-year", "Ratings given to all standards, by year of report", "Year", ByYear.Select(y => (y.Year.ToString(), y.Counts))),
        Counts("by-provider", "Ratings given to all standards, by provider", "Provider", ByProvider.Select(p => (p.Provider, p.Counts))),
        Counts("key-question-bands", "Key-question figures by the band they fall in", "Key-question figures", [("All key questions", KeyQuestionBands)]),
        new("changes", "Change from each standard's previous rating", ["Standard", "Improved", "Same", "Declined"],
            [.. Changes.Select(c => new FigureRow($"{c.Id} {c.Name}", [c.Improved, c.Same, c.Declined]))]),
        new("scores", $"Overall scores (0 to {MaximumScore}) of inspections with every standard rated", ["Score", "Inspections"],
            [.. Scores.Select(s => new FigureRow(s.Score.ToString(), [s.Inspections]))]),
        Counts("overall", "Overall ratings of inspections with every standard rated", "Inspections", [("All inspections", Overall)]),
    ];

    private static InsightFigure Counts(string key, string title, string rows, IEnumerable<(string Label, RatingCounts Counts)> groups) =>
        new(key, title, [rows, .. RatingColumns], [.. groups.Select(g => new FigureRow(g.Label, [.. BestFirst.Select(r => (decimal)g.Counts[r])]))]);
}

public static class RatingsInsight
{
    public static async Task<RatingsFigures> ReadAsync(InsightScope scope, CancellationToken cancel)
    {
        var framework = InsightTallies.Framework;
        // Each figure's counts told apart by what it shows only.
        var rated = await InsightCounts.ReadAsync(scope, [InsightMeasure.Rating], cancel);
        var ratedByProvider = await InsightCounts.ReadAsync(scope, [InsightMeasure.Rating], cancel, CountedBy.Provider);
        var counts = await InsightCounts.ReadAsync(scope, [InsightMeasure.KeyQuestionBand, InsightMeasure.RatingChange, InsightMeasure.Score], cancel, CountedBy.Nothing);
        IEnumerable<InsightCount> Of(InsightMeasure measure) => counts.Where(c => c.Measure == measure);
        static RatingCounts Ratings(IEnumerable<InsightCount> counted) => RatingCounts.Of(counted.Select(c => ((Rating)c.Value, c.Count)));

        var standards = rated.GroupBy(c => c.Key).Select(g => new StandardRatings(g.Key, NameOf(framework, g.Key), Ratings(g)))
            .OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var providerIds = ratedByProvider.Select(c => c.ProviderId).Distinct().ToList();
        var providers = await scope.Db.Organisations.Where(o => providerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancel);

        // Figures are counted by band with the framework's rules, in Core.
        var bands = Ratings(Of(InsightMeasure.KeyQuestionBand));
        var changes = Of(InsightMeasure.RatingChange).GroupBy(c => c.Key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            int Count(RatingChange change) => g.Where(c => c.Value == (int)change).Sum(c => c.Count);
            return new StandardChanges(g.Key, NameOf(framework, g.Key), Count(RatingChange.Improved), Count(RatingChange.Same), Count(RatingChange.Declined));
        }).ToList();
        var scores = Of(InsightMeasure.Score).GroupBy(c => c.Value).OrderBy(g => g.Key).Select(g => (Score: g.Key, Count: g.Sum(c => c.Count))).ToList();
        var overall = RatingCounts.Of(scores.Select(s => (framework.Rules.OverallFor(s.Score), s.Count)));

        return new RatingsFigures(standards, overall,
            [.. rated.GroupBy(c => c.Year).OrderBy(g => g.Key).Select(g => (g.Key, Ratings(g)))],
            [.. ratedByProvider.GroupBy(c => providers[c.ProviderId]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, Ratings(g)))],
            bands, changes, [.. scores.Where(s => s.Count != 0)], framework.Rules.MaximumScore);
    }

    private static string NameOf(StandardsFramework framework, string id) => framework.FindStandard(id)?.Name ?? "";
}
