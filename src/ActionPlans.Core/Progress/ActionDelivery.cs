namespace ActionPlans.Core.Progress;

/// <summary>
/// An action's standing on one day. <paramref name="Due"/> is the occurrence that decides the state
/// (the one missed when overdue, the next one otherwise); <paramref name="MissedOccurrences"/> counts
/// every occurrence that passed without a reported delivery.
/// </summary>
public sealed record ActionDelivery(DeliveryState State, DateOnly? Due, DateOnly? CompletedOn, int MissedOccurrences)
{
    public Rag Rag => State.Rag();
}
