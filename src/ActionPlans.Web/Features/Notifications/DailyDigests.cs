using System.Text;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Web.Infrastructure.Email;
using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Infrastructure.Persistence;

namespace ActionPlans.Web.Features.Notifications;

/// <summary>
/// Gathers the messages each person chose to get daily: from the first round of a UK day, whatever was held
/// before that day began goes in one email, the messages in the order they came.
/// </summary>
public sealed class DailyDigests(ActionPlansDb db)
{
    /// <summary>Queues today's digests and returns how many.</summary>
    public async Task<int> GatherAsync(DateOnly today, DateTime nowUtc, CancellationToken cancel)
    {
        var outbox = new OutboxQueue(db);
        var held = await outbox.HeldAsync(UkClock.StartInUtc(today), cancel);
        var made = 0;
        var people = await Recipients.AccountsAsync(db, held.Select(m => m.RecipientId).OfType<string>().Distinct().ToList(), cancel);
        foreach (var theirs in held.Where(m => m.RecipientId is not null).GroupBy(m => m.RecipientId!))
        {
            var person = people.FirstOrDefault(p => p.Id == theirs.Key);
            var messages = theirs.ToList();
            var body = new StringBuilder().AppendLine($"Dear {person?.DisplayName ?? "colleague"},").AppendLine()
                .AppendLine($"{(messages.Count == 1 ? "1 email" : $"{messages.Count} emails")} from the inspection action plans service, gathered for you as you chose.").AppendLine();
            foreach (var message in messages)
            {
                body.AppendLine(message.Subject).AppendLine(new string('-', Math.Min(message.Subject.Length, 80)));
                body.AppendLine(WithoutGreeting(message.Body).TrimEnd()).AppendLine();
            }
            var digest = new OutboxMessage
            {
                Key = $"daily-digest:{theirs.Key}:{DateWords.Iso(today)}",
                Kind = OutboxKind.DailyDigest,
                Recipient = person?.Email ?? messages[^1].Recipient,
                RecipientId = theirs.Key,
                Subject = Letter.Shortened($"Daily digest for {DateWords.Day(today)}: {(messages.Count == 1 ? "1 notification" : $"{messages.Count} notifications")}"),
                Body = body.ToString(),
                CreatedUtc = nowUtc,
                NextAttemptUtc = nowUtc,
            };
            if (await outbox.FoldAsync(digest, messages.Select(m => m.Id).ToList(), cancel)) made++;
        }
        return made;
    }

    /// <summary>A held message's words after its "Dear …," line, which the digest says once.</summary>
    private static string WithoutGreeting(string body)
    {
        var text = body.Replace("\r\n", "\n");
        return text.StartsWith("Dear ", StringComparison.Ordinal) && text.IndexOf("\n\n", StringComparison.Ordinal) is var end and > 0 ? text[(end + 2)..] : text;
    }
}
