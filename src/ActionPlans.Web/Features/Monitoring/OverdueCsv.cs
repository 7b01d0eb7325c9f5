using ActionPlans.Core.Vocabulary;
using ActionPlans.Documents.Publishing;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>The overdue list as CSV rows, by the cell rules every CSV of the service follows (<see cref="PlanCsv"/>).</summary>
public static class OverdueCsv
{
    public static readonly IReadOnlyList<string> Headings =
        ["Provider", "Plan", "Report published", "Recommendation", "Action", "Owner", "Due", "Days overdue"];

    /// <summary>Writes each row as it comes, asynchronously: a response body refuses synchronous writes.</summary>
    public static async Task WriteAsync(TextWriter output, IAsyncEnumerable<OverdueAction> actions, DateOnly asAt)
    {
        var row = new StringWriter();
        PlanCsv.Row(row, Headings);
        await foreach (var a in actions)
        {
            PlanCsv.Row(row, [a.Provider, Number(a.Plan), DateWords.Iso(a.ReportPublished), Number(a.Recommendation), a.Text, a.Owner ?? "",
                DateWords.Iso(a.Due), Number(a.DaysOverdue(asAt))]);
            await output.WriteAsync(row.ToString());
            row.GetStringBuilder().Clear();
        }
        await output.WriteAsync(row.ToString());
    }

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
