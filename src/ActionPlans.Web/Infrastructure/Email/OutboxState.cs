namespace ActionPlans.Web.Infrastructure.Email;

/// <summary>Where a message stands: waiting for its first attempt, sent, or failed at least once and waiting to try again.</summary>
public enum OutboxState
{
    Queued,
    Sent,
    Failing,
}

public static class OutboxStates
{
    public static OutboxState StateOf(OutboxMessage message) =>
        message.SentUtc is not null ? OutboxState.Sent : message.Attempts > 0 ? OutboxState.Failing : OutboxState.Queued;

    public static IQueryable<OutboxMessage> InState(this IQueryable<OutboxMessage> messages, OutboxState state) => state switch
    {
        OutboxState.Sent => messages.Where(m => m.SentUtc != null),
        OutboxState.Failing => messages.Where(m => m.SentUtc == null && m.Attempts > 0),
        _ => messages.Where(m => m.SentUtc == null && m.Attempts == 0),
    };
}
