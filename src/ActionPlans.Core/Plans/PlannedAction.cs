using ActionPlans.Core.Progress;
using ActionPlans.Core.TargetDates;

namespace ActionPlans.Core.Plans;

/// <summary>One SMART step of a response, with who delivers it and by when.</summary>
public sealed class PlannedAction
{
    public const int TextMaxLength = 4000;
    public const int OwnerMaxLength = 300;

    private readonly List<ProgressUpdate> _updates = [];

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

    public IReadOnlyList<ProgressUpdate> Updates => _updates;

    public void Revise(string text, string? owner, TargetDate target, bool completedAtSubmission)
    {
        text = (text ?? "").Trim();
        owner = string.IsNullOrWhiteSpace(owner) ? null : owner.Trim();
        if (text.Length == 0) throw new DomainRuleException("An action needs a description.");
        if (text.Length > TextMaxLength) throw new DomainRuleException($"An action is at most {TextMaxLength} characters.");
        if (owner?.Length > OwnerMaxLength) throw new DomainRuleException($"An owner is at most {OwnerMaxLength} characters.");
        Text = text;
        Owner = owner;
        Target = target;
        CompletedAtSubmission = completedAtSubmission || target.IsCompleted;
    }

    public ProgressUpdate RecordProgress(DateOnly on, DeliveryStatus status, string narrative, string author)
    {
        var update = new ProgressUpdate(on, status, narrative, author);
        _updates.Add(update);
        return update;
    }

    internal void PlaceAt(int position) => Position = position;
}
