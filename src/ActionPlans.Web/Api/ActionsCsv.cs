using System.Globalization;
using System.Text;
using ActionPlans.Core.Plans;
using ActionPlans.Documents.Publishing;

namespace ActionPlans.Web.Api;

/// <summary>
/// Every action of the published plans as one CSV (RFC 4180): the per-plan CSV's columns, with the plan and
/// its provider in front so that rows from many plans can be told apart.
/// </summary>
public static class ActionsCsv
{
    public static IReadOnlyList<string> Headings { get; } = ["Plan", "Provider", .. PlanCsv.Headings];

    public static string Write(IEnumerable<ActionPlan> plans)
    {
        var csv = new StringBuilder();
        Row(csv, Headings);
        foreach (var plan in plans)
            foreach (var response in plan.Responses.OrderBy(r => r.Recommendation.Number))
                foreach (var action in response.Actions.OrderBy(a => a.Position))
                    Row(csv,
                    [
                        plan.Id.ToString(CultureInfo.InvariantCulture),
                        plan.Inspection.Provider.Name,
                        response.Recommendation.Number.ToString(CultureInfo.InvariantCulture),
                        response.Recommendation.Text,
                        response.Kind is { } kind ? PlanTerms.Word(kind) : "",
                        action.Text,
                        action.Owner ?? "",
                        action.Target.Text,
                        action.Target.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                        action.CompletedAtSubmission ? "yes" : "no",
                    ]);
        return csv.ToString();
    }

    private static void Row(StringBuilder csv, IReadOnlyList<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
    }

    /// <summary>
    /// The per-plan CSV's rules (<see cref="PlanCsv"/>), which keeps its own private: control characters other
    /// than newlines dropped, tabs made spaces; a cell a spreadsheet would run as a formula (starting = + - @)
    /// made text with a leading apostrophe, since plan text comes from outside; quoted when it holds a comma,
    /// quote or line break.
    /// </summary>
    private static string Cell(string value)
    {
        var text = new string(value.Replace('\t', ' ').Where(c => c == '\n' || !char.IsControl(c)).ToArray());
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@') text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
    }
}
