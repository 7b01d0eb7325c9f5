namespace ActionPlans.Core.Insight;

/// <summary>How far the actions a published plan set for a recommendation were delivered, as at a day.</summary>
public enum ActionsDelivered
{
    All,
    Some,
    None,

    /// <summary>The plan's response set no action that still counts (none, or all superseded).</summary>
    NoActions,

    /// <summary>No published plan answered it, or the original is not in the service.</summary>
    NoPlan,
}

public static class ActionsDeliveredCounts
{
    /// <param name="answered">Whether a published plan answered the recommendation.</param>
    /// <param name="expected">Its actions, less the superseded ones.</param>
    /// <param name="delivered">Those completed (on time or late) by the day.</param>
    public static ActionsDelivered Of(bool answered, int expected, int delivered) =>
        !answered ? ActionsDelivered.NoPlan
        : expected == 0 ? ActionsDelivered.NoActions
        : delivered >= expected ? ActionsDelivered.All
        : delivered > 0 ? ActionsDelivered.Some
        : ActionsDelivered.None;

    public static string Words(this ActionsDelivered delivered) => delivered switch
    {
        ActionsDelivered.All => "All actions delivered",
        ActionsDelivered.Some => "Some actions delivered",
        ActionsDelivered.None => "No action delivered",
        ActionsDelivered.NoActions => "No actions planned",
        _ => "No published plan known",
    };
}
