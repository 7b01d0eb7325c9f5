using ActionPlans.Web.Infrastructure.Email;

namespace ActionPlans.Web.Features.Notifications;

/// <summary>How a person gets one kind of email: at once, gathered in a daily digest, or not at all.</summary>
public enum NotificationChoice
{
    Immediately,
    DailyDigest,
    Off,
}

/// <summary>One account's choice for one kind of email; a kind without a row comes at once.</summary>
public sealed class NotificationPreference
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public OutboxKind Kind { get; set; }
    public NotificationChoice Choice { get; set; }
}
