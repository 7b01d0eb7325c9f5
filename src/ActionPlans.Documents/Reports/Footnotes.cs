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
        var start = TrailingMarksStart(cell);
        if (start == cell.Length) return (cell.Trim(), []);
        var each = Mark().Matches(cell, start);
        var marks = each.Where(m => m.Groups["braced"].Success).SelectMany(m => m.Groups["braced"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse)
            .Concat(each.Where(m => m.Groups["raised"].Success).Select(m => Number(m.Groups["raised"].Value)))
            .ToList();
        return (cell[..start].Trim(), marks);
    }

    /// <summary>
    /// Where the run of marks (and the spaces between them) that ends the cell begins; the cell's length when none does.
    /// Walked back from the end, so a long run that turns out not to end the cell is looked at once, not from every start.
    /// </summary>
    private static int TrailingMarksStart(string cell)
    {
        var start = cell.Length;
        var at = cell.Length;
        while (true)
        {
            while (at > 0 && char.IsWhiteSpace(cell[at - 1])) at--;
            if (at > 0 && Superscripts.Contains(cell[at - 1]))
            {
                while (at > 0 && Superscripts.Contains(cell[at - 1])) at--;
            }
            else if (at > 0 && cell[at - 1] == '}' && cell.LastIndexOf('{', at - 1) is var open and > 0 && cell[open - 1] == '^'
                     && IsBracedNumbers(cell.AsSpan(open + 1, at - open - 2)))
            {
                at = open - 1;
            }
            else return start;
            start = at;
        }
    }

    /// <summary>"42 43": numbers of one to three digits, one space apart.</summary>
    private static bool IsBracedNumbers(ReadOnlySpan<char> inside)
    {
        foreach (var range in inside.Split(' '))
            if (inside[range] is not { Length: >= 1 and <= 3 } number || number.ContainsAnyExceptInRange('0', '9')) return false;
        return true;
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

    [GeneratedRegex(@"\^\{(?<braced>[0-9]{1,3}(?: [0-9]{1,3})*)\}|(?<raised>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex Mark();

    [GeneratedRegex(@"^\s*(?<raised>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s+(?<text>\S.*)$", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex FootnoteLine();
}
