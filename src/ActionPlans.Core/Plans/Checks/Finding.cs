namespace ActionPlans.Core.Plans.Checks;

/// <summary>Errors stop a plan being submitted; warnings are advice and never do.</summary>
public enum Severity
{
    Error,
    Warning,
}

/// <summary>Which of the template's rules a finding comes from.</summary>
public enum PlanRule
{
    NoResponse,
    NoReasonCategory,
    NoExplanation,
    NoActions,
    NoOwner,
    NoTargetDate,
    TargetNotTimeBound,
    NoMeasure,
    OnlyContinues,
    TargetBeyondHorizon,
    OwnerCarriesTooMuch,
}

/// <summary>
/// One thing the rules found. <see cref="Field"/> is the id of the form field it is about, so a
/// GOV.UK error summary can link to it; <see cref="Hint"/> says why the rule exists and how to meet it.
/// A finding about the whole plan has no recommendation number.
/// </summary>
public sealed record Finding(
    Severity Severity,
    PlanRule Rule,
    int? RecommendationNumber,
    int? ActionPosition,
    string Field,
    string Message,
    string Hint);
