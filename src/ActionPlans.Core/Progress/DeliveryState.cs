namespace ActionPlans.Core.Progress;

/// <summary>Where an action stands on a given day, derived from its target, revisions and updates.</summary>
public enum DeliveryState
{
    /// <summary>The target names no date ("Ongoing", a condition, "Quarterly" with no start), so it cannot fall due.</summary>
    NoTarget,
    OnTrack,
    DueSoon,
    Overdue,
    CompletedOnTime,
    CompletedLate,
    NotDelivered,

    /// <summary>Replaced by another action; it no longer counts towards delivery.</summary>
    Superseded,
}

/// <summary>Red, amber, green: how worried a reader should be. None is shown grey and is never the worst.</summary>
public enum Rag
{
    None,
    Green,
    Amber,
    Red,
}

public static class DeliveryStateRag
{
    /// <summary>
    /// The one place the RAG rating is decided. Red: overdue or not delivered, the commitment is broken.
    /// Amber: due soon, or completed late, done but the date was missed. Green: on track or completed on
    /// time. None: superseded or no target, where there is no date to judge against.
    /// </summary>
    public static Rag Rag(this DeliveryState state) => state switch
    {
        DeliveryState.Overdue or DeliveryState.NotDelivered => Progress.Rag.Red,
        DeliveryState.DueSoon or DeliveryState.CompletedLate => Progress.Rag.Amber,
        DeliveryState.OnTrack or DeliveryState.CompletedOnTime => Progress.Rag.Green,
        _ => Progress.Rag.None,
    };

    public static bool IsDelivered(this DeliveryState state) =>
        state is DeliveryState.CompletedOnTime or DeliveryState.CompletedLate;
}
