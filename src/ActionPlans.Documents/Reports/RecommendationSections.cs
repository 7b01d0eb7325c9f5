using System.Text.RegularExpressions;
using ActionPlans.Core.Recommendations;

namespace ActionPlans.Documents.Reports;

/// <summary>
/// The "Recommendations" chapter: first the previous inspection's recommendations (italic, each followed
/// by "… has made some progress …" and commentary), then the new ones under "New recommendations".
/// </summary>
internal static partial class RecommendationSections
{
    private const string PreviousHeading = "Achievement of recommendations from the previous inspection";
    private const string NewHeading = "New recommendations";

    public static IReadOnlyList<PreviousRecommendation> ReadPrevious(ReportLines lines, ICollection<Warning> warnings)
    {
        var start = lines.FindHeading(PreviousHeading);
        if (start < 0) return [];
        var end = lines.FindHeading(NewHeading, start);
        if (end < 0) end = lines.Count;

        var found = new List<(int Line, int Number, string Text, ProgressJudgement? Progress)>();
        for (var i = start + 1; i < end; i++)
        {
            if (Numbered().Match(lines[i]) is { Success: true } item)
                found.Add((ReportLines.NumberOf(i), int.Parse(item.Groups["number"].Value), Plain(item.Groups["text"].Value), null));
            else if (Progress().Match(lines[i]) is { Success: true } progress && found.Count > 0 && found[^1].Progress is null)
                found[^1] = found[^1] with { Progress = JudgementOf(progress.Groups["judgement"].Value) };
        }
        foreach (var missing in found.Where(f => f.Progress is null))
            warnings.Add(new Warning(missing.Line, $"Previous recommendation {missing.Number} has no progress judgement."));
        return found.Select(f => new PreviousRecommendation(f.Number, f.Text, f.Progress)).ToList();
    }

    public static IReadOnlyList<ReportedRecommendation> ReadNew(ReportLines lines, ICollection<Warning> warnings)
    {
        var start = lines.FindHeading(NewHeading);
        if (start < 0)
        {
            warnings.Add(new Warning(1, "The report has no \"New recommendations\" section."));
            return [];
        }
        string? addressee = null;
        var found = new List<ReportedRecommendation>();
        for (var i = start + 1; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || Footnotes.TryRead(line, out _, out _)) continue;
            if (Addressee().Match(line) is { Success: true } to)
                addressee = to.Groups["body"].Value.Trim();
            else if (Numbered().Match(line) is { Success: true } item)
                found.Add(new ReportedRecommendation(int.Parse(item.Groups["number"].Value), Plain(item.Groups["text"].Value), false, addressee));
            else if (line.Contains("repeated from the previous inspection", StringComparison.OrdinalIgnoreCase) && found.Count > 0)
                found[^1] = found[^1] with { Repeated = true };
            else if (found.Count > 0)
                break; // the next chapter begins; before the first item this is the introduction
        }
        for (var n = 0; n < found.Count; n++)
            if (found[n].Number != n + 1)
                warnings.Add(new Warning(ReportLines.NumberOf(start), $"New recommendation {found[n].Number} is out of sequence."));
        return found;
    }

    private static ProgressJudgement JudgementOf(string word) =>
        word.ToLowerInvariant() switch
        {
            "sufficient" => ProgressJudgement.Sufficient,
            "some" => ProgressJudgement.Some,
            _ => ProgressJudgement.None,
        };

    /// <summary>The text without italics marks and trailing footnote marks.</summary>
    private static string Plain(string text) => Footnotes.Split(text.Replace("*", "")).Text;

    [GeneratedRegex(@"^\s*(?<number>[0-9]{1,2})\.\s+(?<text>\S.*)$", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"has made (?<judgement>sufficient|some|no) progress", RegexOptions.IgnoreCase, Core.PatternTimeout.Milliseconds)]
    private static partial Regex Progress();

    // The body ends in a non-space, so each run of spaces is tried once, not from every position in it.
    [GeneratedRegex(@"^(?<body>.*?\S)\s+should:$", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex Addressee();
}
