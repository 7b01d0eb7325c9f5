namespace ActionPlans.Core.Plans.Checks;

/// <summary>
/// The action-plan template's rules and their settings, checked as a plan is edited. Errors are what
/// the template requires (a response; reasons and an explanation when not fully agreed; actions with
/// an owner and a date when agreed); warnings are SMART advice.
/// </summary>
public sealed record PlanRules
{
    public static readonly PlanRules Default = new();

    /// <summary>A target date later than this many months after the report's publication is flagged.</summary>
    public int HorizonMonths { get; init; } = 24;

    /// <summary>An owner holding more than this share of the plan's actions is flagged…</summary>
    public double OwnerShareLimit { get; init; } = 0.5;

    /// <summary>…once the plan has at least this many actions; in a short plan one owner may well hold most.</summary>
    public int OwnerShareFromActions { get; init; } = 6;

    public PlanCheck Check(ActionPlan plan) => Check(PlanUnderCheck.Of(plan));

    public PlanCheck Check(PlanUnderCheck plan)
    {
        var findings = new List<Finding>();
        foreach (var row in plan.Rows.OrderBy(r => r.RecommendationNumber))
        {
            findings.AddRange(ResponseFindings(row));
            foreach (var action in row.Actions.OrderBy(a => a.Position))
                findings.AddRange(ActionFindings(row.RecommendationNumber, action, plan.ReportPublished));
        }
        findings.AddRange(OwnerShareFindings(plan));
        return new PlanCheck(findings, ResponseSummary.Count(plan.Rows.Select(r => r.Response)));
    }

    private static IEnumerable<Finding> ResponseFindings(RowUnderCheck row)
    {
        var n = row.RecommendationNumber;
        var at = $"Recommendation {n}";
        if (row.Response is not { } response)
        {
            yield return Error(PlanRule.NoResponse, n, null, "response", $"{at}: choose a response",
                "Every recommendation needs an answer: Agreed, Partly Agreed or Not Agreed.");
            yield break;
        }

        if (response is ResponseKind.PartlyAgreed or ResponseKind.NotAgreed)
        {
            if (row.Reasons == ReasonCategories.None)
                yield return Error(PlanRule.NoReasonCategory, n, null, "reasons", $"{at}: choose why it is not fully agreed",
                    "The template asks which kind of reason stands in the way: commissioning, policy, operational or affordability.");
            if (string.IsNullOrWhiteSpace(row.Explanation))
                yield return Error(PlanRule.NoExplanation, n, null, "explanation", $"{at}: explain why it is not fully agreed",
                    "The inspectorate publishes the explanation with the plan; say what prevents the rest being done.");
        }

        if (response is ResponseKind.Agreed or ResponseKind.PartlyAgreed && row.Actions.Count == 0)
            yield return Error(PlanRule.NoActions, n, null, "actions", $"{at}: add at least one action",
                "An agreed recommendation, or the agreed part of one, is delivered through actions that can be tracked.");
    }

    private IEnumerable<Finding> ActionFindings(int n, ActionUnderCheck action, DateOnly? reportPublished)
    {
        var p = action.Position;
        var at = $"Recommendation {n}, action {p}";

        if (string.IsNullOrWhiteSpace(action.Owner))
            yield return Error(PlanRule.NoOwner, n, p, "owner", $"{at}: enter who owns the action",
                "Someone must answer for each action's delivery; name a role or team rather than a person who may move on.");

        if (action.Target.Kind == TargetDates.TargetKind.None)
            yield return Error(PlanRule.NoTargetDate, n, p, "target", $"{at}: enter a target date",
                "Each action is time-bound: give the month it will be done by, or say it is completed.");
        else if (!action.Target.IsTimeBound)
            yield return Error(PlanRule.TargetNotTimeBound, n, p, "target", $"{at}: \"{action.Target.Text}\" is not a date",
                "\"Ongoing\" or a condition cannot be checked later; give the month and year it will be in place by, or the month and year a recurring task starts (\"Quarterly from\" a month).");
        else if (reportPublished is { } published && action.Target.Due is { } due && due > published.AddMonths(HorizonMonths))
            yield return Warning(PlanRule.TargetBeyondHorizon, n, p, "target",
                $"{at}: the target date is more than {HorizonMonths} months after the report",
                "The next inspection judges progress on the plan; split long work into steps that finish within the horizon.");

        // A completed action is already delivered, so advice on how to track it would be moot.
        if (action.Target.IsCompleted) yield break;

        if (ActionWording.OnlyContinues(action.Text))
            yield return Warning(PlanRule.OnlyContinues, n, p, "text", $"{at}: continuing existing work is not a new action",
                "Say what will change: a new step, a higher target, or a date by which something new is in place. Describe the work that carries on as it is in the response instead.");

        if (!ActionWording.NamesAMeasure(action.Text))
            yield return Warning(PlanRule.NoMeasure, n, p, "text", $"{at}: say how delivery will be measured",
                "Name something that can be counted or checked: a number or percentage, how often (monthly, quarterly), or what will be produced (a report, an audit, guidance, training).");
    }

    private IEnumerable<Finding> OwnerShareFindings(PlanUnderCheck plan)
    {
        var owners = plan.Rows.SelectMany(r => r.Actions).Select(a => a.Owner).ToList();
        if (owners.Count < OwnerShareFromActions) yield break;
        foreach (var owner in owners.Where(o => !string.IsNullOrWhiteSpace(o))
                     .GroupBy(o => string.Join(' ', o!.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparer.OrdinalIgnoreCase)
                     .Where(g => g.Count() > OwnerShareLimit * owners.Count))
            yield return Warning(PlanRule.OwnerCarriesTooMuch, null, null, "owners",
                $"{owner.Key} owns {owner.Count()} of the plan's {owners.Count} actions",
                $"When one owner holds more than {OwnerShareLimit * 100:0}% of the actions, delivery depends on one person's capacity; give actions to the teams who will do the work.");
    }

    private static Finding Error(PlanRule rule, int n, int? position, string field, string message, string hint) =>
        new(Severity.Error, rule, n, position, FieldKey(n, position, field), message, hint);

    private static Finding Warning(PlanRule rule, int? n, int? position, string field, string message, string hint) =>
        new(Severity.Warning, rule, n, position, n is { } number ? FieldKey(number, position, field) : field, message, hint);

    /// <summary>The id of the field a finding is about, as the plan's edit form names its fields.</summary>
    public static string FieldKey(int recommendationNumber, int? actionPosition, string field) =>
        actionPosition is { } p
            ? $"recommendation-{recommendationNumber}-action-{p}-{field}"
            : $"recommendation-{recommendationNumber}-{field}";
}
