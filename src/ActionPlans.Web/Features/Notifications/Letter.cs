using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Email;

namespace ActionPlans.Web.Features.Notifications;

/// <summary>
/// An email the service would send to one account on one occasion, before the account's choices are applied.
/// The key names the occasion and the recipient, so that raising it again adds nothing.
/// </summary>
public sealed record Letter(ServiceUser To, OutboxKind Kind, string Key, string Subject, string Body)
{
    private const int SubjectMaxLength = 300;

    public static string Shortened(string subject) => subject.Length <= SubjectMaxLength ? subject : subject[..(SubjectMaxLength - 1)] + "…";
}
