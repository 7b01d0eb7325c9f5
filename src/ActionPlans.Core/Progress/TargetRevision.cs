using ActionPlans.Core.TargetDates;

namespace ActionPlans.Core.Progress;

/// <summary>
/// A change to an action's target after the plan was agreed. The agreed target is never overwritten:
/// it and every revision stay on record, so anyone can see how often and why a date moved.
/// </summary>
public sealed record TargetRevision
{
    public const int ReasonMaxLength = 2000;

    public TargetRevision(TargetDate from, TargetDate to, string reason, DateOnly on, string by)
    {
        if (to.Due is null) throw new DomainRuleException("A revised target needs a date to deliver by.");
        if (to.Due == from.Due && to.Recurrence == from.Recurrence)
            throw new DomainRuleException($"The revised target is the same as the current one ({from.Text}).");
        reason = (reason ?? "").Trim();
        if (reason.Length == 0) throw new DomainRuleException("A revised target needs a reason.");
        if (reason.Length > ReasonMaxLength) throw new DomainRuleException($"A reason is at most {ReasonMaxLength} characters.");
        by = (by ?? "").Trim();
        if (by.Length == 0) throw new DomainRuleException("A revised target needs the person who revised it.");
        From = from;
        To = to;
        Reason = reason;
        On = on;
        By = by;
    }

    public TargetDate From { get; }
    public TargetDate To { get; }
    public string Reason { get; }
    public DateOnly On { get; }
    public string By { get; }
}
