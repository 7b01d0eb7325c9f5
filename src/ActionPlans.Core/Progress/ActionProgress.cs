using ActionPlans.Core.Plans;
using ActionPlans.Core.TargetDates;
using ActionPlans.Core.Vocabulary;

namespace ActionPlans.Core.Progress;

/// <summary>
/// The monitoring record of one action: the target agreed in the plan, every revision of it and every
/// update. It enforces the rules for adding to that record and derives the action's standing
/// on any day from what was known on that day.
/// </summary>
/// <remarks>
/// Recurring targets ("Bi-monthly from March 2019") fall due at each occurrence. An occurrence is
/// delivered when an update in its window reports the work done: the window runs from the day after the
/// previous occurrence (from the beginning for the first) to the occurrence itself, and "done" means an
/// in-progress update (another round delivered) or a completion. An occurrence whose window passes
/// without one is missed. A one-off target is a single occurrence that only a completion delivers.
/// An action is overdue while its latest passed occurrence was missed and nothing has been delivered
/// since; an occurrence already delivered ahead of its day is on track, never due soon.
/// </remarks>
public sealed class ActionProgress
{
    private readonly ActionPlan _plan;
    private readonly List<UpdateContent> _updates;
    private readonly List<TargetRevision> _revisions;

    public ActionProgress(ActionPlan plan, PlannedAction action)
    {
        _plan = plan;
        Action = action;
        // Stable sorts: updates and revisions dated the same day keep the order they were made in.
        _updates = action.Updates.OrderBy(u => u.On).ThenBy(u => u.Id).Select(UpdateContent.From).ToList();
        _revisions = action.Revisions.OrderBy(r => r.On).ThenBy(r => r.Id).ToList();
    }

    public PlannedAction Action { get; }

    /// <summary>The target as the plan agreed it, before any revision.</summary>
    public TargetDate Agreed => Action.Target;

    public IReadOnlyList<TargetRevision> Revisions => _revisions;

    public IReadOnlyList<UpdateContent> Updates => _updates;

    /// <summary>The target in force on a day: the latest revision made by then, or the agreed one.</summary>
    public TargetDate TargetAsAt(DateOnly date) => _revisions.LastOrDefault(r => r.On <= date)?.To ?? Agreed;

    /// <summary>Checks an update against the rules, records it on the action and returns it.</summary>
    public UpdateContent Record(UpdateContent update, DateOnly today)
    {
        RequireOpen(today);
        RequireDate(update.On, today, "An update", nameof(UpdateContent.On));
        if (update.CompletedOn is { } completed) RequireDate(completed, today, "A completion", nameof(UpdateContent.CompletedOn));
        Action.RecordProgress(update);
        // Updates are kept in date order; one dated the same day as others goes after them.
        _updates.Insert(_updates.FindLastIndex(r => r.On <= update.On) + 1, update);
        return update;
    }

    /// <summary>Moves the target to a new date for a stated reason, keeping the earlier targets on record.</summary>
    public TargetRevision ReviseTarget(TargetDate to, string reason, DateOnly on, string by, DateOnly today)
    {
        RequireOpen(today);
        RequireDate(on, today, "A revised target", nameof(TargetRevision.On));
        if (_revisions.Count > 0 && on < _revisions[^1].On)
            throw new DomainRuleException($"A revision cannot be dated before the latest one, on {DateWords.Day(_revisions[^1].On)}.", nameof(TargetRevision.On));
        var revision = new TargetRevision(TargetAsAt(on), to, reason, on, by);
        Action.AddRevision(revision);
        _revisions.Add(revision);
        return revision;
    }

    /// <summary>
    /// The action's standing on <paramref name="date"/>, from the target, revisions and updates dated on
    /// or before it; anything later is ignored, so the answer for a past day never changes.
    /// </summary>
    public ActionDelivery AsAt(DateOnly date, DueSoonWindow? window = null)
    {
        var soon = window ?? DueSoonWindow.Default;
        var target = TargetAsAt(date);
        if (Action.CompletedAtSubmission)
            return new ActionDelivery(DeliveryState.CompletedOnTime, target.Due, Agreed.CompletedBy ?? _plan.Submitted, 0);

        var known = _updates.Where(r => r.On <= date).ToList();
        var deliveries = known.Select(r => DeliveredOn(r, target)).OfType<DateOnly>().ToList();
        switch (known.LastOrDefault())
        {
            case { Status: DeliveryStatus.Superseded }:
                return new ActionDelivery(DeliveryState.Superseded, null, null, Occurrences.Of(target, deliveries, date).Missed);
            case { Status: DeliveryStatus.NotDelivered }:
                return new ActionDelivery(DeliveryState.NotDelivered, target.Due, null, Occurrences.Of(target, deliveries, date).Missed);
            case { Status: DeliveryStatus.Completed, CompletedOn: { } completed }:
                // Occurrences on the completion day itself count as passed: a completion that day is on time.
                var byCompletion = Occurrences.Of(target, deliveries, completed.AddDays(1));
                return new ActionDelivery(byCompletion.Missed == 0 ? DeliveryState.CompletedOnTime : DeliveryState.CompletedLate,
                    byCompletion.LastPassed ?? target.Due, completed, byCompletion.Missed);
        }

        var now = Occurrences.Of(target, deliveries, date);
        if (now.LastPassed is null && now.Next is null) return new ActionDelivery(DeliveryState.NoTarget, null, null, 0);
        if (now.LastPassedMissed && !now.NextDelivered) return new ActionDelivery(DeliveryState.Overdue, now.LastPassed, null, now.Missed);
        var state = now.Next is { } next && !now.NextDelivered && soon.Covers(next, date) ? DeliveryState.DueSoon : DeliveryState.OnTrack;
        return new ActionDelivery(state, now.Next ?? now.LastPassed, null, now.Missed);
    }

    /// <summary>
    /// The day the whole action is planned to be delivered by, as known on <paramref name="date"/>: the due
    /// date, or the last occurrence of a recurrence that ends; null when open-ended or undated.
    /// </summary>
    public DateOnly? PlannedFor(DateOnly date)
    {
        var target = TargetAsAt(date);
        if (target.Recurrence is null) return target.Due;
        return target.RecursUntil is { } until ? target.DueOccurrences(until).Cast<DateOnly?>().LastOrDefault() : null;
    }

    /// <summary>
    /// The action's standing on every day, as consecutive periods from the earliest day on, each worked out with
    /// <see cref="AsAt"/> on its first day. The standing can only change on a day something is recorded, the day a
    /// due-soon window opens before an occurrence and the day after an occurrence, so those are the days asked about.
    /// </summary>
    public IReadOnlyList<StandingPeriod> Periods(DueSoonWindow? window = null)
    {
        var soon = window ?? DueSoonWindow.Default;
        var periods = new List<StandingPeriod>();
        foreach (var day in ChangeDays(soon))
        {
            var delivery = AsAt(day, soon);
            var (planned, completed) = ChartMonths(delivery, day);
            var late = DaysLate(delivery);
            if (periods.Count > 0 && periods[^1] is var last && last.State == delivery.State && last.PlannedIn == planned && last.CompletedIn == completed
                && last.DaysLate == late)
                continue;
            if (periods.Count > 0) periods[^1] = periods[^1] with { Until = day };
            periods.Add(new StandingPeriod(day, null, delivery.State, planned, completed) { DaysLate = late });
        }
        return periods;
    }

    /// <summary>How many calendar days after the occurrence it missed a late completion came; null unless completed late.</summary>
    public static int? DaysLate(ActionDelivery delivery) =>
        delivery is { State: DeliveryState.CompletedLate, Due: { } due, CompletedOn: { } completed } ? completed.DayNumber - due.DayNumber : null;

    /// <summary>The months the action counts in on its plan's delivery chart as known on <paramref name="date"/>.</summary>
    public (YearMonth? Planned, YearMonth? Completed) ChartMonths(DateOnly date, DueSoonWindow? window = null) =>
        ChartMonths(AsAt(date, window), date);

    private (YearMonth? Planned, YearMonth? Completed) ChartMonths(ActionDelivery delivery, DateOnly date)
    {
        var (planned, completed) = DeliverySeries.CountedIn(delivery, PlannedFor(date));
        // The chart starts with the plan: months before it count nothing (a target already completed before submission).
        if (PlanDelivery.ChartStart(_plan) is { } start)
            return (planned < start ? null : planned, completed < start ? null : completed);
        return (planned, completed);
    }

    private SortedSet<DateOnly> ChangeDays(DueSoonWindow soon)
    {
        var days = new SortedSet<DateOnly> { DateOnly.MinValue };
        foreach (var update in _updates) days.Add(update.On);
        foreach (var revision in _revisions) days.Add(revision.On);
        var lastRecorded = days.Max;
        foreach (var target in _revisions.Select(r => r.To).Prepend(Agreed))
        {
            // After the second occurrence past the last thing recorded, nothing new can be delivered ahead of the
            // next one, so an undelivered action stays as it then is (overdue) until something is recorded.
            var beyond = 0;
            foreach (var occurrence in target.DueOccurrences(DateOnly.MaxValue))
            {
                if (occurrence.DayNumber - soon.Days >= DateOnly.MinValue.DayNumber) days.Add(occurrence.AddDays(-soon.Days));
                if (occurrence < DateOnly.MaxValue) days.Add(occurrence.AddDays(1));
                if (occurrence > lastRecorded && ++beyond == 2) break;
            }
        }
        return days;
    }

    /// <summary>The day an update shows the work delivered on, if it does.</summary>
    private static DateOnly? DeliveredOn(UpdateContent update, TargetDate target) => update.Status switch
    {
        DeliveryStatus.Completed => update.CompletedOn,
        DeliveryStatus.InProgress when target.Recurrence is not null => update.On,
        _ => null,
    };

    /// <summary>Why the action takes no updates or revisions on <paramref name="today"/>; null while it takes them.</summary>
    public string? ClosedToUpdates(DateOnly today)
    {
        // A plan under review can still be returned and its actions changed or removed: nothing is recorded until it is agreed.
        if (!_plan.IsBeingDelivered)
            return $"Progress is reported once the plan is accepted; this plan is {_plan.Status.Words().ToLowerInvariant()}.";
        if (_plan.Closed is { } closed)
            return $"The plan was closed on {DateWords.Day(closed)}, so its actions take no more updates.";
        if (AsAt(today).State.IsDelivered())
            return "This action is completed, so it takes no more updates.";
        return null;
    }

    private void RequireOpen(DateOnly today)
    {
        if (ClosedToUpdates(today) is { } reason) throw new DomainRuleException(reason);
    }

    private void RequireDate(DateOnly on, DateOnly today, string what, string about)
    {
        if (on > today) throw new DomainRuleException($"{what} cannot be dated after today ({DateWords.Day(today)}).", about);
        if (_plan.Submitted is { } submitted && on < submitted)
            throw new DomainRuleException($"{what} cannot be dated before the plan was submitted on {DateWords.Day(submitted)}.", about);
    }

    /// <summary>A target's occurrences around a day, judged against the days delivery was reported.</summary>
    private sealed record Occurrences(int Missed, DateOnly? LastPassed, bool LastPassedMissed, DateOnly? Next, bool NextDelivered)
    {
        /// <summary>Occurrences before <paramref name="date"/> have passed; the first on or after it is next.</summary>
        public static Occurrences Of(TargetDate target, IReadOnlyList<DateOnly> deliveries, DateOnly date)
        {
            var missed = 0;
            DateOnly? previous = null;
            var previousMissed = false;
            foreach (var occurrence in target.DueOccurrences(DateOnly.MaxValue))
            {
                var delivered = deliveries.Any(d => (previous is null || d > previous) && d <= occurrence);
                if (occurrence >= date) return new Occurrences(missed, previous, previousMissed, occurrence, delivered);
                previousMissed = !delivered;
                if (previousMissed) missed++;
                previous = occurrence;
            }
            return new Occurrences(missed, previous, previousMissed, null, false);
        }
    }
}
