using ActionPlans.Core.Recommendations;
using ActionPlans.Core.TargetDates;

namespace ActionPlans.Core.Plans;

/// <summary>One row of a plan: the answer to one recommendation and the actions that deliver it.</summary>
public sealed class Response
{
    public const int NarrativeMaxLength = 20000;
    public const int AgreedPartMaxLength = 4000;
    public const int ExplanationMaxLength = 8000;

    private readonly List<PlannedAction> _actions = [];

    private Response() { Recommendation = null!; Narrative = ""; }

    internal Response(Recommendation recommendation)
    {
        Recommendation = recommendation;
        Narrative = "";
    }

    public int Id { get; private set; }
    public int ActionPlanId { get; private set; }
    public int RecommendationId { get; private set; }
    public Recommendation Recommendation { get; private set; }

    /// <summary>Null until the responding body has answered.</summary>
    public ResponseKind? Kind { get; private set; }

    public string Narrative { get; private set; }

    /// <summary>For a partly agreed recommendation: which part will be implemented.</summary>
    public string? AgreedPart { get; private set; }

    public ReasonCategories Reasons { get; private set; }

    /// <summary>Why the recommendation is not (fully) agreed.</summary>
    public string? Explanation { get; private set; }

    public IReadOnlyList<PlannedAction> Actions => _actions;

    public void Answer(ResponseKind? kind, string? narrative, string? agreedPart = null,
        ReasonCategories reasons = ReasonCategories.None, string? explanation = null)
    {
        narrative = (narrative ?? "").Trim();
        if (narrative.Length > NarrativeMaxLength)
            throw new DomainRuleException($"A response narrative is at most {NarrativeMaxLength} characters.", nameof(Narrative));
        if (agreedPart?.Trim().Length > AgreedPartMaxLength)
            throw new DomainRuleException($"The part agreed is at most {AgreedPartMaxLength} characters.", nameof(AgreedPart));
        if (explanation?.Trim().Length > ExplanationMaxLength)
            throw new DomainRuleException($"An explanation is at most {ExplanationMaxLength} characters.", nameof(Explanation));
        Kind = kind;
        Narrative = narrative;
        AgreedPart = kind == ResponseKind.PartlyAgreed ? Blank(agreedPart) : null;
        Reasons = kind is ResponseKind.PartlyAgreed or ResponseKind.NotAgreed ? reasons : ReasonCategories.None;
        Explanation = kind is ResponseKind.PartlyAgreed or ResponseKind.NotAgreed ? Blank(explanation) : null;
    }

    public PlannedAction AddAction(string text, string? owner, TargetDate target, bool completedAtSubmission = false)
    {
        var action = new PlannedAction(_actions.Count + 1, text, owner, target, completedAtSubmission);
        _actions.Add(action);
        return action;
    }

    /// <summary>Takes an action out of the plan; one with a monitoring record keeps it, and is recorded as superseded instead.</summary>
    public void RemoveAction(PlannedAction action)
    {
        if (!_actions.Contains(action)) throw new DomainRuleException("That action is not part of this response.");
        if (action.HasMonitoringRecord)
            throw new DomainRuleException("This action has progress updates or revised targets on record, so it cannot be removed. "
                + "Record an update saying it was superseded instead; its history is kept.");
        _actions.Remove(action);
        Renumber();
    }

    /// <summary>Moves an action one place up (-1) or down (+1) in the order the plan shows them.</summary>
    public void MoveAction(PlannedAction action, int by)
    {
        var from = _actions.IndexOf(action);
        if (from < 0) throw new DomainRuleException("That action is not part of this response.");
        var to = Math.Clamp(from + by, 0, _actions.Count - 1);
        _actions.RemoveAt(from);
        _actions.Insert(to, action);
        Renumber();
    }

    private void Renumber()
    {
        for (var i = 0; i < _actions.Count; i++) _actions[i].PlaceAt(i + 1);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
