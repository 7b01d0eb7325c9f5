namespace ActionPlans.Core.Progress;

public enum DeliveryStatus
{
    NotStarted,
    InProgress,
    Completed,
    NotDelivered,
    Superseded,
}
