using System.Text.RegularExpressions;

namespace ActionPlans.Documents.Reports;

/// <summary>
/// Footnote marks as PDF extraction leaves them: superscript digits ("48% ⁴⁴") or "^{42 43}" for several.
/// </summary>
internal static partial class Footnotes
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>The cell's text without its trailing marks, and the footnote numbers they point to.</summary>
    public static (string Text, IReadOnlyList<int> Marks) Split(string cell)
    {
        var match = TrailingMarks().Match(cell);
        if (!match.Success) return (cell.Trim(), []);
        var marks = match.Groups["braced"].Captures.SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse)
            .Concat(match.Groups["raised"].Captures.Select(c => Number(c.Value)))
            .ToList();
        return (cell[..match.Index].Trim(), marks);
    }

    /// <summary>A footnote's own line starts with its raised number: "⁴⁴ In this standard, …".</summary>
    public static bool TryRead(string line, out int number, out string text)
    {
        var match = FootnoteLine().Match(line);
        number = match.Success ? Number(match.Groups["raised"].Value) : 0;
        text = match.Success ? match.Groups["text"].Value.Trim() : "";
        return match.Success;
    }

    /// <summary>Every footnote of the report by number; a footnote's text is its own line.</summary>
    public static IReadOnlyDictionary<int, string> All(ReportLines lines)
    {
        var notes = new Dictionary<int, string>();
        for (var i = 0; i < lines.Count; i++)
            if (TryRead(lines[i], out var number, out var text)) notes.TryAdd(number, text);
        return notes;
    }

    private static int Number(string raised) => int.Parse(string.Concat(raised.Select(c => (char)('0' + Superscripts.IndexOf(c)))));

    [GeneratedRegex(@"(?:\s*(?:\^\{(?<braced>\d{1,3}(?: \d{1,3})*)\}|(?<raised>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})))+\s*$")]
    private static partial Regex TrailingMarks();

    [GeneratedRegex(@"^\s*(?<raised>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s+(?<text>\S.*)$")]
    private static partial Regex FootnoteLine();
}
