namespace ActionPlans.Core.Progress;

/// <summary>
/// What an action owner reported about an action on a given day, as stored: the status, narrative,
/// the day the work was finished for a completion, and the evidence offered.
/// Only <see cref="ActionProgress.Record"/> makes one, so every stored update passed the rules.
/// </summary>
public sealed class ProgressUpdate
{
    public const int NarrativeMaxLength = 8000;
    public const int AuthorMaxLength = 256;

    private readonly List<ProgressEvidence> _evidence = [];

    private ProgressUpdate() { Narrative = ""; Author = ""; }

    internal ProgressUpdate(UpdateContent content)
    {
        On = content.On;
        Status = content.Status;
        Narrative = content.Narrative;
        Author = content.Author;
        CompletedOn = content.CompletedOn;
        _evidence.AddRange(content.Evidence.Select(ProgressEvidence.Of));
    }

    public int Id { get; private set; }
    public int PlannedActionId { get; private set; }
    public DateOnly On { get; private set; }
    public DeliveryStatus Status { get; private set; }
    public string Narrative { get; private set; }
    public string Author { get; private set; }

    /// <summary>The day the work was finished, for a completion; it may be earlier than the update.</summary>
    public DateOnly? CompletedOn { get; private set; }

    public IReadOnlyList<ProgressEvidence> Evidence => _evidence;

    internal static string CheckedNarrative(string narrative)
    {
        narrative = (narrative ?? "").Trim();
        if (narrative.Length == 0) throw new DomainRuleException("A progress update needs a narrative.", nameof(Narrative));
        if (narrative.Length > NarrativeMaxLength) throw new DomainRuleException($"A progress update is at most {NarrativeMaxLength} characters.", nameof(Narrative));
        return narrative;
    }
}
