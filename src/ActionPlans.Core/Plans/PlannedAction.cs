using ActionPlans.Core.Progress;
using ActionPlans.Core.TargetDates;

namespace ActionPlans.Core.Plans;

/// <summary>One SMART step of a response, with who delivers it and by when.</summary>
public sealed class PlannedAction
{
    public const int TextMaxLength = 4000;
    public const int OwnerMaxLength = 300;

    public const int AssigneeMaxLength = 450;

    private readonly List<ProgressUpdate> _updates = [];
    private readonly List<TargetRevision> _revisions = [];

    private PlannedAction() { Text = ""; Target = TargetDate.None; }

    internal PlannedAction(int position, string text, string? owner, TargetDate target, bool completedAtSubmission)
    {
        Position = position;
        Text = "";
        Target = TargetDate.None;
        Revise(text, owner, target, completedAtSubmission);
    }

    public int Id { get; private set; }
    public int ResponseId { get; private set; }
    public int Position { get; private set; }
    public string Text { get; private set; }

    /// <summary>The role, team or named person who delivers the action, as the plan writes it.</summary>
    public string? Owner { get; private set; }

    public TargetDate Target { get; private set; }

    /// <summary>The action was already done when the plan was submitted.</summary>
    public bool CompletedAtSubmission { get; private set; }

    /// <summary>
    /// The account of the person who reports on the action and is reminded of it, once a coordinator
    /// has named one; the <see cref="Owner"/> words stay as the plan wrote them.
    /// </summary>
    public string? AssignedTo { get; private set; }

    public IReadOnlyList<ProgressUpdate> Updates => _updates;

    /// <summary>Updates (with their evidence) or revised targets are on record: they are kept, so the action is too.</summary>
    public bool HasMonitoringRecord => _updates.Count > 0 || _revisions.Count > 0;

    /// <summary>Changes to the target after the plan was agreed, oldest first; <see cref="Target"/> stays as agreed.</summary>
    public IReadOnlyList<TargetRevision> Revisions => _revisions;

    public void Revise(string text, string? owner, TargetDate target, bool completedAtSubmission)
    {
        text = (text ?? "").Trim();
        owner = string.IsNullOrWhiteSpace(owner) ? null : owner.Trim();
        if (text.Length == 0) throw new DomainRuleException("An action needs a description.", nameof(Text));
        if (text.Length > TextMaxLength) throw new DomainRuleException($"An action is at most {TextMaxLength} characters.", nameof(Text));
        if (owner?.Length > OwnerMaxLength) throw new DomainRuleException($"An owner is at most {OwnerMaxLength} characters.", nameof(Owner));
        TargetDate.RequireLength(target, nameof(Target));
        Text = text;
        Owner = owner;
        Target = target;
        CompletedAtSubmission = completedAtSubmission || target.IsCompleted;
    }

    public void AssignTo(string? account)
    {
        account = string.IsNullOrWhiteSpace(account) ? null : account.Trim();
        if (account?.Length > AssigneeMaxLength) throw new DomainRuleException("That account cannot be assigned.");
        AssignedTo = account;
    }

    /// <summary>Stores an update; only <see cref="ActionProgress"/> calls this, after checking the rules.</summary>
    internal ProgressUpdate RecordProgress(UpdateContent content)
    {
        var update = new ProgressUpdate(content);
        _updates.Add(update);
        return update;
    }

    internal void AddRevision(TargetRevision revision) => _revisions.Add(revision);

    internal void PlaceAt(int position) => Position = position;
}
