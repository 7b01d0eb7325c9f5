using ActionPlans.Core.Insight;
using ActionPlans.Core.Ratings;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Documents.Insight;
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
        var framework = Frameworks.Load(Frameworks.AdultProbation2018);
        var inspections = scope.Inspections;
        var rated = scope.Db.StandardResults.Where(s => s.StatedRating != null && inspections.Any(i => i.Id == s.InspectionId));

        var byStandard = await rated.GroupBy(s => new { s.StandardId, s.StatedRating })
            .Select(g => new { g.Key.StandardId, Rating = g.Key.StatedRating!.Value, Count = g.Count() }).ToListAsync(cancel);
        var standards = byStandard.GroupBy(r => r.StandardId)
            .Select(g => new StandardRatings(g.Key, NameOf(framework, g.Key), RatingCounts.Of(g.Select(r => (r.Rating, r.Count)))))
            .OrderBy(s => s.Id, StringComparer.Ordinal).ToList();

        var byYear = await (from s in rated
                            join i in inspections on s.InspectionId equals i.Id
                            group s by new { i.Published!.Value.Year, s.StatedRating } into g
                            select new { g.Key.Year, Rating = g.Key.StatedRating!.Value, Count = g.Count() }).ToListAsync(cancel);
        var byProvider = await (from s in rated
                                join i in inspections on s.InspectionId equals i.Id
                                group s by new { i.Provider.Name, s.StatedRating } into g
                                select new { g.Key.Name, Rating = g.Key.StatedRating!.Value, Count = g.Count() }).ToListAsync(cancel);

        // Figures are grouped by value in the database and banded here, so the framework's bands apply once, in Core.
        var figures = await scope.Db.StandardResults.Where(s => inspections.Any(i => i.Id == s.InspectionId))
            .SelectMany(s => s.KeyQuestions).Where(k => k.Current != null)
            .GroupBy(k => k.Current).Select(g => new { Value = g.Key!.Value, Count = g.Count() }).ToListAsync(cancel);
        var bands = RatingCounts.Of(figures.Select(f => (framework.Rules.BandOf(f.Value), f.Count)));

        var moves = await rated.Where(s => s.PreviousRating != null)
            .GroupBy(s => new { s.StandardId, s.StatedRating, s.PreviousRating })
            .Select(g => new { g.Key.StandardId, Stated = g.Key.StatedRating!.Value, Previous = g.Key.PreviousRating!.Value, Count = g.Count() })
            .ToListAsync(cancel);
        var changes = moves.GroupBy(m => m.StandardId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            int Count(RatingChange change) => g.Where(m => RatingChanges.Between(m.Previous, m.Stated) == change).Sum(m => m.Count);
            return new StandardChanges(g.Key, NameOf(framework, g.Key), Count(RatingChange.Improved), Count(RatingChange.Same), Count(RatingChange.Declined));
        }).ToList();

        var standardCount = framework.Standards.Count();
        var scores = await rated.GroupBy(s => s.InspectionId)
            .Select(g => new
            {
                Rated = g.Count(),
                Score = g.Sum(s => s.StatedRating == Rating.Outstanding ? 3 : s.StatedRating == Rating.Good ? 2 : s.StatedRating == Rating.RequiresImprovement ? 1 : 0),
            })
            .Where(x => x.Rated == standardCount)
            .GroupBy(x => x.Score).Select(g => new { Score = g.Key, Count = g.Count() })
            .OrderBy(x => x.Score).ToListAsync(cancel);
        var overall = RatingCounts.Of(scores.Select(s => (framework.Rules.OverallFor(s.Score), s.Count)));

        return new RatingsFigures(standards, overall,
            [.. byYear.GroupBy(r => r.Year).OrderBy(g => g.Key).Select(g => (g.Key, RatingCounts.Of(g.Select(r => (r.Rating, r.Count)))))],
            [.. byProvider.GroupBy(r => r.Name).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, RatingCounts.Of(g.Select(r => (r.Rating, r.Count)))))],
            bands, changes, [.. scores.Select(s => (s.Score, s.Count))], framework.Rules.MaximumScore);
    }

    private static string NameOf(StandardsFramework framework, string id) => framework.FindStandard(id)?.Name ?? "";
}
