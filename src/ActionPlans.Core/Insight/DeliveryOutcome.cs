using ActionPlans.Core.Progress;

namespace ActionPlans.Core.Insight;

/// <summary>What national figures say of an action's delivery on a day: the states people ask about, with the rest gathered.</summary>
public enum DeliveryOutcome
{
    DeliveredOnTime,
    DeliveredLate,
    Overdue,

    /// <summary>On track or due soon: its date has not yet passed.</summary>
    NotYetDue,

    NotDelivered,

    /// <summary>The target names no date, so there is nothing to be on time for.</summary>
    NoDate,

    /// <summary>Replaced by another action; left out of the shares, as it no longer counts towards delivery.</summary>
    Superseded,
}

public static class DeliveryOutcomes
{
    /// <summary>The outcomes that count towards delivery, in the order tables give them.</summary>
    public static readonly IReadOnlyList<DeliveryOutcome> Counted =
        [DeliveryOutcome.DeliveredOnTime, DeliveryOutcome.DeliveredLate, DeliveryOutcome.Overdue, DeliveryOutcome.NotYetDue, DeliveryOutcome.NotDelivered, DeliveryOutcome.NoDate];

    public static DeliveryOutcome Of(DeliveryState state) => state switch
    {
        DeliveryState.CompletedOnTime => DeliveryOutcome.DeliveredOnTime,
        DeliveryState.CompletedLate => DeliveryOutcome.DeliveredLate,
        DeliveryState.Overdue => DeliveryOutcome.Overdue,
        DeliveryState.OnTrack or DeliveryState.DueSoon => DeliveryOutcome.NotYetDue,
        DeliveryState.NotDelivered => DeliveryOutcome.NotDelivered,
        DeliveryState.NoTarget => DeliveryOutcome.NoDate,
        _ => DeliveryOutcome.Superseded,
    };

    public static string Words(this DeliveryOutcome outcome) => outcome switch
    {
        DeliveryOutcome.DeliveredOnTime => "Delivered by target",
        DeliveryOutcome.DeliveredLate => "Delivered late",
        DeliveryOutcome.Overdue => "Overdue",
        DeliveryOutcome.NotYetDue => "Not yet due",
        DeliveryOutcome.NotDelivered => "Not delivered",
        DeliveryOutcome.NoDate => "No date to meet",
        _ => "Superseded",
    };
}

/// <summary>Actions counted by <see cref="DeliveryOutcome"/>.</summary>
public sealed record OutcomeCounts(IReadOnlyDictionary<DeliveryOutcome, int> Counts)
{
    public static OutcomeCounts Of(IEnumerable<(DeliveryState State, int Count)> states) =>
        new(states.GroupBy(s => DeliveryOutcomes.Of(s.State)).ToDictionary(g => g.Key, g => g.Sum(s => s.Count)));

    public int this[DeliveryOutcome outcome] => Counts.GetValueOrDefault(outcome);

    /// <summary>The actions that count towards delivery: all but the superseded.</summary>
    public int Counted => DeliveryOutcomes.Counted.Sum(o => this[o]);

    /// <summary>The percentage of the counted actions with this outcome, to one decimal place; 0 when none are counted.</summary>
    public decimal Share(DeliveryOutcome outcome) => Counted == 0 ? 0 : Math.Round(100m * this[outcome] / Counted, 1, MidpointRounding.AwayFromZero);
}

/// <summary>Figures about whole numbers that a database counted by value (days, revisions), finished here over the few values.</summary>
public static class CountedValues
{
    /// <summary>The median of the values, each occurring <c>Count</c> times: the middle one, or the mean of the middle two; null when there are none.</summary>
    public static decimal? Median(IEnumerable<(int Value, int Count)> counted)
    {
        var sorted = counted.Where(c => c.Count > 0).OrderBy(c => c.Value).ToList();
        var total = sorted.Sum(c => (long)c.Count);
        if (total == 0) return null;
        decimal At(long index)
        {
            foreach (var (value, count) in sorted)
            {
                if (index < count) return value;
                index -= count;
            }
            throw new InvalidOperationException("The index is past the values counted.");
        }
        return total % 2 == 1 ? At(total / 2) : (At(total / 2 - 1) + At(total / 2)) / 2;
    }

    /// <summary>How many of the values fall in each band, given as its least value (the last band takes the rest); bands keep their order.</summary>
    public static IReadOnlyList<int> InBands(IEnumerable<(int Value, int Count)> counted, IReadOnlyList<int> bandStarts)
    {
        var bands = new int[bandStarts.Count];
        foreach (var (value, count) in counted)
        {
            var band = bandStarts.Count - 1;
            while (band > 0 && value < bandStarts[band]) band--;
            bands[band] += count;
        }
        return bands;
    }
}
