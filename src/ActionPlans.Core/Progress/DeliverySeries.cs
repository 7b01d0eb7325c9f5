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

    public static DeliverySeries PerMonth(IEnumerable<ActionProgress> actions, YearMonth from, YearMonth to, DateOnly asAt)
    {
        if (to < from) throw new DomainRuleException("A chart's range must end on or after the month it starts.");
        var counted = actions
            .Select(a => (Delivery: a.AsAt(asAt), PlannedFor: a.PlannedFor(asAt)))
            .Where(a => a.Delivery.State != DeliveryState.Superseded)
            .Select(a => (
                Planned: a.PlannedFor is { } p ? YearMonth.Of(p) : (YearMonth?)null,
                Completed: a.Delivery.State.IsDelivered() && a.Delivery.CompletedOn is { } c ? YearMonth.Of(c) : (YearMonth?)null))
            .ToList();

        var months = new List<MonthlyDelivery>();
        for (var month = from; month <= to; month = month.Next())
            months.Add(new MonthlyDelivery(month, counted.Count(a => a.Planned == month), counted.Count(a => a.Completed == month)));
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
