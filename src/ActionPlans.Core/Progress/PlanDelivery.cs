using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Recommendations;

namespace ActionPlans.Core.Progress;

/// <summary>One recommendation's actions, summed.</summary>
public sealed record RecommendationDelivery(Recommendation Recommendation, DeliverySummary Summary);

/// <summary>How a plan's actions stand on one day, per recommendation and for the whole plan.</summary>
public sealed class PlanDelivery
{
    private PlanDelivery(ActionPlan plan, IReadOnlyList<RecommendationDelivery> recommendations)
    {
        Plan = plan;
        Recommendations = recommendations;
        Summary = DeliverySummary.Combine(recommendations.Select(r => r.Summary));
    }

    public ActionPlan Plan { get; }
    public IReadOnlyList<RecommendationDelivery> Recommendations { get; }
    public DeliverySummary Summary { get; }

    /// <param name="progressOf">The monitoring record of each action of the plan.</param>
    public static PlanDelivery AsAt(ActionPlan plan, Func<PlannedAction, ActionProgress> progressOf, DateOnly date, DueSoonWindow? window = null) =>
        new(plan, plan.Responses
            .Select(r => new RecommendationDelivery(r.Recommendation,
                DeliverySummary.Of(r.Actions.Select(a => progressOf(a).AsAt(date, window)))))
            .ToList());

    /// <summary>The plans summed per inspected provider.</summary>
    public static IReadOnlyDictionary<Organisation, DeliverySummary> PerProvider(IEnumerable<PlanDelivery> plans) =>
        plans.GroupBy(p => p.Plan.Inspection.Provider)
            .ToDictionary(g => g.Key, g => DeliverySummary.Combine(g.Select(p => p.Summary)));
}
