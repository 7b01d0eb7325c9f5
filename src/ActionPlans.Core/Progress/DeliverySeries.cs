namespace ActionPlans.Core.Progress;

/// <summary>How many actions were planned to be delivered and how many were delivered in one month.</summary>
public sealed record MonthlyDelivery(YearMonth Month, int Planned, int Completed);

/// <summary>
/// Actions planned against actions completed, month by month over a range, as known on one day.
/// An action is planned once, in the month of <see cref="ActionProgress.PlannedFor"/> (superseded ones
/// are not); it is completed once, in the month of its completion. Cumulative figures run from the
/// start of the range.
/// </summary>
public sealed class DeliverySeries
{
    private DeliverySeries(IReadOnlyList<MonthlyDelivery> months, bool cumulative, DateOnly asAt)
    {
        Months = months;
        IsCumulative = cumulative;
        AsAt = asAt;
    }

    public IReadOnlyList<MonthlyDelivery> Months { get; }
    public bool IsCumulative { get; }
    public DateOnly AsAt { get; }

    public int TotalPlanned => IsCumulative ? Months.LastOrDefault()?.Planned ?? 0 : Months.Sum(m => m.Planned);
    public int TotalCompleted => IsCumulative ? Months.LastOrDefault()?.Completed ?? 0 : Months.Sum(m => m.Completed);

    public static DeliverySeries PerMonth(IEnumerable<ActionProgress> actions, YearMonth from, YearMonth to, DateOnly asAt) =>
        PerMonth(actions.Select(a => (a.AsAt(asAt), a.PlannedFor(asAt))), from, to, asAt);

    /// <summary>The same, from each action's standing and planned day as already worked out for <paramref name="asAt"/>.</summary>
    internal static DeliverySeries PerMonth(IEnumerable<(ActionDelivery Delivery, DateOnly? PlannedFor)> actions, YearMonth from, YearMonth to, DateOnly asAt)
    {
        if (to < from) throw new DomainRuleException("A chart's range must end on or after the month it starts.");
        var counted = actions.Select(a => CountedIn(a.Delivery, a.PlannedFor)).ToList();

        var months = new List<MonthlyDelivery>();
        for (var month = from; month <= to; month = month.Next())
            months.Add(new MonthlyDelivery(month, counted.Count(a => a.Planned == month), counted.Count(a => a.Completed == month)));
        return new DeliverySeries(months, cumulative: false, asAt);
    }

    /// <summary>The months one action counts in: planned in its planned month unless superseded, completed in its completion month once delivered.</summary>
    public static (YearMonth? Planned, YearMonth? Completed) CountedIn(ActionDelivery delivery, DateOnly? plannedFor) =>
        delivery.State == DeliveryState.Superseded
            ? (null, null)
            : (plannedFor is { } p ? YearMonth.Of(p) : null,
                delivery.State.IsDelivered() && delivery.CompletedOn is { } c ? YearMonth.Of(c) : null);

    /// <summary>
    /// Separate groups' series (such as each plan's) added month by month, over every month any of them covers;
    /// a month outside a group's own range counts nothing for it. No groups give one empty month, that of <paramref name="asAt"/>.
    /// </summary>
    public static DeliverySeries Sum(IReadOnlyCollection<DeliverySeries> parts, DateOnly asAt)
    {
        if (parts.Any(p => p.IsCumulative)) throw new ArgumentException("Only monthly figures add up; sum before making a series cumulative.", nameof(parts));
        var byMonth = parts.SelectMany(p => p.Months).GroupBy(m => m.Month)
            .ToDictionary(g => g.Key, g => new MonthlyDelivery(g.Key, g.Sum(m => m.Planned), g.Sum(m => m.Completed)));
        var from = byMonth.Count == 0 ? YearMonth.Of(asAt) : byMonth.Keys.Min();
        var to = byMonth.Count == 0 ? from : byMonth.Keys.Max();
        var months = new List<MonthlyDelivery>();
        for (var month = from; month <= to; month = month.Next())
            months.Add(byMonth.GetValueOrDefault(month) ?? new MonthlyDelivery(month, 0, 0));
        return new DeliverySeries(months, cumulative: false, asAt);
    }

    /// <summary>A series from figures counted before, as a published progress report keeps them, so its chart is drawn as it was.</summary>
    public static DeliverySeries Of(IEnumerable<MonthlyDelivery> months, DateOnly asAt) => new([.. months], cumulative: false, asAt);

    public DeliverySeries Cumulative()
    {
        if (IsCumulative) return this;
        int planned = 0, completed = 0;
        var running = Months.Select(m => new MonthlyDelivery(m.Month, planned += m.Planned, completed += m.Completed)).ToList();
        return new DeliverySeries(running, cumulative: true, AsAt);
    }
}
