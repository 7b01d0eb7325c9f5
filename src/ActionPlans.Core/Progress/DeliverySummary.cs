namespace ActionPlans.Core.Progress;

/// <summary>
/// How a group of actions stands: how many are in each state, the worst RAG among them and the share
/// delivered. Superseded actions are counted but left out of the share, since nobody will deliver them.
/// Summaries add up, so a plan's is the sum of its recommendations' and a provider's the sum of its plans'.
/// </summary>
public sealed class DeliverySummary
{
    private static readonly DeliveryState[] States = Enum.GetValues<DeliveryState>();

    private readonly IReadOnlyDictionary<DeliveryState, int> _counts;

    private DeliverySummary(IReadOnlyDictionary<DeliveryState, int> counts) => _counts = counts;

    public static DeliverySummary Of(IEnumerable<DeliveryState> states)
    {
        var all = states.ToList();
        return new DeliverySummary(States.ToDictionary(s => s, s => all.Count(a => a == s)));
    }

    /// <summary>A summary from counts already made (by a database), states not named counting none.</summary>
    public static DeliverySummary Of(IEnumerable<(DeliveryState State, int Count)> counts)
    {
        var given = counts.GroupBy(c => c.State).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        return new DeliverySummary(States.ToDictionary(s => s, s => given.GetValueOrDefault(s)));
    }

    public static DeliverySummary Of(IEnumerable<ActionDelivery> actions) => Of(actions.Select(a => a.State));

    public static DeliverySummary Combine(IEnumerable<DeliverySummary> parts)
    {
        var all = parts.ToList();
        return new DeliverySummary(States.ToDictionary(s => s, s => all.Sum(p => p.Count(s))));
    }

    public int Count(DeliveryState state) => _counts[state];

    public int Total => _counts.Values.Sum();

    public int Delivered => States.Where(s => s.IsDelivered()).Sum(Count);

    /// <summary>Delivered actions as a share (0 to 1) of those still expected; null when none are.</summary>
    public double? ShareDelivered
    {
        get
        {
            var expected = Total - Count(DeliveryState.Superseded);
            return expected == 0 ? null : (double)Delivered / expected;
        }
    }

    public Rag WorstRag => States.Where(s => Count(s) > 0).Select(s => s.Rag()).DefaultIfEmpty(Rag.None).Max();
}
