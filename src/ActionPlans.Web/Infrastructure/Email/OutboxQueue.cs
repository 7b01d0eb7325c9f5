using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Infrastructure.Email;

/// <summary>
/// The outbox as the job works it: messages are added once per key, claimed by one sender at a time,
/// and marked sent or failed. Every change is one conditional statement, so two instances of the
/// service on one database never both add a key nor both hold a claim.
/// </summary>
public sealed class OutboxQueue(ActionPlansDb db)
{
    /// <summary>How long a claim holds; longer than a send can take (the SMTP timeout), so it only lapses when a sender died.</summary>
    public static readonly TimeSpan ClaimLength = TimeSpan.FromMinutes(5);

    /// <summary>Adds the messages whose keys are new and returns how many were added.</summary>
    public async Task<int> AddAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancel)
    {
        var keys = messages.Select(m => m.Key).ToList();
        var known = (await db.Outbox.Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(cancel)).ToHashSet();
        var added = 0;
        foreach (var m in messages.Where(m => !known.Contains(m.Key)))
        {
            // Another instance may add the same key between the look-up and here: the unique index decides, quietly.
            added += await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Outbox" ("Key", "Kind", "Recipient", "RecipientId", "HeldForDigest", "Subject", "Body", "CreatedUtc", "Attempts", "NextAttemptUtc")
                VALUES ({m.Key}, {m.Kind.ToString()}, {m.Recipient}, {m.RecipientId}, {m.HeldForDigest}, {m.Subject}, {m.Body}, {m.CreatedUtc}, 0, {m.NextAttemptUtc})
                ON CONFLICT ("Key") DO NOTHING
                """, cancel);
        }
        return added;
    }

    /// <summary>Messages held for their recipients' daily digests that were queued before <paramref name="beforeUtc"/>, oldest first.</summary>
    public Task<List<OutboxMessage>> HeldAsync(DateTime beforeUtc, CancellationToken cancel) =>
        db.Outbox.AsNoTracking().Where(m => m.HeldForDigest && m.SentUtc == null && m.CreatedUtc < beforeUtc).OrderBy(m => m.Id).ToListAsync(cancel);

    /// <summary>
    /// Queues a digest and marks the held messages it carries as sent, in one transaction; nothing when its key is
    /// already queued (another instance made it), so held messages go in exactly one digest.
    /// </summary>
    public async Task<bool> FoldAsync(OutboxMessage digest, IReadOnlyList<long> carried, CancellationToken cancel)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        if (await AddAsync([digest], cancel) == 0) return false;
        await db.Outbox.Where(m => carried.Contains(m.Id) && m.HeldForDigest && m.SentUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentUtc, digest.CreatedUtc), cancel);
        await transaction.CommitAsync(cancel);
        return true;
    }

    /// <summary>Unsent messages whose time has come and that nobody holds, oldest first.</summary>
    public Task<List<long>> DueAsync(DateTime nowUtc, int most, CancellationToken cancel) =>
        Claimable(nowUtc).OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id).Select(m => m.Id).Take(most).ToListAsync(cancel);

    /// <summary>
    /// Takes the message for <paramref name="claimant"/> if it is still unsent, due and unheld; the message when
    /// taken, else null. Not cancellable, so that a stop never leaves a claim taken but unknown to its taker.
    /// </summary>
    public async Task<OutboxMessage?> ClaimAsync(long id, string claimant, DateTime nowUtc)
    {
        var until = nowUtc + ClaimLength;
        var taken = await Claimable(nowUtc).Where(m => m.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, claimant).SetProperty(m => m.ClaimedUntilUtc, until));
        return taken == 1 ? await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id) : null;
    }

    /// <summary>Records the send, whoever holds the message now: it was sent.</summary>
    public Task MarkSentAsync(long id, DateTime nowUtc) =>
        db.Outbox.Where(m => m.Id == id && m.SentUtc == null).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.SentUtc, nowUtc).SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null));

    public Task MarkFailedAsync(OutboxMessage message, string claimant, string error, DateTime nextAttemptUtc)
    {
        var attempts = message.Attempts + 1;
        var recorded = error.Length <= 2000 ? error : error[..2000];
        return Held(message.Id, claimant).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, recorded).SetProperty(m => m.NextAttemptUtc, nextAttemptUtc)
            .SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null));
    }

    /// <summary>Gives the message back untried, as when the service stops during a send.</summary>
    public Task ReleaseAsync(long id, string claimant) =>
        Held(id, claimant).ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null));

    /// <summary>Makes a failing message due at once; false when it was sent meanwhile or does not exist.</summary>
    public async Task<bool> RetryNowAsync(long id, DateTime nowUtc) =>
        await db.Outbox.Where(m => m.Id == id && m.SentUtc == null).ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptUtc, nowUtc)) == 1;

    private IQueryable<OutboxMessage> Claimable(DateTime nowUtc) =>
        db.Outbox.Where(m => m.SentUtc == null && !m.HeldForDigest && m.NextAttemptUtc <= nowUtc && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < nowUtc));

    private IQueryable<OutboxMessage> Held(long id, string claimant) =>
        db.Outbox.Where(m => m.Id == id && m.ClaimedBy == claimant && m.SentUtc == null);
}
