using ActionPlans.Core.TargetDates;

namespace ActionPlans.Core.Plans.Checks;

/// <summary>
/// What the template's rules look at, whatever the plan came from: a plan being edited in the
/// service (<see cref="Of(ActionPlan)"/>) or a published document read back into rows.
/// </summary>
public sealed record PlanUnderCheck(IReadOnlyList<RowUnderCheck> Rows, DateOnly? ReportPublished)
{
    public static PlanUnderCheck Of(ActionPlan plan) =>
        new(
            [.. plan.Responses.Select(r => new RowUnderCheck(
                r.Recommendation.Number, r.Kind, r.Reasons, r.Explanation,
                [.. r.Actions.Select(a => new ActionUnderCheck(a.Position, a.Text, a.Owner, a.Target))]))],
            plan.Inspection.Published);
}

/// <summary>One recommendation's row: the response, why not (fully) agreed, and the actions.</summary>
public sealed record RowUnderCheck(
    int RecommendationNumber,
    ResponseKind? Response,
    ReasonCategories Reasons,
    string? Explanation,
    IReadOnlyList<ActionUnderCheck> Actions);

/// <summary>One action at its 1-based position in its row.</summary>
public sealed record ActionUnderCheck(int Position, string Text, string? Owner, TargetDate Target);
