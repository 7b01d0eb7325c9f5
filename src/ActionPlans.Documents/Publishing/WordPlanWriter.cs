using System.Globalization;
using ActionPlans.Core.Plans;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

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

    // Landscape A4 in twentieths of a point, with half-inch margins.
    private const int PageWidth = 16838, PageHeight = 11906, Margin = 720;
    private static readonly int[] PlanColumns = PlanTerms.PlanColumnWidths;
    private static readonly int[] DefinitionColumns = PlanTerms.DefinitionColumnWidths;
    private static readonly int[] SummaryColumns = [3000, 1200];

    public static byte[] Write(PublishedPlan plan)
    {
        using var buffer = new MemoryStream();
        Write(plan, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the document to <paramref name="output"/>, which need not be seekable.</summary>
    public static void Write(PublishedPlan plan, Stream output)
    {
        if (!output.CanSeek)
        {
            // The package is a zip whose directory is written last; build it where it can be.
            output.Write(Write(plan));
            return;
        }
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = PrintableText.Clean(PlanTerms.Title(plan.Provider));
        document.PackageProperties.Language = "en-GB";
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        main.Document = new Document(new Body(
            [.. FrontMatter(plan), .. Definitions(), Heading(PlanTerms.Title(plan.Provider)), PlanTable(plan),
             Heading(PlanTerms.SummaryTitle), SummaryTable(plan.Summary), Section()]));
    }

    private static IEnumerable<OpenXmlElement> FrontMatter(PublishedPlan plan)
    {
        yield return Paragraph(PlanTerms.SubmittedPrefix + Day(plan.Submitted), "Title");
        yield return Paragraph(PlanTerms.ProviderPrefix + plan.Provider, "Title");
        yield return Paragraph(PlanTerms.PublishedPrefix + Day(plan.ReportPublished), "Title");
        yield return Heading(PlanTerms.Introduction);
        yield return Paragraph(string.Join(" ", PlanTerms.IntroductionText));
    }

    private static IEnumerable<OpenXmlElement> Definitions()
    {
        var table = Table(DefinitionColumns);
        table.Append(HeaderRow(DefinitionColumns, PlanTerms.DefinitionHeadings));
        foreach (var (kind, definition, comment) in PlanTerms.Definitions)
            table.Append(new TableRow(
                Cell(DefinitionColumns[0], [Paragraph(PlanTerms.Word(kind), bold: true)]),
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
                Cell(PlanColumns[2], first && recommendation.Response is { } kind ? [Paragraph(PlanTerms.Word(kind), bold: true)] : [], Merge(merged, first)),
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
        foreach (var (label, count) in new[]
                 {
                     (PlanTerms.Word(ResponseKind.Agreed), summary.Agreed),
                     (PlanTerms.Word(ResponseKind.PartlyAgreed), summary.PartlyAgreed),
                     (PlanTerms.Word(ResponseKind.NotAgreed), summary.NotAgreed),
                     (PlanTerms.Total, summary.Total),
                 })
            table.Append(new TableRow(
                Cell(SummaryColumns[0], [Paragraph(label, bold: label == PlanTerms.Total)]),
                Cell(SummaryColumns[1], [Paragraph(count.ToString(CultureInfo.InvariantCulture), bold: label == PlanTerms.Total)])));
        return table;
    }

    private static string Day(DateOnly? day) => day?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "";

    private static Table Table(int[] columns) => new(
        new TableProperties(
            new TableWidth { Width = columns.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "7F7F7F" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "7F7F7F" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "7F7F7F" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "7F7F7F" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "7F7F7F" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "7F7F7F" }),
            new TableLayout { Type = TableLayoutValues.Fixed }),
        new TableGrid(columns.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

    /// <summary>The heading row, repeated at the top of every page the table runs on.</summary>
    private static TableRow HeaderRow(int[] columns, IReadOnlyList<string> headings)
    {
        var row = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        for (var i = 0; i < columns.Length; i++) row.Append(Cell(columns[i], [Paragraph(headings[i], bold: true)], shaded: true));
        return row;
    }

    private static MergedCellValues? Merge(bool merged, bool first) =>
        !merged ? null : first ? MergedCellValues.Restart : MergedCellValues.Continue;

    private static TableCell Cell(int width, List<Paragraph> paragraphs, MergedCellValues? merge = null, int span = 1, bool shaded = false)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (merge is { } m) properties.Append(new VerticalMerge { Val = m });
        if (shaded) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9D9D9" });
        var cell = new TableCell(properties);
        // A cell must end with a paragraph, even an empty one.
        cell.Append(paragraphs.Count > 0 ? paragraphs : [new Paragraph()]);
        return cell;
    }

    private static Paragraph Heading(string text) => Paragraph(text, "Heading1");

    private static List<Paragraph> Paragraphs(string? text, string? style = null) =>
        [.. PrintableText.Paragraphs(text).Select(p => Paragraph(p, style))];

    private static Paragraph Paragraph(string text, string? style = null, bool bold = false)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        var clean = PrintableText.Clean(text).Replace('\n', ' ');
        if (clean.Length == 0) return paragraph;
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold()));
        run.Append(new Text(clean) { Space = SpaceProcessingModeValues.Preserve });
        paragraph.Append(run);
        return paragraph;
    }

    private static SectionProperties Section() => new(
        new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
        new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 360, Footer = 360, Gutter = 0 });

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                new FontSize { Val = "20" },
                new FontSizeComplexScript { Val = "20" },
                new Languages { Val = "en-GB" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "60" }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleRunProperties(new Bold(), new FontSize { Val = "26" })) { Type = StyleValues.Paragraph, StyleId = "Title" },
        new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "24" })) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
        new Style(new StyleName { Val = "Plan action" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = ActionStyle });
}
