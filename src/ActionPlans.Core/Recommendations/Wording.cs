using System.Text.RegularExpressions;

namespace ActionPlans.Core.Recommendations;

/// <summary>
/// How alike two statements of one recommendation are. A report and the plan that answers it word the
/// same recommendation slightly differently, so they are matched by their shared words, not by equality.
/// </summary>
public static partial class Wording
{
    /// <summary>Share of distinct words the two texts have in common (0 to 1).</summary>
    public static double Similarity(string a, string b)
    {
        var x = WordsOf(a);
        var y = WordsOf(b);
        if (x.Count == 0 || y.Count == 0) return 0;
        return (double)x.Intersect(y).Count() / x.Union(y).Count();
    }

    /// <summary>Close enough to be the same recommendation.</summary>
    public static bool Matches(string a, string b) => Similarity(a, b) >= 0.5;

    private static HashSet<string> WordsOf(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 2).ToHashSet();

    [GeneratedRegex(@"\p{L}+", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex Word();
}
