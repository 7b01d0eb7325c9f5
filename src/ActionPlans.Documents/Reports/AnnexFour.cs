using ActionPlans.Core.Ratings;

namespace ActionPlans.Documents.Reports;

/// <summary>
/// Annex 4: under each standard's heading, each case-sample key question (a row without figures) and the
/// prompts under it (rows with previous and current figures). Qualitative key questions are not listed.
/// </summary>
internal static class AnnexFour
{
    /// <summary>Prompts by key question id.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<ReportedPrompt>> Read(
        ReportLines lines, StandardsFramework framework, ICollection<Warning> warnings)
    {
        var prompts = new Dictionary<string, IReadOnlyList<ReportedPrompt>>();
        var start = lines.FindHeading("Annex 4");
        if (start < 0) return prompts;

        var columns = new List<string> { "Previous", "Current" };
        Standard? standard = null;
        var questions = new Queue<KeyQuestion>();
        (KeyQuestion Question, List<ReportedPrompt> Prompts)? open = null;
        for (var i = start + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            var cells = line.Split('\t');
            if (line.StartsWith('\t'))
            {
                // The column header; other rows starting with a tab are the wrapped ends of split cells.
                if (line.Contains("Current", StringComparison.OrdinalIgnoreCase)) columns = cells.Skip(1).ToList();
                continue;
            }
            if (cells.Length < 2 || Footnotes.TryRead(line, out _, out _)) continue;
            if (StandardSection.MatchHeading(line) is { Success: true } heading)
            {
                standard = framework.FindStandard(heading.Groups["id"].Value);
                questions = new Queue<KeyQuestion>(standard?.KeyQuestions.Where(q => !q.Qualitative) ?? []);
                continue;
            }
            if (standard is null) continue;
            var lineNumber = ReportLines.NumberOf(i);
            var text = Footnotes.Split(cells[0]).Text;
            if (cells.Skip(1).All(c => c.Trim().Length == 0))
            {
                if (!questions.TryDequeue(out var question))
                {
                    warnings.Add(new Warning(lineNumber, $"Annex 4 lists more key questions under {standard.Id} than the framework has."));
                    open = null;
                    continue;
                }
                var list = new List<ReportedPrompt>();
                prompts[question.Id] = list;
                open = (question, list);
                continue;
            }
            if (open is not { } current)
            {
                warnings.Add(new Warning(lineNumber, "Annex 4 gives a prompt before any key question; it is left out."));
                continue;
            }
            FigureCell Column(string name)
            {
                var at = columns.FindIndex(c => c.Trim().StartsWith(name, StringComparison.OrdinalIgnoreCase));
                return at >= 0 && at + 1 < cells.Length ? FigureCell.Read(cells[at + 1], lineNumber, warnings) : FigureCell.Missing;
            }
            var framed = current.Question.Prompts.FirstOrDefault(p => SameWords(p.Text, text));
            if (framed is null)
                warnings.Add(new Warning(lineNumber, $"This prompt is not one of the framework's under key question {current.Question.Id}."));
            current.Prompts.Add(new ReportedPrompt(framed?.Id, text, Column("Current").Value, Column("Previous").Value));
        }
        return prompts;
    }

    /// <summary>Extraction changes quotes and spacing, so prompts are compared by their letters and digits.</summary>
    private static bool SameWords(string a, string b) =>
        a.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).SequenceEqual(b.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
}
