namespace ActionPlans.Core.Progress;

/// <summary>What an action owner reported about an action on a given day.</summary>
public sealed class ProgressUpdate
{
    public const int NarrativeMaxLength = 8000;

    private ProgressUpdate() { Narrative = ""; Author = ""; }

    internal ProgressUpdate(DateOnly on, DeliveryStatus status, string narrative, string author)
    {
        On = on;
        Status = status;
        Narrative = CheckedNarrative(narrative);
        Author = author;
    }

    public int Id { get; private set; }
    public int PlannedActionId { get; private set; }
    public DateOnly On { get; private set; }
    public DeliveryStatus Status { get; private set; }
    public string Narrative { get; private set; }
    public string Author { get; private set; }

    internal static string CheckedNarrative(string narrative)
    {
        narrative = (narrative ?? "").Trim();
        if (narrative.Length == 0) throw new DomainRuleException("A progress update needs a narrative.");
        if (narrative.Length > NarrativeMaxLength) throw new DomainRuleException($"A progress update is at most {NarrativeMaxLength} characters.");
        return narrative;
    }
}
