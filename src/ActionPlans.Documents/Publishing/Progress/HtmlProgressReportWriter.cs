using System.Globalization;
using System.Net;
using System.Text;
using ActionPlans.Documents.Charts;

namespace ActionPlans.Documents.Publishing.Progress;

/// <summary>
/// A progress report as one self-contained HTML document: the particulars, the summary, the chart as
/// inline SVG with its figures in a table, and a table of actions per recommendation. Every text is
/// encoded; there is no script.
/// </summary>
public static class HtmlProgressReportWriter
{
    public static string Write(ProgressReport report)
    {
        var title = DeliveryTerms.Title(report.Provider);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n<style>")
            .Append("body{font-family:Arial,sans-serif;margin:2em;}table{border-collapse:collapse;width:100%;margin-bottom:2em;}")
            .Append("th,td{border:1px solid #505a5f;padding:.4em;vertical-align:top;text-align:left;}thead th{background:#f3f2f1;}")
            .Append("p{margin:0 0 .5em;}.rag-Red{color:#d4351c;font-weight:bold;}.rag-Amber{color:#8a4d00;font-weight:bold;}.rag-Green{color:#00703c;font-weight:bold;}")
            .Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n");
        foreach (var line in DeliveryTerms.Particulars(report)) html.Append("<p>").Append(E(line)).Append("</p>\n");

        html.Append("<h2>").Append(E(DeliveryTerms.SummaryTitle)).Append("</h2>\n<p>").Append(E(DeliveryTerms.Delivered(report.Summary))).Append("</p>\n");
        Table(html, DeliveryTerms.SummaryTitle, DeliveryTerms.SummaryHeadings,
            DeliveryTerms.SummaryRows(report.Summary).Select(r => new[] { r.Label, r.Count.ToString(CultureInfo.InvariantCulture) }));

        html.Append("<h2>").Append(E(DeliveryTerms.ChartTitle)).Append("</h2>\n<figure>")
            .Append(DeliveryChart.Render(report.Series, DeliveryTerms.ChartTitle))
            .Append("</figure>\n");
        Table(html, "Figures in the chart", DeliveryTerms.MonthHeadings, DeliveryTerms.MonthRows(report.Series));

        foreach (var recommendation in report.Recommendations)
        {
            html.Append("<h2>Recommendation ").Append(recommendation.Number).Append("</h2>\n")
                .Append(Paragraphs(recommendation.Text))
                .Append("<p class=\"rag-").Append(recommendation.Rag).Append("\">").Append(E(DeliveryTerms.Standing(recommendation, report.Provider))).Append("</p>\n");
            if (recommendation.Actions.Count == 0)
            {
                html.Append("<p>").Append(E(DeliveryTerms.NoActions)).Append("</p>\n");
                continue;
            }
            html.Append("<table>\n<caption>Actions for recommendation ").Append(recommendation.Number).Append("</caption>\n<thead><tr>");
            foreach (var heading in DeliveryTerms.ActionHeadings) html.Append("<th scope=\"col\">").Append(E(heading)).Append("</th>");
            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var action in recommendation.Actions)
                html.Append("<tr><th scope=\"row\">").Append(Paragraphs(action.Text)).Append("</th>")
                    .Append("<td>").Append(E(action.Owner ?? "")).Append("</td>")
                    .Append("<td>").Append(Lines(DeliveryTerms.TargetLines(action))).Append("</td>")
                    .Append("<td class=\"rag-").Append(action.Rag).Append("\">").Append(Lines(DeliveryTerms.DeliveryLines(action))).Append("</td>")
                    .Append("<td>").Append(Lines(DeliveryTerms.UpdateLines(action))).Append("</td></tr>\n");
            html.Append("</tbody>\n</table>\n");
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Table(StringBuilder html, string caption, IReadOnlyList<string> headings, IEnumerable<string[]> rows)
    {
        html.Append("<table>\n<caption>").Append(E(caption)).Append("</caption>\n<thead><tr>");
        foreach (var heading in headings) html.Append("<th scope=\"col\">").Append(E(heading)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(row[0])).Append("</th>");
            foreach (var cell in row.Skip(1)) html.Append("<td>").Append(E(cell)).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static string Lines(IEnumerable<string> lines) => string.Concat(lines.Select(l => "<p>" + E(l) + "</p>"));

    private static string Paragraphs(string text) => Lines(PrintableText.Paragraphs(text));

    private static string E(string text) => WebUtility.HtmlEncode(PrintableText.Clean(text));
}
