using System.Security.Cryptography;
using ActionPlans.Web.Features.Reminders;
using ActionPlans.Web.Infrastructure.Email;
using Microsoft.AspNetCore.DataProtection;

namespace ActionPlans.Web.Features.Notifications;

/// <summary>An unsubscribe link's meaning: this account wants no more emails of this kind.</summary>
public sealed record UnsubscribeRequest(string UserId, OutboxKind Kind);

/// <summary>
/// Signed unsubscribe links, which work without signing in (a mail program's one-click unsubscribe cannot sign in),
/// and the footer every email to an account ends with. The signature comes from ASP.NET Core Data Protection, whose
/// keys every instance shares through the database, so a link made by one instance works on any.
/// </summary>
public sealed class UnsubscribeLinks(IDataProtectionProvider protection, ReminderSettings settings)
{
    public const string PreferencesPath = "account/notifications";

    private readonly IDataProtector _protector = protection.CreateProtector("ActionPlans.Notifications.Unsubscribe.v1");

    public Uri For(string userId, OutboxKind kind) => settings.Page($"unsubscribe/{_protector.Protect($"{kind}\n{userId}")}");

    /// <summary>What a token asks for; null when it was not made by the service (altered, cut short or made up).</summary>
    public UnsubscribeRequest? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000) return null;
        try
        {
            var parts = _protector.Unprotect(token).Split('\n');
            return parts.Length == 2 && Enum.TryParse<OutboxKind>(parts[0], out var kind) && Enum.IsDefined(kind) && parts[1].Length > 0
                ? new UnsubscribeRequest(parts[1], kind)
                : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Why the email came and how to stop it, for every message to an account; none for a message to an address alone.</summary>
    public MessageFooter? FooterOf(OutboxMessage message)
    {
        if (message.RecipientId is not { } userId) return null;
        var preferences = settings.Page(PreferencesPath);
        const string unread = "This mailbox is not read.";
        if (message.Kind == OutboxKind.DailyDigest)
        {
            var link = For(userId, OutboxKind.DailyDigest);
            return new MessageFooter(
                $"You get this digest because you chose to have some emails gathered once a day. {unread}\n" +
                $"To stop every kind of email you get in this digest: {link}\nTo choose how you get each kind of email: {preferences}", link);
        }
        var kind = NotificationKinds.Of(message.Kind);
        var because = $"You get this email because {kind?.Because ?? "of your work in the service"}. {unread}";
        if (kind is not { CanTurnOff: true })
            return new MessageFooter($"{because}\n{kind?.Name ?? "These emails"} cannot be turned off. To choose how you get other emails: {preferences}", null);
        var unsubscribe = For(userId, message.Kind);
        return new MessageFooter($"{because}\nTo stop emails about {kind.Name.ToLowerInvariant()}: {unsubscribe}\nTo choose how you get each kind of email: {preferences}", unsubscribe);
    }
}
