using System.Globalization;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Vocabulary;
using UglyToad.PdfPig.Writer;

namespace ActionPlans.Documents.Publishing;

/// <summary>
/// Writes a published plan as a PDF in the template's layout: landscape A4, the front matter, the definitions,
/// the six-column plan whose heading row starts every page it runs on, and the summary; "Page N of M" below.
/// </summary>
/// <remarks>
/// Rows too tall for the rest of a page go on at the top of the next. Each action's owner and target date
/// start on the same line as the action. Fonts are DejaVu Sans, embedded as subsets; characters it lacks
/// (emoji) are drawn as "?", and right-to-left text is drawn in stored order.
/// The PDF is not tagged for accessibility (PdfPig writes no structure tree): the Word form is the accessible one.
/// </remarks>
public static class PdfPlanWriter
{
    private static readonly double[] PlanColumns = PlanPages.Columns(PlanTerms.PlanColumnWidths);
    private static readonly double[] DefinitionColumns = PlanPages.Columns(PlanTerms.DefinitionColumnWidths);
    private static readonly double[] SummaryColumns = [150, 60];

    public static void Write(PublishedPlan plan, Stream output) => output.Write(Write(plan));

    public static byte[] Write(PublishedPlan plan)
    {
        using var document = new PdfDocumentBuilder();
        var title = PrintableText.Clean(PlanTerms.Title(plan.Provider));
        document.DocumentInformation.Title = title;
        document.DocumentInformation.Subject = "Response to the recommendations of an HM Inspectorate of Probation inspection";

        var pages = new PlanPages(document);
        pages.Paragraph(PlanTerms.SubmittedPrefix + PlanTerms.Day(plan.Submitted), pages.Title);
        pages.Paragraph(PlanTerms.ProviderPrefix + plan.Provider, pages.Title);
        pages.Paragraph(PlanTerms.PublishedPrefix + PlanTerms.Day(plan.ReportPublished), pages.Title);
        pages.Heading(PlanTerms.Introduction);
        pages.Paragraph(string.Join(" ", PlanTerms.IntroductionText), pages.Body);
        pages.Gap();
        pages.Table(DefinitionColumns, PlanTerms.DefinitionHeadings,
            PlanTerms.Definitions.Select(d => pages.Row(DefinitionColumns,
            [pages.Lines(d.Kind.Words(), DefinitionColumns[0], bold: true), pages.Lines(d.Definition, DefinitionColumns[1]), pages.Lines(d.Comment, DefinitionColumns[2])])));
        pages.Heading(title);
        pages.Table(PlanColumns, PlanTerms.ColumnHeadings, PlanRows(plan, pages));
        pages.Heading(PlanTerms.SummaryTitle);
        pages.Table(SummaryColumns, [PlanTerms.SummaryHeading, ""], SummaryRows(plan.Summary, pages));
        pages.NumberPages();
        return document.Build();
    }

    private static IEnumerable<PageRow> PlanRows(PublishedPlan plan, PlanPages pages)
    {
        string? addressee = null;
        for (var i = 0; i < plan.Recommendations.Count; i++)
        {
            var recommendation = plan.Recommendations[i];
            if (PlanTerms.NeedsHeader(plan.Provider, addressee, recommendation.Addressee, i == 0))
                yield return pages.Row([PlanColumns.Sum()], [pages.Lines(PlanTerms.AddresseeHeader(recommendation.Addressee!), PlanColumns.Sum(), bold: true)]);
            addressee = recommendation.Addressee ?? addressee;
            yield return RecommendationRow(recommendation, pages);
        }
    }

    /// <summary>One row per recommendation; in the last three columns each part starts level with the others.</summary>
    private static PageRow RecommendationRow(PublishedRecommendation recommendation, PlanPages pages)
    {
        var response = recommendation.Response is { } kind ? kind.Words() : "";
        List<TextLine> work = [], owners = [], targets = [];

        var narrative = string.Join("\n", recommendation.ResponseParagraphs);
        var parts = new List<(string Work, string? Owner, string? Target)>();
        if (!string.IsNullOrWhiteSpace(narrative)) parts.Add((narrative, null, null));
        parts.AddRange(recommendation.Actions.Select(a => (a.ShownText, a.Owner, a.Target)));

        foreach (var (part, owner, target) in parts)
        {
            // A blank line between parts, then all three columns start together.
            if (work.Count > 0) work.Add(TextLine.Blank);
            Level(work, owners, targets);
            work.AddRange(pages.Lines(part, PlanColumns[3]));
            owners.AddRange(pages.Lines(owner, PlanColumns[4]));
            targets.AddRange(pages.Lines(target, PlanColumns[5]));
        }
        return pages.Row(PlanColumns,
        [
            pages.Lines(recommendation.Number.ToString(CultureInfo.InvariantCulture), PlanColumns[0]),
            pages.Lines(recommendation.ShownText, PlanColumns[1]),
            pages.Lines(response, PlanColumns[2], bold: true),
            work, owners, targets,
        ]);
    }

    private static void Level(params List<TextLine>[] columns)
    {
        var depth = columns.Max(c => c.Count);
        foreach (var column in columns)
            while (column.Count < depth) column.Add(TextLine.Blank);
    }

    private static IEnumerable<PageRow> SummaryRows(ResponseSummary summary, PlanPages pages) =>
        PlanTerms.SummaryRows(summary).Select(s => pages.Row(SummaryColumns,
            [pages.Lines(s.Label, SummaryColumns[0], bold: s.Label == PlanTerms.Total), pages.Lines(s.Count.ToString(CultureInfo.InvariantCulture), SummaryColumns[1], bold: s.Label == PlanTerms.Total)]));
}
