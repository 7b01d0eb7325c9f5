using ActionPlans.Core.TargetDates;

namespace ActionPlans.Core.Progress;

/// <summary>
/// A change to an action's target after the plan was agreed. The agreed target is never overwritten:
/// it and every revision stay on record, so anyone can see how often and why a date moved.
/// </summary>
public sealed class TargetRevision
{
    public const int ReasonMaxLength = 2000;
    public const int ByMaxLength = 256;

    private TargetRevision() { From = TargetDate.None; To = TargetDate.None; Reason = ""; By = ""; }

    public TargetRevision(TargetDate from, TargetDate to, string reason, DateOnly on, string by)
    {
        TargetDate.RequireLength(to, nameof(To));
        if (to.Due is null) throw new DomainRuleException("A revised target needs a date to deliver by.", nameof(To));
        if (to.Due == from.Due && to.Recurrence == from.Recurrence)
            throw new DomainRuleException($"The revised target is the same as the current one ({from.Text}).", nameof(To));
        reason = (reason ?? "").Trim();
        if (reason.Length == 0) throw new DomainRuleException("A revised target needs a reason.", nameof(Reason));
        if (reason.Length > ReasonMaxLength) throw new DomainRuleException($"A reason is at most {ReasonMaxLength} characters.", nameof(Reason));
        by = (by ?? "").Trim();
        if (by.Length == 0) throw new DomainRuleException("A revised target needs the person who revised it.", nameof(By));
        if (by.Length > ByMaxLength) throw new DomainRuleException($"A name is at most {ByMaxLength} characters.", nameof(By));
        From = from;
        To = to;
        Reason = reason;
        On = on;
        By = by;
    }

    public int Id { get; private set; }
    public int PlannedActionId { get; private set; }
    public TargetDate From { get; private set; }
    public TargetDate To { get; private set; }
    public string Reason { get; private set; }
    public DateOnly On { get; private set; }
    public string By { get; private set; }
}
