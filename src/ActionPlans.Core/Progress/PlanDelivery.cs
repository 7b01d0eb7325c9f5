using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Recommendations;
using ActionPlans.Core.TargetDates;

namespace ActionPlans.Core.Progress;

/// <summary>
/// One action as it stood on a day: its standing, the target agreed and the one then in force, the
/// revisions made by then and the latest update reported by then.
/// </summary>
public sealed record ActionStanding(
    PlannedAction Action,
    ActionDelivery Delivery,
    TargetDate Agreed,
    TargetDate Current,
    IReadOnlyList<TargetRevision> Revisions,
    UpdateContent? Latest)
{
    /// <summary>How the action of this record stood on <paramref name="date"/>, from what was recorded by then.</summary>
    public static ActionStanding Of(ActionProgress record, DateOnly date, DueSoonWindow? window = null) =>
        new(record.Action, record.AsAt(date, window), record.Agreed, record.TargetAsAt(date),
            record.Revisions.Where(r => r.On <= date).ToList(), record.Updates.LastOrDefault(r => r.On <= date));
}

/// <summary>One recommendation's response and actions on a day, summed.</summary>
public sealed record RecommendationDelivery(Recommendation Recommendation, Response Response, IReadOnlyList<ActionStanding> Actions, DeliverySummary Summary);

/// <summary>How a plan's actions stand on one day, per action, per recommendation and for the whole plan.</summary>
public sealed class PlanDelivery
{
    private PlanDelivery(ActionPlan plan, DateOnly asAt, IReadOnlyList<RecommendationDelivery> recommendations, DeliverySeries series)
    {
        Plan = plan;
        AsAtDate = asAt;
        Recommendations = recommendations;
        Summary = DeliverySummary.Combine(recommendations.Select(r => r.Summary));
        Series = series;
    }

    public ActionPlan Plan { get; }
    public DateOnly AsAtDate { get; }
    public IReadOnlyList<RecommendationDelivery> Recommendations { get; }
    public DeliverySummary Summary { get; }

    /// <summary>Actions planned against completed per month, from the plan's submission to the later of the day and the last planned month.</summary>
    public DeliverySeries Series { get; }

    public IEnumerable<ActionStanding> Actions => Recommendations.SelectMany(r => r.Actions);

    /// <summary>The plan as known on <paramref name="date"/>: updates and revisions dated later are left out.</summary>
    public static PlanDelivery AsAt(ActionPlan plan, DateOnly date, DueSoonWindow? window = null)
    {
        var counted = new List<(ActionDelivery Delivery, DateOnly? PlannedFor)>();
        var recommendations = plan.Responses.OrderBy(r => r.Recommendation.Number).Select(response =>
        {
            var actions = response.Actions.OrderBy(a => a.Position).Select(action =>
            {
                var record = new ActionProgress(plan, action);
                var standing = ActionStanding.Of(record, date, window);
                counted.Add((standing.Delivery, record.PlannedFor(date)));
                return standing;
            }).ToList();
            return new RecommendationDelivery(response.Recommendation, response, actions, DeliverySummary.Of(actions.Select(a => a.Delivery)));
        }).ToList();
        return new PlanDelivery(plan, date, recommendations, SeriesOf(plan, counted, date));
    }

    /// <summary>The plans summed per inspected provider.</summary>
    public static IReadOnlyDictionary<Organisation, DeliverySummary> PerProvider(IEnumerable<PlanDelivery> plans) =>
        plans.GroupBy(p => p.Plan.Inspection.Provider)
            .ToDictionary(g => g.Key, g => DeliverySummary.Combine(g.Select(p => p.Summary)));

    /// <summary>
    /// The month a plan's delivery chart starts: its submission, or its report's publication; null when neither is
    /// known, and the chart then starts in the month asked about. Months before it count nothing for the plan.
    /// </summary>
    public static YearMonth? ChartStart(ActionPlan plan) => (plan.Submitted ?? plan.Inspection.Published) is { } day ? YearMonth.Of(day) : null;

    private static DeliverySeries SeriesOf(ActionPlan plan, IReadOnlyList<(ActionDelivery Delivery, DateOnly? PlannedFor)> counted, DateOnly date)
    {
        // The chart covers the plan's life only: a day asked about before it began adds no empty months before it.
        var from = ChartStart(plan) ?? YearMonth.Of(date);
        var last = counted.Select(a => a.PlannedFor).OfType<DateOnly>().Select(YearMonth.Of).Append(YearMonth.Of(date)).Max();
        return DeliverySeries.PerMonth(counted, from, last < from ? from : last, date);
    }
}
