using System.Text.RegularExpressions;
using ActionPlans.Core.Ratings;

namespace ActionPlans.Documents.Reports;

/// <summary>
/// A standard's chapter: its heading ("2.4. Reviewing"), the line under it with the standard's statement,
/// previous and current rating, and, for rated standards, the key question table.
/// </summary>
internal sealed partial record StandardSection(
    Standard Standard,
    int Line,
    Rating? Previous,
    Rating? Current,
    IReadOnlyList<StandardSection.Row> KeyQuestions)
{
    public sealed record Row(int Line, string Text, FigureCell Current, FigureCell Previous, FigureCell AllProviders);

    /// <summary>Headings such as "2.4. Reviewing" or "4.1 Unpaid work", with the empty cells of their table row.</summary>
    public static Match MatchHeading(string line) => Heading().Match(line);

    /// <summary>The chapters of the framework's standards found between the lines from and to.</summary>
    public static IReadOnlyList<StandardSection> ReadAll(
        ReportLines lines, int from, int to, StandardsFramework framework, ICollection<Warning> warnings)
    {
        var headings = new List<(int Index, Standard Standard)>();
        for (var i = from; i < to; i++)
            if (MatchHeading(lines[i]) is { Success: true } m && framework.FindStandard(m.Groups["id"].Value) is { } standard)
                headings.Add((i, standard));

        return headings.Select((h, n) => Read(lines, h.Index, n + 1 < headings.Count ? headings[n + 1].Index : to, h.Standard, warnings)).ToList();
    }

    private static StandardSection Read(ReportLines lines, int start, int end, Standard standard, ICollection<Warning> warnings)
    {
        var line = ReportLines.NumberOf(start);
        Rating? previous = null, current = null;
        var ratingsAt = lines.NextNonEmpty(start + 1, end);
        if (ratingsAt >= 0 && lines[ratingsAt].Split('\t') is [_, var before, var now, ..])
        {
            previous = RatingWords.Parse(before);
            current = RatingWords.Parse(now);
        }
        else
            warnings.Add(new Warning(line, $"Standard {standard.Id} has no line with its previous and current rating under its heading."));

        return new StandardSection(standard, line, previous, current, standard.IsJudgement ? [] : ReadTable(lines, start, end, standard, warnings));
    }

    /// <summary>
    /// The table whose header names "Current inspection" and whose rows are questions (other tables, such
    /// as key data, have the same header). Its first header cell is either the label of the question column
    /// or already the first figures column (unpaid work has only current figures).
    /// </summary>
    private static List<Row> ReadTable(ReportLines lines, int start, int end, Standard standard, ICollection<Warning> warnings)
    {
        var header = Enumerable.Range(start + 1, Math.Max(0, end - start - 2)).FirstOrDefault(i => IsQuestionTableHeader(lines, i), -1);
        if (header < 0)
        {
            warnings.Add(new Warning(ReportLines.NumberOf(start), $"Standard {standard.Id} has no key question table."));
            return [];
        }
        var columns = lines[header].Split('\t').Select(c => Footnotes.Split(c).Text).ToList();
        if (!IsFiguresColumn(columns[0])) columns.RemoveAt(0);
        var rows = new List<Row>();
        for (var i = header + 1; i < end && lines[i].Trim().Length > 0; i++)
        {
            var cells = lines[i].Split('\t');
            var lineNumber = ReportLines.NumberOf(i);
            FigureCell Column(string name)
            {
                var at = columns.FindIndex(c => c.StartsWith(name, StringComparison.OrdinalIgnoreCase));
                return at >= 0 && at + 1 < cells.Length ? FigureCell.Read(cells[at + 1], lineNumber, warnings) : FigureCell.Missing;
            }
            rows.Add(new Row(lineNumber, Footnotes.Split(cells[0]).Text, Column("Current"), Column("Previous"), Column("All ")));
        }
        return rows;
    }

    private static bool IsQuestionTableHeader(ReportLines lines, int index) =>
        lines[index].Contains('\t')
        && lines[index].Contains("Current inspection", StringComparison.OrdinalIgnoreCase)
        && Footnotes.Split(lines[index + 1].Split('\t')[0]).Text.EndsWith('?');

    private static bool IsFiguresColumn(string header) =>
        header.StartsWith("Current", StringComparison.OrdinalIgnoreCase)
        || header.StartsWith("Previous", StringComparison.OrdinalIgnoreCase)
        || header.StartsWith("All ", StringComparison.OrdinalIgnoreCase);

    // The name runs to the first tab and only white space follows it; the spaces before the name are taken at once,
    // so a long run of them is not tried from every position.
    [GeneratedRegex(@"^(?<id>[0-9]\.[0-9])\.?(?>\s+)[^\t]+\t\s*$", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex Heading();
}
