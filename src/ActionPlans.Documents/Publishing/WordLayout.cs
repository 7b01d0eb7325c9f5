using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ActionPlans.Documents.Publishing;

/// <summary>
/// The parts every Word document the service writes is made of: landscape A4 with half-inch margins, Arial,
/// the Title and heading styles, ruled tables whose heading row repeats on every page, and text made safe for XML.
/// </summary>
internal static class WordLayout
{
    // Landscape A4 in twentieths of a point, with half-inch margins.
    private const int PageWidth = 16838, PageHeight = 11906, Margin = 720;

    public static byte[] Write(string title, Func<IEnumerable<OpenXmlElement>> content, params Style[] styles) =>
        Write(title, _ => content(), styles);

    public static byte[] Write(string title, Func<MainDocumentPart, IEnumerable<OpenXmlElement>> content, params Style[] styles)
    {
        using var buffer = new MemoryStream();
        Write(buffer, title, content, styles);
        return buffer.ToArray();
    }

    /// <summary>Writes the document to <paramref name="output"/>, which need not be seekable.</summary>
    public static void Write(Stream output, string title, Func<IEnumerable<OpenXmlElement>> content, params Style[] styles) =>
        Write(output, title, _ => content(), styles);

    /// <summary>A document whose content adds parts of its own (pictures) to the main part as it is written.</summary>
    public static void Write(Stream output, string title, Func<MainDocumentPart, IEnumerable<OpenXmlElement>> content, params Style[] styles)
    {
        if (!output.CanSeek)
        {
            // The package is a zip whose directory is written last; build it where it can be.
            output.Write(Write(title, content, styles));
            return;
        }
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = PrintableText.Clean(title);
        document.PackageProperties.Language = "en-GB";
        var main = document.AddMainDocumentPart();
        var all = Styles();
        all.Append(styles);
        main.AddNewPart<StyleDefinitionsPart>().Styles = all;
        main.Document = new Document(new Body([.. content(main), Section()]));
    }

    public static Table Table(int[] columns) => new(
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
    public static TableRow HeaderRow(int[] columns, IReadOnlyList<string> headings)
    {
        var row = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        for (var i = 0; i < columns.Length; i++) row.Append(Cell(columns[i], [Paragraph(headings[i], bold: true)], shaded: true));
        return row;
    }

    public static TableCell Cell(int width, List<Paragraph> paragraphs, MergedCellValues? merge = null, int span = 1, bool shaded = false)
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

    public static Paragraph Heading(string text) => Paragraph(text, "Heading1");

    public static List<Paragraph> Paragraphs(string? text, string? style = null) =>
        [.. PrintableText.Paragraphs(text).Select(p => Paragraph(p, style))];

    public static Paragraph Paragraph(string text, string? style = null, bool bold = false)
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
            new StyleRunProperties(new Bold(), new FontSize { Val = "24" })) { Type = StyleValues.Paragraph, StyleId = "Heading1" });
}
