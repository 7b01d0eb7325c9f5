using System.Text.RegularExpressions;
using ActionPlans.Core.Ratings;

namespace ActionPlans.Documents.Reports;

/// <summary>
/// The page near the front that states the score ("15/30"), the overall rating and every standard's rating:
/// a heading line "Ratings", then label lines each followed by their value.
/// </summary>
internal sealed partial record RatingsPage(int Line, int StatedScore, Rating Overall, IReadOnlyList<RatingsPage.Entry> Entries)
{
    public sealed record Entry(Standard Standard, Rating Rating, int Line);

    public static RatingsPage Read(ReportLines lines, StandardsFramework framework, ICollection<Warning> warnings)
    {
        var start = lines.Find(l => l.Trim() == "Ratings");
        if (start < 0)
        {
            var expectedBefore = lines.FindHeading("Executive summary");
            throw new ReportFormatException(
                "the report has no ratings page (a line reading \"Ratings\" followed by the score, the overall rating and each standard's rating).",
                ReportLines.NumberOf(expectedBefore < 0 ? lines.Count - 1 : expectedBefore));
        }
        var end = lines.FindHeading("Executive summary", start);
        if (end < 0) end = lines.Count;

        int? score = null;
        Rating? overall = null;
        var entries = new List<Entry>();
        for (var i = start + 1; i < end; i++)
        {
            var label = lines[i].Trim();
            if (label.Length == 0 || Footnotes.TryRead(label, out _, out _)) continue;
            var valueAt = lines.NextNonEmpty(i + 1, end);
            var value = valueAt < 0 ? "" : lines[valueAt].Trim();
            var valueLine = ReportLines.NumberOf(valueAt < 0 ? i : valueAt);
            if (label == "Score" && ScoreOutOf().Match(value) is { Success: true } s)
                score = int.Parse(s.Groups["score"].Value);
            else if (label == "Overall rating")
                overall = RatingWords.Parse(value) ?? throw new ReportFormatException($"\"{value}\" is not a rating.", valueLine);
            else if (StandardLabel().Match(label) is { Success: true } m)
            {
                var entry = ReadEntry(framework, m, value, ReportLines.NumberOf(i), valueLine, warnings);
                if (entries.Any(e => e.Standard == entry.Standard))
                    throw new ReportFormatException($"standard {entry.Standard.Id} is rated a second time.", entry.Line);
                entries.Add(entry);
            }
            else
                continue;
            i = Math.Max(i, valueAt);
        }

        var pageLine = ReportLines.NumberOf(start);
        if (score is null) throw new ReportFormatException("the ratings page states no score (such as \"15/30\").", pageLine);
        if (overall is null) throw new ReportFormatException("the ratings page states no overall rating.", pageLine);
        var missing = framework.Standards.Where(s => entries.All(e => e.Standard != s)).ToList();
        if (missing.Count > 0)
            throw new ReportFormatException(
                $"the ratings page has no rating for {string.Join(", ", missing.Select(s => $"{s.Id} {s.Name}"))}.",
                pageLine);
        return new RatingsPage(pageLine, score.Value, overall.Value, entries);
    }

    private static Entry ReadEntry(StandardsFramework framework, Match label, string value, int line, int valueLine, ICollection<Warning> warnings)
    {
        var id = label.Groups["id"].Value;
        var standard = framework.FindStandard(id)
            ?? throw new ReportFormatException($"standard {id} is not in the {framework.Id} framework.", line);
        var name = Footnotes.Split(label.Groups["name"].Value).Text;
        if (!string.Equals(name, standard.Name, StringComparison.OrdinalIgnoreCase))
            warnings.Add(new Warning(line, $"Standard {id} is called \"{name}\" here but \"{standard.Name}\" in the framework."));
        var rating = RatingWords.Parse(value)
            ?? throw new ReportFormatException($"\"{value}\" is not a rating for standard {id}.", valueLine);
        return new Entry(standard, rating, line);
    }

    [GeneratedRegex(@"^(?<score>[0-9]{1,3})\s*/\s*[0-9]{1,3}$", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex ScoreOutOf();

    [GeneratedRegex(@"^(?<id>[0-9]\.[0-9])\.?\s+(?<name>\S.*)$", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex StandardLabel();
}
