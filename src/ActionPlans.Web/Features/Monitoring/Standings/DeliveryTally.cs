using ActionPlans.Core.Progress;

namespace ActionPlans.Web.Features.Monitoring.Standings;

/// <summary>What a tally counts.</summary>
public enum TallyMeasure
{
    /// <summary>Actions in a state (<see cref="DeliveryTally.Key"/> is the state), per provider.</summary>
    State,

    /// <summary>Actions planned in a month (the key is the month number), across all providers.</summary>
    Planned,

    /// <summary>Actions completed in a month (the key is the month number), across all providers.</summary>
    Completed,

    /// <summary>Plans being delivered, per provider (the key is 0), as they are now: a <see cref="TallySpan.Year"/> row starting on <see cref="DeliveryTally.Always"/>.</summary>
    Plans,

    /// <summary>Published plans, per provider (the key is 0), as they are now.</summary>
    PublishedPlans,

    /// <summary>Plans being delivered whose chart starts in a month (the key is the month number), across all providers, as they are now.</summary>
    ChartStarts,
}

/// <summary>How long a stretch a tally row sums: changes on one day, in one month or in one year.</summary>
public enum TallySpan
{
    Day,
    Month,
    Year,
}

/// <summary>
/// The net change, over one day, month or year starting on <see cref="Start"/>, in how many actions stand in a state
/// (or count on the chart in a month). Each change is added to its day, its month and its year, so the count on any
/// day D is the sum of the years before D's year, the months of that year before D's month and the days of D's month
/// up to D: a few thousand rows at most, however many actions there are.
/// </summary>
public sealed class DeliveryTally
{
    /// <summary>The provider of a <see cref="TallyMeasure.State"/> tally; 0 for the national chart measures.</summary>
    public int ProviderId { get; set; }

    public TallySpan Span { get; set; }
    public DateOnly Start { get; set; }
    public TallyMeasure Measure { get; set; }
    public int Key { get; set; }
    public int Change { get; set; }

    /// <summary>The first day of the day, month and year <paramref name="day"/> falls in, one for each span.</summary>
    public static IEnumerable<(TallySpan Span, DateOnly Start)> Spans(DateOnly day) =>
    [
        (TallySpan.Day, day),
        (TallySpan.Month, new DateOnly(day.Year, day.Month, 1)),
        (TallySpan.Year, new DateOnly(day.Year, 1, 1)),
    ];

    /// <summary>The start of the one row of a measure counted as things are now, not as at a day: before every year, so every day's sum includes it.</summary>
    public static readonly DateOnly Always = DateOnly.MinValue;

    public static DeliveryState StateOf(int key) => (DeliveryState)key;
}
