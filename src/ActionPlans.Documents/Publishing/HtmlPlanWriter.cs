using System.Net;
using System.Text;
using ActionPlans.Core.Vocabulary;

namespace ActionPlans.Documents.Publishing;

/// <summary>
/// A plan as one self-contained HTML document in the standard layout: real table markup with header
/// cells, every text encoded, no script. For saving or printing outside the service.
/// </summary>
public static class HtmlPlanWriter
{
    public static string Write(PublishedPlan plan)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(PlanTerms.Title(plan.Provider))).Append("</title>\n<style>")
            .Append("body{font-family:Arial,sans-serif;margin:2em;}table{border-collapse:collapse;width:100%;margin-bottom:2em;}")
            .Append("th,td{border:1px solid #505a5f;padding:.4em;vertical-align:top;text-align:left;}thead th{background:#f3f2f1;}")
            .Append("p{margin:0 0 .5em;}</style>\n</head>\n<body>\n");
        html.Append("<p>").Append(E(PlanTerms.SubmittedPrefix + PlanTerms.Day(plan.Submitted))).Append("</p>\n");
        html.Append("<h1>").Append(E(PlanTerms.ProviderPrefix + plan.Provider)).Append("</h1>\n");
        html.Append("<p>").Append(E(PlanTerms.PublishedPrefix + PlanTerms.Day(plan.ReportPublished))).Append("</p>\n");
        html.Append("<h2>").Append(E(PlanTerms.Introduction)).Append("</h2>\n");
        foreach (var paragraph in PlanTerms.IntroductionText) html.Append("<p>").Append(E(paragraph)).Append("</p>\n");

        html.Append("<table>\n<thead><tr>");
        foreach (var heading in PlanTerms.DefinitionHeadings) html.Append("<th scope=\"col\">").Append(E(heading)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var (kind, definition, comment) in PlanTerms.Definitions)
            html.Append("<tr><th scope=\"row\">").Append(E(kind.Words())).Append("</th><td>").Append(E(definition)).Append("</td><td>").Append(E(comment)).Append("</td></tr>\n");
        html.Append("</tbody>\n</table>\n");

        html.Append("<table>\n<caption>").Append(E(PlanTerms.Title(plan.Provider))).Append("</caption>\n<thead><tr>");
        foreach (var heading in PlanTerms.ColumnHeadings) html.Append("<th scope=\"col\">").Append(E(heading)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        string? previous = null;
        foreach (var (row, index) in plan.Recommendations.Select((r, i) => (r, i)))
        {
            if (PlanTerms.NeedsHeader(plan.Provider, previous, row.Addressee, index == 0))
                html.Append("<tr><th colspan=\"6\" scope=\"rowgroup\">").Append(E(PlanTerms.AddresseeHeader(row.Addressee!))).Append("</th></tr>\n");
            previous = row.Addressee;
            var span = Math.Max(1, row.Actions.Count);
            html.Append("<tr><th scope=\"row\" rowspan=\"").Append(span).Append("\">").Append(row.Number).Append("</th>")
                .Append("<td rowspan=\"").Append(span).Append("\">").Append(Paragraphs(row.ShownText)).Append("</td>")
                .Append("<td rowspan=\"").Append(span).Append("\">").Append(E(row.Response is { } kind ? kind.Words() : "")).Append("</td>");
            var lead = string.Concat(row.ResponseParagraphs.Select(p => "<p>" + E(p) + "</p>"));
            if (row.Actions.Count == 0) html.Append("<td>").Append(lead).Append("</td><td></td><td></td></tr>\n");
            foreach (var (action, position) in row.Actions.Select((a, i) => (a, i)))
            {
                if (position > 0) html.Append("<tr>");
                html.Append("<td>").Append(position == 0 ? lead : "").Append(Paragraphs(action.ShownText)).Append("</td><td>")
                    .Append(E(action.Owner ?? "")).Append("</td><td>").Append(E(action.Target ?? "")).Append("</td></tr>\n");
            }
        }
        html.Append("</tbody>\n</table>\n");

        html.Append("<table>\n<caption>").Append(E(PlanTerms.SummaryTitle)).Append("</caption>\n<thead><tr><th scope=\"col\">")
            .Append(E(PlanTerms.SummaryHeading)).Append("</th><th scope=\"col\"></th></tr></thead>\n<tbody>\n");
        var summary = plan.Summary;
        foreach (var (words, count) in PlanTerms.SummaryRows(summary))
            html.Append("<tr><th scope=\"row\">").Append(E(words)).Append("</th><td>").Append(count).Append("</td></tr>\n");
        html.Append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Paragraphs(string text) => string.Concat(PrintableText.Paragraphs(text).Select(p => "<p>" + E(p) + "</p>"));

    private static string E(string text) => WebUtility.HtmlEncode(PrintableText.Clean(text));
}
