namespace ActionPlans.Core.Progress;

/// <summary>
/// Everything an update says about an action: the status, a dated narrative, the evidence offered and,
/// for a completed action, the day the work was finished (which may be earlier than the update).
/// </summary>
public sealed class UpdateContent
{
    public const int EvidenceMaxCount = 20;

    public UpdateContent(DateOnly on, DeliveryStatus status, string narrative, string author,
        DateOnly? completedOn = null, IEnumerable<Evidence>? evidence = null)
    {
        if (status == DeliveryStatus.Completed && completedOn is null)
            throw new DomainRuleException("A completed action needs the date it was completed.", nameof(CompletedOn));
        if (status != DeliveryStatus.Completed && completedOn is not null)
            throw new DomainRuleException("Only a completed action has a completion date.", nameof(CompletedOn));
        if (completedOn > on)
            throw new DomainRuleException("The completion date cannot be later than the update that reports it.", nameof(CompletedOn));
        author = (author ?? "").Trim();
        if (author.Length == 0) throw new DomainRuleException("A progress update needs its author.", nameof(Author));
        var offered = (evidence ?? []).ToList();
        if (offered.Count > EvidenceMaxCount) throw new DomainRuleException($"An update carries at most {EvidenceMaxCount} pieces of evidence.", nameof(Evidence));

        On = on;
        Status = status;
        Narrative = ProgressUpdate.CheckedNarrative(narrative);
        Author = author;
        CompletedOn = completedOn;
        Evidence = offered;
    }

    public DateOnly On { get; }
    public DeliveryStatus Status { get; }
    public string Narrative { get; }
    public string Author { get; }
    public DateOnly? CompletedOn { get; }
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>A stored update, read back as the content it was made from.</summary>
    public static UpdateContent From(ProgressUpdate update) =>
        new(update.On, update.Status, update.Narrative, update.Author, update.CompletedOn, update.Evidence.Select(e => e.AsEvidence()));
}
