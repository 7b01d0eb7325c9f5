using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static ActionPlans.Documents.Publishing.WordLayout;

namespace ActionPlans.Documents.Publishing.Progress;

/// <summary>
/// Writes a progress report as a Word document, landscape A4 like the plan: the particulars, the summary,
/// the chart's figures as a table (a drawn chart would be an image without its numbers), then a table of
/// actions for each recommendation, its heading row repeated on every page it runs on.
/// </summary>
public static class WordProgressReportWriter
{
    private static readonly int[] ActionColumns = DeliveryTerms.ActionColumnWidths;
    private static readonly int[] MonthColumns = DeliveryTerms.MonthColumnWidths;
    private static readonly int[] SummaryColumns = DeliveryTerms.SummaryColumnWidths;

    public static byte[] Write(ProgressReport report) => WordLayout.Write(DeliveryTerms.Title(report.Provider), () => Content(report));

    /// <summary>Writes the document to <paramref name="output"/>, which need not be seekable.</summary>
    public static void Write(ProgressReport report, Stream output) => WordLayout.Write(output, DeliveryTerms.Title(report.Provider), () => Content(report));

    private static IEnumerable<OpenXmlElement> Content(ProgressReport report)
    {
        yield return Paragraph(DeliveryTerms.Title(report.Provider), "Title");
        foreach (var line in DeliveryTerms.Particulars(report)) yield return Paragraph(line);

        yield return Heading(DeliveryTerms.SummaryTitle);
        yield return Paragraph(DeliveryTerms.Delivered(report.Summary));
        yield return FiguresTable(SummaryColumns, DeliveryTerms.SummaryHeadings,
            DeliveryTerms.SummaryRows(report.Summary).Select(r => new[] { r.Label, r.Count.ToString(CultureInfo.InvariantCulture) }));

        yield return Heading(DeliveryTerms.ChartTitle);
        yield return FiguresTable(MonthColumns, DeliveryTerms.MonthHeadings, DeliveryTerms.MonthRows(report.Series));

        foreach (var recommendation in report.Recommendations)
        {
            yield return Heading($"Recommendation {recommendation.Number}");
            foreach (var paragraph in Paragraphs(recommendation.Text)) yield return paragraph;
            yield return Paragraph(DeliveryTerms.Standing(recommendation, report.Provider), bold: true);
            if (recommendation.Actions.Count == 0)
            {
                yield return Paragraph(DeliveryTerms.NoActions);
                continue;
            }
            var table = Table(ActionColumns);
            table.Append(HeaderRow(ActionColumns, DeliveryTerms.ActionHeadings));
            foreach (var action in recommendation.Actions)
                table.Append(new TableRow(
                    Cell(ActionColumns[0], Paragraphs(action.Text)),
                    Cell(ActionColumns[1], Paragraphs(action.Owner)),
                    Cell(ActionColumns[2], Lines(DeliveryTerms.TargetLines(action))),
                    Cell(ActionColumns[3], Lines(DeliveryTerms.DeliveryLines(action), boldFirst: true)),
                    Cell(ActionColumns[4], Lines(DeliveryTerms.UpdateLines(action)))));
            yield return table;
        }
    }

    private static Table FiguresTable(int[] columns, IReadOnlyList<string> headings, IEnumerable<string[]> rows)
    {
        var table = Table(columns);
        table.Append(HeaderRow(columns, headings));
        foreach (var row in rows)
            table.Append(new TableRow(row.Select((text, i) => Cell(columns[i], [Paragraph(text, bold: text == PlanTerms.Total)]))));
        return table;
    }

    private static List<Paragraph> Lines(IReadOnlyList<string> lines, bool boldFirst = false) =>
        [.. lines.Select((line, i) => Paragraph(line, bold: boldFirst && i == 0))];
}
