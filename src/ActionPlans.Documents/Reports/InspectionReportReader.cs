using System.Globalization;
using System.Text.RegularExpressions;
using ActionPlans.Core;
using ActionPlans.Core.Ratings;

namespace ActionPlans.Documents.Reports;

/// <summary>
/// Reads the text extracted from a published inspection report and checks its ratings against the
/// framework's rules. Unreadable structure is a <see cref="ReportFormatException"/> naming the line;
/// doubts are warnings with line numbers.
/// </summary>
public sealed partial class InspectionReportReader(StandardsFramework framework)
{
    public InspectionReportReader() : this(Frameworks.Load(Frameworks.AdultProbation2018)) { }

    /// <summary>
    /// Tells a report from an action plan by its content: a report has a title "An inspection of …",
    /// a ratings page and the inspectorate's own wording; a plan calls itself a response to the inspection.
    /// </summary>
    public static bool LooksLikeInspectionReport(string text)
    {
        if (text.Contains("A Response to the HMI Probation Inspection", StringComparison.OrdinalIgnoreCase)
            || text.Contains("Action Plan Submitted", StringComparison.OrdinalIgnoreCase))
            return false;
        var lines = new ReportLines(text);
        var signs = new[]
        {
            lines.Find(l => l.TrimStart().StartsWith("An inspection of", StringComparison.OrdinalIgnoreCase)) >= 0,
            lines.Find(l => l.Trim() == "Ratings") >= 0,
            lines.Find(l => l.Trim() == "Overall rating") >= 0,
            text.Contains("key question", StringComparison.OrdinalIgnoreCase),
            text.Contains("fieldwork", StringComparison.OrdinalIgnoreCase),
        };
        return signs.Count(s => s) >= 4;
    }

    /// <exception cref="ReportFormatException">The text is too large, has an overlong line, or lacks what every report has.</exception>
    public InspectionReport Read(string text)
    {
        if (text.Length > DocumentLimits.MaxCharacters)
            throw new ReportFormatException($"the text is {text.Length:N0} characters long; an inspection report is under {DocumentLimits.MaxCharacters:N0}.", 1);
        if (DocumentLimits.FirstOverlongLine(text) is { } overlong)
            throw new ReportFormatException($"the line is {overlong.Length:N0} characters long; a line of a report is at most {DocumentLimits.MaxLineLength:N0}.", overlong.Line);
        try
        {
            return Reading(text);
        }
        catch (RegexMatchTimeoutException)
        {
            throw new ReportFormatException("a line could not be read in time: its text defeats the reader's patterns.", 1);
        }
    }

    private InspectionReport Reading(string text)
    {
        var lines = new ReportLines(text);
        var warnings = new List<Warning>();
        var page = RatingsPage.Read(lines, framework, warnings);
        var footnotes = Footnotes.All(lines);
        var bodyEnd = lines.FindHeading("Annex 1");
        var sections = StandardSections(lines, bodyEnd < 0 ? lines.Count : bodyEnd, warnings);
        var prompts = AnnexFour.Read(lines, framework, warnings);

        var standards = framework.Standards
            .Select(s => page.Entries.Single(e => e.Standard == s))
            .Select(e => Standard(e, sections.GetValueOrDefault(e.Standard.Id), footnotes, prompts, warnings))
            .ToList();
        var score = framework.Rules.Score(standards.Select(s => s.Rating).ToList());
        if (score.Value != page.StatedScore)
            warnings.Add(new Warning(page.Line, $"The ratings add up to {score.Value}, but the report states {page.StatedScore}."));
        if (score.Overall != page.Overall)
            warnings.Add(new Warning(page.Line, $"A score of {score.Value} is {score.Overall}, but the report states {page.Overall}."));

        return new InspectionReport(
            framework.Id,
            Provider(lines),
            Published(lines, warnings),
            FieldworkStarted(lines, warnings),
            score.Value,
            page.StatedScore,
            page.Overall,
            standards,
            RecommendationSections.ReadNew(lines, warnings),
            RecommendationSections.ReadPrevious(lines, warnings),
            warnings.OrderBy(w => w.Line).ToList());
    }

    private Dictionary<string, StandardSection> StandardSections(ReportLines lines, int bodyEnd, ICollection<Warning> warnings)
    {
        var sections = new Dictionary<string, StandardSection>();
        foreach (var section in StandardSection.ReadAll(lines, 0, bodyEnd, framework, warnings))
            if (!sections.TryAdd(section.Standard.Id, section))
                warnings.Add(new Warning(section.Line, $"Standard {section.Standard.Id} has a second chapter; the first is used."));
        return sections;
    }

    private ReportedStandard Standard(
        RatingsPage.Entry entry,
        StandardSection? section,
        IReadOnlyDictionary<int, string> footnotes,
        IReadOnlyDictionary<string, IReadOnlyList<ReportedPrompt>> prompts,
        ICollection<Warning> warnings)
    {
        var standard = entry.Standard;
        var line = section?.Line ?? entry.Line;
        if (section is null)
            warnings.Add(new Warning(entry.Line, $"Standard {standard.Id} is rated but has no chapter of its own."));
        else if (section.Current is { } current && current != entry.Rating)
            warnings.Add(new Warning(section.Line, $"Standard {standard.Id} is rated {current} here but {entry.Rating} on the ratings page."));

        var rows = section?.KeyQuestions ?? [];
        if (!standard.IsJudgement && rows.Count != standard.KeyQuestions.Count)
            warnings.Add(new Warning(line, $"Standard {standard.Id} has {rows.Count} key questions here but {standard.KeyQuestions.Count} in the framework."));
        var pairs = standard.KeyQuestions.Zip(rows).ToList();
        var questions = pairs.Select(p => KeyQuestion(p.First, p.Second, prompts, warnings)).ToList();
        var figures = pairs.Where(p => !p.First.Qualitative).Select(p => new KeyQuestionFigure(p.First, p.Second.Current.Value)).ToList();
        var rationale = rows
            .SelectMany(r => new[] { r.Current, r.Previous, r.AllProviders }.SelectMany(c => c.Marks))
            .Select(mark => footnotes.GetValueOrDefault(mark))
            .FirstOrDefault(note => note is not null && PanelDecision().IsMatch(note));

        var judgement = Judge(standard, figures, entry.Rating, rationale, line, warnings);
        if (judgement.Discretion && rationale is null)
            warnings.Add(new Warning(line, $"Standard {standard.Id} is stated {entry.Rating} against the rules' {judgement.RuleRating}, and no footnote gives the panel's reason."));
        if (!judgement.Discretion && rationale is not null)
            warnings.Add(new Warning(line, $"A footnote to standard {standard.Id} speaks of professional discretion, but its rating is the rules' own."));

        return new ReportedStandard(
            standard.Id, standard.Name, entry.Rating, judgement.RuleRating, judgement.Discretion,
            judgement.AvailableGrounds, judgement.Discretion ? rationale : null, section?.Previous, questions);
    }

    private StandardRatingJudgement Judge(
        Standard standard, IReadOnlyList<KeyQuestionFigure> figures, Rating stated, string? rationale, int line, ICollection<Warning> warnings)
    {
        try
        {
            return framework.Rules.Judge(standard, figures, stated, rationale);
        }
        catch (DomainRuleException broken)
        {
            // The report is what was published: record the rating it states and flag it for a person.
            warnings.Add(new Warning(line, broken.Message));
            return new StandardRatingJudgement
            {
                StandardId = standard.Id,
                StatedRating = stated,
                RuleRating = framework.Rules.RuleRatingOf(standard, figures),
                Rationale = rationale,
            };
        }
    }

    private static ReportedKeyQuestion KeyQuestion(
        KeyQuestion question, StandardSection.Row row, IReadOnlyDictionary<string, IReadOnlyList<ReportedPrompt>> prompts, ICollection<Warning> warnings)
    {
        if (question.Qualitative && row.Current.Value is not null)
            warnings.Add(new Warning(row.Line, $"Key question {question.Id} is qualitative, but the report gives it a figure; the figure is left out."));
        if (!question.Qualitative && row.Current.Qualitative)
            warnings.Add(new Warning(row.Line, $"Key question {question.Id} is rated from cases, but the report gives it no figure."));
        return question.Qualitative
            ? new ReportedKeyQuestion(question.Id, row.Text, true, null, null, null, [])
            : new ReportedKeyQuestion(question.Id, row.Text, false, row.Current.Value, row.Previous.Value, row.AllProviders.Value,
                prompts.GetValueOrDefault(question.Id) ?? []);
    }

    /// <summary>The title page: "An inspection of probation services in:" and the provider's name over the next lines.</summary>
    private static string Provider(ReportLines lines)
    {
        var title = lines.Find(l => l.TrimStart().StartsWith("An inspection of", StringComparison.OrdinalIgnoreCase));
        if (title < 0) throw new ReportFormatException("the report has no title (\"An inspection of …\") naming the provider.", 1);
        var name = new List<string>();
        var after = lines[title].Trim()["An inspection of".Length..].Trim().TrimEnd(':', '.');
        if (!after.StartsWith("probation services in", StringComparison.OrdinalIgnoreCase) && after.Length > 0) name.Add(after);
        for (var i = title + 1; i < lines.Count && !lines[i].StartsWith("HMI Probation", StringComparison.Ordinal); i++)
        {
            if (lines[i].Trim().Length == 0 && name.Count > 0) break;
            if (lines[i].Trim().Length > 0) name.Add(lines[i].Trim());
        }
        return name.Count > 0
            ? string.Join(" ", name)
            : throw new ReportFormatException("the title names no provider.", ReportLines.NumberOf(title));
    }

    private static ReportMonth? Published(ReportLines lines, ICollection<Warning> warnings)
    {
        var at = lines.Find(l => PublishedLine().IsMatch(l.Trim()));
        if (at >= 0 && ReportMonth.Parse(PublishedLine().Match(lines[at].Trim()).Groups["month"].Value) is { } month) return month;
        warnings.Add(new Warning(1, "The title page gives no publication month (\"HMI Probation, February 2020\")."));
        return null;
    }

    private static DateOnly? FieldworkStarted(ReportLines lines, ICollection<Warning> warnings)
    {
        var at = lines.Find(l => FieldworkLine().IsMatch(l));
        if (at >= 0 && DateOnly.TryParseExact(FieldworkLine().Match(lines[at]).Groups["date"].Value, "d MMMM yyyy",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        warnings.Add(new Warning(at < 0 ? 1 : ReportLines.NumberOf(at), "The report does not say when fieldwork started."));
        return null;
    }

    [GeneratedRegex(@"^HMI Probation,\s+(?<month>[A-Z][a-z]+ [0-9]{4})$", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex PublishedLine();

    [GeneratedRegex(@"fieldwork for this inspection started on (?:[A-Z][a-z]+day )?(?<date>[0-9]{1,2} [A-Z][a-z]+ [0-9]{4})", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex FieldworkLine();

    [GeneratedRegex(@"professional (judgement|discretion)", RegexOptions.IgnoreCase, Core.PatternTimeout.Milliseconds)]
    private static partial Regex PanelDecision();
}
