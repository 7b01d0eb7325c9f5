using ActionPlans.Core.Plans;
using ActionPlans.Core.Plans.Checks;
using ActionPlans.Documents.Plans;

namespace ActionPlans.Documents.Tests.PlanRules;

/// <summary>
/// A plan read from a published document, as the template's rules see it. Published plans do not tick
/// reason categories, so none are known; the response text stands for the explanation.
/// </summary>
public static class ReadingUnderCheck
{
    public static PlanUnderCheck Of(PlanReading reading) =>
        new(
            [.. reading.Recommendations.Select(r => new RowUnderCheck(
                r.Number, r.Response, ReasonCategories.None, r.ResponseText,
                [.. r.Actions.Select((a, i) => new ActionUnderCheck(i + 1, a.Text, a.Owner, a.TargetDate))]))],
            reading.ReportPublished);
}
