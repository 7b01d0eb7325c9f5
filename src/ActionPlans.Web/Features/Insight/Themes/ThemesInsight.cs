using ActionPlans.Core.Insight;
using ActionPlans.Core.Insight.Themes;
using ActionPlans.Documents.Insight;
using ActionPlans.Web.Features.Insight.Tallies;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Insight.Themes;

/// <summary>How many recommendations one theme holds, in all and by year of report and addressee.</summary>
public sealed record ThemeCounts(string Theme, int Recommendations, IReadOnlyList<(int Year, int Count)> ByYear, IReadOnlyList<(AddresseeGroup Addressee, int Count)> ByAddressee);

/// <summary>Section 2 of the insight: recommendations by theme, by theme and year, and by theme and addressee.</summary>
public sealed record ThemesFigures(IReadOnlyList<ThemeCounts> Themes, int NoTheme)
{
    public const string NoThemeWords = "No theme";

    public IReadOnlyList<InsightFigure> Figures
    {
        get
        {
            var years = Themes.SelectMany(t => t.ByYear.Select(y => y.Year)).Distinct().Order().ToList();
            var groups = Themes.SelectMany(t => t.ByAddressee.Select(a => a.Addressee)).Distinct().Order().ToList();
            return
            [
                new("by-theme", "Recommendations in each theme", ["Theme", "Recommendations"],
                    [.. Themes.Select(t => new FigureRow(t.Theme, [t.Recommendations])), new FigureRow(NoThemeWords, [NoTheme])]),
                new("by-year", "Recommendations in each theme, by year of report", ["Theme", .. years.Select(y => y.ToString())],
                    [.. Themes.Select(t => new FigureRow(t.Theme, [.. years.Select(y => (decimal)t.ByYear.Where(x => x.Year == y).Sum(x => x.Count))]))]),
                new("by-addressee", "Recommendations in each theme, by addressee", ["Theme", .. groups.Select(g => g.Words())],
                    [.. Themes.Select(t => new FigureRow(t.Theme, [.. groups.Select(g => (decimal)t.ByAddressee.Where(x => x.Addressee == g).Sum(x => x.Count))]))]),
            ];
        }
    }
}

public static class ThemesInsight
{
    public static async Task<ThemesFigures> ReadAsync(InsightScope scope, CancellationToken cancel)
    {
        var counts = await InsightCounts.ReadAsync(scope, [InsightMeasure.Theme, InsightMeasure.NoTheme], cancel);
        var placed = counts.Where(c => c.Measure == InsightMeasure.Theme).ToLookup(c => c.Value);
        var themes = await NamesAsync(scope, cancel);

        var counted = themes.Select(t => new ThemeCounts(t.Value,
                placed[t.Key].Sum(c => c.Count),
                [.. placed[t.Key].GroupBy(c => c.Year).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(c => c.Count))).Where(y => y.Item2 != 0)],
                [.. placed[t.Key].GroupBy(c => (AddresseeGroup)c.Addressee).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(c => c.Count))).Where(a => a.Item2 != 0)]))
            .OrderByDescending(t => t.Recommendations).ThenBy(t => t.Theme, StringComparer.Ordinal).ToList();
        return new ThemesFigures(counted, counts.Where(c => c.Measure == InsightMeasure.NoTheme).Sum(c => c.Count));
    }

    /// <summary>The theme names by id, for sections that count other things by theme.</summary>
    public static async Task<IReadOnlyDictionary<int, string>> NamesAsync(InsightScope scope, CancellationToken cancel) =>
        await scope.Db.Set<Theme>().AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancel);
}

public sealed record ThemeYearItem(int Year, int Recommendations);

public sealed record ThemeAddresseeItem(string Addressee, int Recommendations);

public sealed record ThemeItem(string Theme, int Recommendations, IReadOnlyList<ThemeYearItem> ByYear, IReadOnlyList<ThemeAddresseeItem> ByAddressee);

/// <summary><c>/api/insight/themes</c>: each theme's recommendations, in all, by year and by addressee; and those in no theme.</summary>
public sealed record ThemesAnswer(IReadOnlyList<ThemeItem> Themes, int NoTheme)
{
    public static ThemesAnswer Of(ThemesFigures f) => new(
        [.. f.Themes.Select(t => new ThemeItem(t.Theme, t.Recommendations,
            [.. t.ByYear.Select(y => new ThemeYearItem(y.Year, y.Count))],
            [.. t.ByAddressee.Select(a => new ThemeAddresseeItem(a.Addressee.Words(), a.Count))]))],
        f.NoTheme);
}
