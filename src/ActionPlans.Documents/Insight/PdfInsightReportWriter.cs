using ActionPlans.Documents.Charts;
using ActionPlans.Documents.Publishing;
using UglyToad.PdfPig.Writer;

namespace ActionPlans.Documents.Insight;

/// <summary>
/// Writes the insight report as a PDF laid out like the plans' (landscape A4, DejaVu Sans embedded, "Page N of M"):
/// the title page with the filters in words, then each section with every figure's chart as a picture and its table.
/// </summary>
/// <remarks>Like the plan's PDF it is not tagged for accessibility: the Word form, whose pictures carry alternative text, is the accessible one.</remarks>
public static class PdfInsightReportWriter
{
    public static byte[] Write(InsightReport report)
    {
        using var document = new PdfDocumentBuilder();
        document.DocumentInformation.Title = InsightReport.Title;
        document.DocumentInformation.Subject = "National figures from published inspection reports and action plans";

        var pages = new PlanPages(document);
        pages.Paragraph(InsightReport.Title, pages.Title);
        foreach (var line in report.Particulars) pages.Paragraph(line, pages.Body);
        foreach (var section in report.Sections)
        {
            pages.PageBreak();
            pages.Heading(section.Title);
            pages.Paragraph(section.Summary, pages.Body);
            foreach (var figure in section.Figures)
            {
                pages.Heading(figure.Title);
                if (figure.Rows.Count == 0)
                {
                    pages.Paragraph(InsightReport.NothingToCount, pages.Body);
                    continue;
                }
                pages.Picture(BarChartPng.Render(figure), BarChartPng.Width, BarChartPng.Height(figure));
                pages.Paragraph(BarChartPng.Key(figure), pages.Body);
                var columns = Columns(figure.Columns.Count);
                pages.Table(columns, InsightReport.Headings(figure),
                    InsightReport.Cells(figure).Select(row => pages.Row(columns, [.. row.Select((text, i) => pages.Lines(text, columns[i]))])));
            }
        }
        pages.NumberPages();
        return document.Build();
    }

    private static double[] Columns(int count)
    {
        const double First = 220;
        var other = Math.Min(90, (PlanPages.TextWidth - First) / Math.Max(1, count - 1));
        return [First, .. Enumerable.Repeat(other, count - 1)];
    }
}
