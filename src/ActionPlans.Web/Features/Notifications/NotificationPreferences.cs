using ActionPlans.Web.Infrastructure.Email;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Notifications;

/// <summary>Reads and records how each account chooses to get each kind of email.</summary>
public sealed class NotificationPreferences(ActionPlansDb db)
{
    /// <summary>The account's choices; a kind it never chose for comes at once.</summary>
    public async Task<IReadOnlyDictionary<OutboxKind, NotificationChoice>> OfAsync(string userId, CancellationToken cancel = default)
    {
        var chosen = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, p => p.Choice, cancel);
        return NotificationKinds.All.ToDictionary(k => k.Kind, k => chosen.GetValueOrDefault(k.Kind, NotificationChoice.Immediately));
    }

    /// <summary>The choices these accounts made for this kind; an account missing from the answer gets it at once.</summary>
    public Task<Dictionary<string, NotificationChoice>> ForKindAsync(IReadOnlyCollection<string> userIds, OutboxKind kind, CancellationToken cancel = default) =>
        db.NotificationPreferences.AsNoTracking().Where(p => p.Kind == kind && userIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, p => p.Choice, cancel);

    /// <summary>Records a choice in one statement, so two answers at once leave one row (the later).</summary>
    public async Task SetAsync(string userId, OutboxKind kind, NotificationChoice choice, CancellationToken cancel = default)
    {
        if (NotificationKinds.Of(kind) is not { } known || !known.Choosable(choice))
            throw new ArgumentException($"{kind} cannot be set to {choice}.", nameof(choice));
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "NotificationPreferences" ("UserId", "Kind", "Choice") VALUES ({userId}, {kind.ToString()}, {choice.ToString()})
            ON CONFLICT ("UserId", "Kind") DO UPDATE SET "Choice" = excluded."Choice"
            """, cancel);
    }

    /// <summary>
    /// Applies the recipients' choices: a letter whose kind they turned off is dropped, one they gather daily is held
    /// for their digest, the rest go at once.
    /// </summary>
    public async Task<List<OutboxMessage>> AddressAsync(IReadOnlyList<Letter> letters, DateTime nowUtc, CancellationToken cancel = default)
    {
        var messages = new List<OutboxMessage>();
        foreach (var kind in letters.GroupBy(l => l.Kind))
        {
            var choices = await ForKindAsync(kind.Select(l => l.To.Id).Distinct().ToList(), kind.Key, cancel);
            foreach (var letter in kind)
            {
                var choice = choices.GetValueOrDefault(letter.To.Id, NotificationChoice.Immediately);
                if (choice == NotificationChoice.Off || letter.To.Email is null) continue;
                messages.Add(new OutboxMessage
                {
                    Key = letter.Key,
                    Kind = letter.Kind,
                    Recipient = letter.To.Email,
                    RecipientId = letter.To.Id,
                    HeldForDigest = choice == NotificationChoice.DailyDigest,
                    Subject = Letter.Shortened(letter.Subject),
                    Body = letter.Body,
                    CreatedUtc = nowUtc,
                    NextAttemptUtc = nowUtc,
                });
            }
        }
        return messages;
    }
}
