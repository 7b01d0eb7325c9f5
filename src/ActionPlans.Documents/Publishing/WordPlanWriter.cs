using System.Globalization;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Vocabulary;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static ActionPlans.Documents.Publishing.WordLayout;

namespace ActionPlans.Documents.Publishing;

/// <summary>
/// Writes a published plan as a Word document in the template's layout: landscape A4, the front matter,
/// the definitions, the six-column plan and the summary of responses.
/// </summary>
/// <remarks>
/// Each action has a table row of its own, so its owner and target date sit beside it; the number,
/// recommendation and response cells are merged down over the recommendation's rows. Narrative
/// paragraphs come first, in a row with no owner or target. Action paragraphs carry the
/// <see cref="ActionStyle"/> style so that <see cref="WordPlanReader"/> can tell an action without an
/// owner or target from narrative.
/// </remarks>
public static class WordPlanWriter
{
    public const string ActionStyle = "PlanAction";

    private static readonly int[] PlanColumns = PlanTerms.PlanColumnWidths;
    private static readonly int[] DefinitionColumns = PlanTerms.DefinitionColumnWidths;
    private static readonly int[] SummaryColumns = [3000, 1200];

    public static byte[] Write(PublishedPlan plan) => WordLayout.Write(PlanTerms.Title(plan.Provider), () => Content(plan), ActionStyleDefinition());

    /// <summary>Writes the document to <paramref name="output"/>, which need not be seekable.</summary>
    public static void Write(PublishedPlan plan, Stream output) => WordLayout.Write(output, PlanTerms.Title(plan.Provider), () => Content(plan), ActionStyleDefinition());

    private static IEnumerable<OpenXmlElement> Content(PublishedPlan plan) =>
        [.. FrontMatter(plan), .. Definitions(), Heading(PlanTerms.Title(plan.Provider)), PlanTable(plan),
         Heading(PlanTerms.SummaryTitle), SummaryTable(plan.Summary)];

    private static IEnumerable<OpenXmlElement> FrontMatter(PublishedPlan plan)
    {
        yield return Paragraph(PlanTerms.SubmittedPrefix + PlanTerms.Day(plan.Submitted), "Title");
        yield return Paragraph(PlanTerms.ProviderPrefix + plan.Provider, "Title");
        yield return Paragraph(PlanTerms.PublishedPrefix + PlanTerms.Day(plan.ReportPublished), "Title");
        yield return Heading(PlanTerms.Introduction);
        yield return Paragraph(string.Join(" ", PlanTerms.IntroductionText));
    }

    private static IEnumerable<OpenXmlElement> Definitions()
    {
        var table = Table(DefinitionColumns);
        table.Append(HeaderRow(DefinitionColumns, PlanTerms.DefinitionHeadings));
        foreach (var (kind, definition, comment) in PlanTerms.Definitions)
            table.Append(new TableRow(
                Cell(DefinitionColumns[0], [Paragraph(kind.Words(), bold: true)]),
                Cell(DefinitionColumns[1], [Paragraph(definition)]),
                Cell(DefinitionColumns[2], [Paragraph(comment)])));
        yield return table;
        yield return new Paragraph();
    }

    private static Table PlanTable(PublishedPlan plan)
    {
        var table = Table(PlanColumns);
        table.Append(HeaderRow(PlanColumns, PlanTerms.ColumnHeadings));
        string? addressee = null;
        for (var i = 0; i < plan.Recommendations.Count; i++)
        {
            var recommendation = plan.Recommendations[i];
            if (PlanTerms.NeedsHeader(plan.Provider, addressee, recommendation.Addressee, i == 0))
                table.Append(new TableRow(Cell(PlanColumns.Sum(), [Paragraph(PlanTerms.AddresseeHeader(recommendation.Addressee!), bold: true)], span: PlanColumns.Length)));
            addressee = recommendation.Addressee ?? addressee;
            table.Append(RecommendationRows(recommendation));
        }
        return table;
    }

    private static IEnumerable<TableRow> RecommendationRows(PublishedRecommendation recommendation)
    {
        var parts = Parts(recommendation).ToList();
        if (parts.Count == 0) parts.Add(([], null, null));
        var merged = parts.Count > 1;
        for (var i = 0; i < parts.Count; i++)
        {
            var (work, owner, target) = parts[i];
            var first = i == 0;
            yield return new TableRow(
                Cell(PlanColumns[0], first ? [Paragraph(recommendation.Number.ToString(CultureInfo.InvariantCulture))] : [], Merge(merged, first)),
                Cell(PlanColumns[1], first ? Paragraphs(recommendation.ShownText) : [], Merge(merged, first)),
                Cell(PlanColumns[2], first && recommendation.Response is { } kind ? [Paragraph(kind.Words(), bold: true)] : [], Merge(merged, first)),
                Cell(PlanColumns[3], work),
                Cell(PlanColumns[4], Paragraphs(owner)),
                Cell(PlanColumns[5], Paragraphs(target)));
        }
    }

    /// <summary>The response column's parts: the narrative (with the reasons), then each action with its owner and target.</summary>
    private static IEnumerable<(List<Paragraph> Work, string? Owner, string? Target)> Parts(PublishedRecommendation recommendation)
    {
        var narrative = recommendation.ResponseParagraphs.SelectMany(p => Paragraphs(p)).ToList();
        if (narrative.Count > 0) yield return (narrative, null, null);
        foreach (var action in recommendation.Actions)
            yield return (Paragraphs(action.ShownText, ActionStyle), action.Owner, action.Target);
    }

    private static Table SummaryTable(ResponseSummary summary)
    {
        var table = Table(SummaryColumns);
        table.Append(new TableRow(
            new TableRowProperties(new TableHeader()),
            Cell(SummaryColumns.Sum(), [Paragraph(PlanTerms.SummaryHeading, bold: true)], span: 2, shaded: true)));
        foreach (var (label, count) in PlanTerms.SummaryRows(summary))
            table.Append(new TableRow(
                Cell(SummaryColumns[0], [Paragraph(label, bold: label == PlanTerms.Total)]),
                Cell(SummaryColumns[1], [Paragraph(count.ToString(CultureInfo.InvariantCulture), bold: label == PlanTerms.Total)])));
        return table;
    }

    private static MergedCellValues? Merge(bool merged, bool first) =>
        !merged ? null : first ? MergedCellValues.Restart : MergedCellValues.Continue;

    private static Style ActionStyleDefinition() =>
        new(new StyleName { Val = "Plan action" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = ActionStyle };
}
