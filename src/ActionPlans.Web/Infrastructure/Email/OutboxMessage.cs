namespace ActionPlans.Web.Infrastructure.Email;

/// <summary>
/// An email the service has decided to send. The unique <see cref="Key"/> names the occasion (this
/// action falling due, that owner's digest for that week), so deciding twice, on a restart or in a
/// second instance, adds nothing; a claim with an expiry lets only one sender work on a message at once.
/// </summary>
public sealed class OutboxMessage
{
    public const int KeyMaxLength = 200;

    public long Id { get; set; }
    public string Key { get; set; } = "";
    public OutboxKind Kind { get; set; }
    public string Recipient { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";

    /// <summary>The account the message is for, whose preferences and unsubscribe link it follows; null for an address alone.</summary>
    public string? RecipientId { get; set; }

    /// <summary>Waits for the recipient's daily digest instead of going by itself; marked sent when a digest carries it.</summary>
    public bool HeldForDigest { get; set; }
    public DateTime CreatedUtc { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public DateTime? SentUtc { get; set; }
    public string? LastError { get; set; }

    /// <summary>The sender working on the message, until <see cref="ClaimedUntilUtc"/>.</summary>
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedUntilUtc { get; set; }
}

public enum OutboxKind
{
    DueSoon,
    Overdue,
    WeeklyDigest,
    PlanDue,
    PlanLate,
    PlanSubmitted,
    PlanReturned,
    PlanAccepted,
    PlanPublished,
    ReviewComment,
    ActionAssigned,
    TargetRevised,
    ActionCompleted,
    ProgressReport,
    DailyDigest,
}
