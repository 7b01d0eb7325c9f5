using System.Globalization;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Documents.Publishing;

namespace ActionPlans.Web.Features.OpenData;

/// <summary>
/// Every action of the published plans as one CSV (RFC 4180): the per-plan CSV's columns, with the plan and
/// its provider in front so that rows from many plans can be told apart.
/// </summary>
public static class ActionsCsv
{
    public static IReadOnlyList<string> Headings { get; } = ["Plan", "Provider", .. PlanCsv.Headings];

    public static string Write(IEnumerable<ActionPlan> plans)
    {
        using var csv = new StringWriter(CultureInfo.InvariantCulture);
        PlanCsv.Row(csv, Headings);
        foreach (var plan in plans)
            foreach (var response in plan.Responses.OrderBy(r => r.Recommendation.Number))
                foreach (var action in response.Actions.OrderBy(a => a.Position))
                    PlanCsv.Row(csv,
                    [
                        plan.Id.ToString(CultureInfo.InvariantCulture),
                        plan.Inspection.Provider.Name,
                        response.Recommendation.Number.ToString(CultureInfo.InvariantCulture),
                        response.Recommendation.Text,
                        response.Kind is { } kind ? kind.Words() : "",
                        action.Text,
                        action.Owner ?? "",
                        action.Target.Text,
                        DateWords.Iso(action.Target.Due),
                        action.CompletedAtSubmission ? "yes" : "no",
                    ]);
        return csv.ToString();
    }
}
