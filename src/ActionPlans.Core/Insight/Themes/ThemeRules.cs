using System.Text.RegularExpressions;

namespace ActionPlans.Core.Insight.Themes;

/// <summary>
/// Places a recommendation's text in themes by their phrases. A phrase is words that must follow one another in the
/// text, ignoring case and punctuation; a word ending in <c>*</c> matches every word that starts with it ("allocat*":
/// allocate, allocation), and <c>*</c> alone matches any one word ("share * information"). Matching walks the text's
/// words once per phrase, so its time grows with the text, never worse.
/// </summary>
public sealed partial class ThemeRules
{
    private readonly IReadOnlyList<(int Theme, string[][] Phrases)> _themes;

    public ThemeRules(IEnumerable<(int Theme, string Phrases)> themes) =>
        _themes = [.. themes.Select(t => (t.Theme, PhrasesOf(t.Phrases)))];

    /// <summary>The themes whose phrases occur in the text.</summary>
    public IReadOnlySet<int> Match(string text)
    {
        var words = WordsOf(text);
        return _themes.Where(t => t.Phrases.Any(p => Occurs(p, words))).Select(t => t.Theme).ToHashSet();
    }

    /// <summary>The phrases of one theme, each as its words; a line with no words is no phrase.</summary>
    public static string[][] PhrasesOf(string phrases) =>
        [.. phrases.Split('\n').Select(line => Token().Matches(line.ToLowerInvariant()).Select(m => m.Value).ToArray()).Where(p => p.Length > 0)];

    private static string[] WordsOf(string text) => [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    private static bool Occurs(string[] phrase, string[] words)
    {
        for (var start = 0; start + phrase.Length <= words.Length; start++)
        {
            var all = true;
            for (var i = 0; i < phrase.Length && all; i++) all = Fits(phrase[i], words[start + i]);
            if (all) return true;
        }
        return false;
    }

    private static bool Fits(string pattern, string word) =>
        pattern == "*" || (pattern.EndsWith('*') ? word.StartsWith(pattern[..^1], StringComparison.Ordinal) : word == pattern);

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex Word();

    // A phrase's words may carry the wildcard.
    [GeneratedRegex(@"[\p{L}\p{N}]+\*?|\*", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex Token();
}
