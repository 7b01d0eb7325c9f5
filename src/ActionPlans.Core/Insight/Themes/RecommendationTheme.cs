using ActionPlans.Core.Recommendations;

namespace ActionPlans.Core.Insight.Themes;

/// <summary>How a recommendation came to be in a theme, or out of it.</summary>
public enum ThemePlacement
{
    /// <summary>A phrase of the theme occurs in its text; worked out again whenever the rules are.</summary>
    Rule,

    /// <summary>An inspector put it in the theme.</summary>
    Inspector,

    /// <summary>An inspector took it out of the theme: the rules never put it back.</summary>
    Removed,
}

/// <summary>One recommendation's place in one theme. Counted unless an inspector took it out.</summary>
public sealed class RecommendationTheme
{
    private RecommendationTheme() { }

    /// <summary>For a recommendation not saved yet, so its id is known only once it is.</summary>
    public RecommendationTheme(Recommendation recommendation, int themeId, ThemePlacement placement)
        : this(themeId, placement) => Recommendation = recommendation;

    public RecommendationTheme(int recommendationId, int themeId, ThemePlacement placement)
        : this(themeId, placement) => RecommendationId = recommendationId;

    private RecommendationTheme(int themeId, ThemePlacement placement)
    {
        ThemeId = themeId;
        Placement = placement;
    }

    public int RecommendationId { get; private set; }
    public Recommendation? Recommendation { get; private set; }
    public int ThemeId { get; private set; }
    public ThemePlacement Placement { get; private set; }

    public bool Counts => Placement != ThemePlacement.Removed;

    /// <summary>An inspector's answer to "is it in this theme?"; an inspector's answer outlasts the rules'.</summary>
    public void Correct(bool inTheme)
    {
        if (inTheme != Counts) Placement = inTheme ? ThemePlacement.Inspector : ThemePlacement.Removed;
    }
}

/// <summary>The rules' themes for a recommendation, beside what inspectors decided.</summary>
public static class ThemeReassignment
{
    /// <summary>
    /// The themes a recommendation is in by rule: those the rules find in its text, less those an inspector has
    /// decided (in or out), whose place the rules never touch.
    /// </summary>
    public static IReadOnlyList<int> ByRule(IEnumerable<(int Theme, ThemePlacement Placement)> places, IReadOnlySet<int> matched)
    {
        var decided = places.Where(p => p.Placement != ThemePlacement.Rule).Select(p => p.Theme).ToHashSet();
        return [.. matched.Where(t => !decided.Contains(t)).Order()];
    }
}
