using System.Globalization;
using ActionPlans.Core.TargetDates;
using ActionPlans.Core.Vocabulary;

namespace ActionPlans.Documents.Publishing;

/// <summary>
/// A plan's actions as CSV (RFC 4180), one row per action, for tracking in a spreadsheet. A recommendation
/// with no action (one not agreed, say) still has a row, with the action's columns empty.
/// </summary>
public static class PlanCsv
{
    public static IReadOnlyList<string> Headings { get; } =
        ["Rec No", "Recommendation", "Response", "Action", "Responsible Owner", "Target Date", "Due", "Completed"];

    public static string Write(PublishedPlan plan)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(plan, text);
        return text.ToString();
    }

    public static void Write(PublishedPlan plan, TextWriter output)
    {
        Row(output, Headings);
        foreach (var recommendation in plan.Recommendations)
        {
            var response = recommendation.Response is { } kind ? kind.Words() : "";
            var number = recommendation.Number.ToString(CultureInfo.InvariantCulture);
            if (recommendation.Actions.Count == 0) Row(output, [number, recommendation.Text, response, "", "", "", "", ""]);
            foreach (var action in recommendation.Actions)
            {
                var target = TargetDate.Parse(action.Target);
                Row(output,
                [
                    number, recommendation.Text, response,
                    action.ShownText,
                    action.Owner ?? "", action.Target ?? "",
                    DateWords.Iso(target.Due),
                    target.IsCompleted ? "yes" : "no",
                ]);
            }
        }
    }

    /// <summary>One CSV row by this class's cell rules, for other tables of actions to share them.</summary>
    public static void Row(TextWriter output, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) output.Write(',');
            output.Write(Cell(cells[i]));
        }
        output.Write("\r\n");
    }

    /// <summary>
    /// A cell quoted when it holds a comma, quote or line break; and one a spreadsheet would take for a formula
    /// (starting = + - @) made text with a leading apostrophe, since plan text comes from outside.
    /// </summary>
    private static string Cell(string value)
    {
        var text = PrintableText.Clean(value);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@') text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
    }
}
