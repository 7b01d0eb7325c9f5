using System.Globalization;
using UglyToad.PdfPig.Writer;

namespace ActionPlans.Documents.Publishing.Progress;

/// <summary>
/// Writes a progress report as a PDF laid out like the plan's (landscape A4, DejaVu Sans embedded, "Page N of M"
/// below): the particulars, the summary, the chart's figures as a table, then each recommendation's actions,
/// their heading row starting every page a table runs on.
/// </summary>
/// <remarks>Like the plan's PDF it is not tagged for accessibility: the Word and HTML forms are the accessible ones.</remarks>
public static class PdfProgressReportWriter
{
    private static readonly double[] ActionColumns = PlanPages.Columns(DeliveryTerms.ActionColumnWidths);
    private static readonly double[] MonthColumns = Points(DeliveryTerms.MonthColumnWidths);
    private static readonly double[] SummaryColumns = Points(DeliveryTerms.SummaryColumnWidths);

    public static void Write(ProgressReport report, Stream output) => output.Write(Write(report));

    public static byte[] Write(ProgressReport report)
    {
        using var document = new PdfDocumentBuilder();
        var title = PrintableText.Clean(DeliveryTerms.Title(report.Provider));
        document.DocumentInformation.Title = title;
        document.DocumentInformation.Subject = "Delivery of an action plan answering an HM Inspectorate of Probation inspection";

        var pages = new PlanPages(document);
        pages.Paragraph(title, pages.Title);
        foreach (var line in DeliveryTerms.Particulars(report)) pages.Paragraph(line, pages.Body);

        pages.Heading(DeliveryTerms.SummaryTitle);
        pages.Paragraph(DeliveryTerms.Delivered(report.Summary), pages.Body);
        pages.Table(SummaryColumns, DeliveryTerms.SummaryHeadings, FigureRows(pages, SummaryColumns,
            DeliveryTerms.SummaryRows(report.Summary).Select(r => new[] { r.Label, r.Count.ToString(CultureInfo.InvariantCulture) })));

        pages.Heading(DeliveryTerms.ChartTitle);
        pages.Table(MonthColumns, DeliveryTerms.MonthHeadings, FigureRows(pages, MonthColumns, DeliveryTerms.MonthRows(report.Series)));

        foreach (var recommendation in report.Recommendations)
        {
            pages.Heading($"Recommendation {recommendation.Number}");
            pages.Paragraph(recommendation.Text, pages.Body);
            pages.Paragraph(DeliveryTerms.Standing(recommendation, report.Provider), pages.Body);
            if (recommendation.Actions.Count == 0)
            {
                pages.Paragraph(DeliveryTerms.NoActions, pages.Body);
                continue;
            }
            pages.Table(ActionColumns, DeliveryTerms.ActionHeadings, recommendation.Actions.Select(action => pages.Row(ActionColumns,
            [
                pages.Lines(action.Text, ActionColumns[0]),
                pages.Lines(action.Owner, ActionColumns[1]),
                pages.Lines(Joined(DeliveryTerms.TargetLines(action)), ActionColumns[2]),
                [.. pages.Lines(DeliveryTerms.DeliveryLines(action)[0], ActionColumns[3], bold: true), .. pages.Lines(Joined(DeliveryTerms.DeliveryLines(action).Skip(1)), ActionColumns[3])],
                pages.Lines(Joined(DeliveryTerms.UpdateLines(action)), ActionColumns[4]),
            ])));
        }
        pages.NumberPages();
        return document.Build();
    }

    private static IEnumerable<PageRow> FigureRows(PlanPages pages, double[] columns, IEnumerable<string[]> rows) =>
        rows.Select(row => pages.Row(columns, [.. row.Select((text, i) => pages.Lines(text, columns[i], bold: i == 0 && text == PlanTerms.Total))]));

    private static string Joined(IEnumerable<string> lines) => string.Join("\n", lines);

    /// <summary>Widths for a table narrower than the page: twentieths of a point to points.</summary>
    private static double[] Points(int[] twips) => [.. twips.Select(t => t / 20.0)];
}
