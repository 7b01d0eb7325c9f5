using ActionPlans.Documents.Charts;
using ActionPlans.Documents.Publishing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static ActionPlans.Documents.Publishing.WordLayout;
using A = DocumentFormat.OpenXml.Drawing;
using Pictures = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ActionPlans.Documents.Insight;

/// <summary>
/// Writes the insight report as a Word document, landscape A4 like the plans: a title page with the filters in words, then
/// each section with every figure's chart as a PNG picture (its alternative text gives every figure) and its table.
/// </summary>
public static class WordInsightReportWriter
{
    // A pixel at 96 to the inch, in English Metric Units; pictures are kept within 6 inches high.
    private const long Emu = 9525, MostHeight = 6 * 914400;
    private const int FirstColumn = 4200, TableWidth = 15398;

    public static byte[] Write(InsightReport report) => WordLayout.Write(InsightReport.Title, main => Content(report, main), SubHeading());

    private static IEnumerable<OpenXmlElement> Content(InsightReport report, MainDocumentPart main)
    {
        yield return Paragraph(InsightReport.Title, "Title");
        foreach (var line in report.Particulars) yield return Paragraph(line);
        var picture = 0u;
        foreach (var section in report.Sections)
        {
            yield return new Paragraph(new Run(new Break { Type = BreakValues.Page }));
            yield return Heading(section.Title);
            yield return Paragraph(section.Summary);
            foreach (var figure in section.Figures)
            {
                yield return Paragraph(figure.Title, "Heading2");
                if (figure.Rows.Count == 0)
                {
                    yield return Paragraph(InsightReport.NothingToCount);
                    continue;
                }
                yield return Chart(main, figure, ++picture);
                yield return Paragraph(BarChartPng.Key(figure));
                var columns = Columns(figure.Columns.Count);
                var table = Table(columns);
                table.Append(HeaderRow(columns, InsightReport.Headings(figure)));
                foreach (var row in InsightReport.Cells(figure))
                    table.Append(new TableRow(row.Select((text, i) => Cell(columns[i], [Paragraph(text)]))));
                yield return table;
            }
        }
    }

    private static int[] Columns(int count)
    {
        var other = Math.Min(2000, (TableWidth - FirstColumn) / Math.Max(1, count - 1));
        return [FirstColumn, .. Enumerable.Repeat(other, count - 1)];
    }

    /// <summary>The chart as an inline picture whose alternative text is the chart's description.</summary>
    private static Paragraph Chart(MainDocumentPart main, InsightFigure figure, uint id)
    {
        var image = main.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(BarChartPng.Render(figure))) image.FeedData(png);
        var relationship = main.GetIdOfPart(image);
        var (cx, cy) = (BarChartPng.Width * Emu, BarChartPng.Height(figure) * Emu);
        if (cy > MostHeight) (cx, cy) = (cx * MostHeight / cy, MostHeight);
        var name = $"Chart {id}";
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = cx, Cy = cy },
            new Wp.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Wp.DocProperties { Id = id, Name = name, Title = PrintableText.Clean(figure.Title), Description = PrintableText.Clean(BarChart.Description(figure)) },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pictures.Picture(
                    new Pictures.NonVisualPictureProperties(
                        new Pictures.NonVisualDrawingProperties { Id = id, Name = name + ".png" },
                        new Pictures.NonVisualPictureDrawingProperties()),
                    new Pictures.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
                    new Pictures.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Paragraph(new Run(new Drawing(inline)));
    }

    private static Style SubHeading() =>
        new(new StyleName { Val = "heading 2" }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "200", After = "80" }, new OutlineLevel { Val = 1 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "22" }))
        { Type = StyleValues.Paragraph, StyleId = "Heading2" };
}
