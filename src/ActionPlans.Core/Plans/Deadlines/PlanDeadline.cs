namespace ActionPlans.Core.Plans.Deadlines;

/// <summary>
/// When an action plan is due: a number of working days after the report's publication (10 unless
/// configured otherwise), counting Monday to Friday without bank holidays and not counting the day of
/// publication itself. Due is always a working day.
/// </summary>
public sealed record PlanDeadline
{
    public const int DefaultWorkingDays = 10;

    private readonly WorkingCalendar _calendar;

    private PlanDeadline(DateOnly reportPublished, int workingDays, WorkingCalendar calendar)
    {
        _calendar = calendar;
        ReportPublished = reportPublished;
        WorkingDays = workingDays;
        Due = calendar.AddWorkingDays(reportPublished, workingDays);
    }

    public DateOnly ReportPublished { get; }
    public int WorkingDays { get; }
    public DateOnly Due { get; }

    public static PlanDeadline After(DateOnly reportPublished, int workingDays = DefaultWorkingDays, WorkingCalendar? calendar = null)
    {
        // With no working day to count, a report published on a Saturday would be "due" that Saturday.
        if (workingDays < 1) throw new DomainRuleException("A plan's deadline is at least one working day after the report's publication.");
        return new PlanDeadline(reportPublished, workingDays, calendar ?? WorkingCalendar.EnglandAndWales);
    }

    /// <summary>The deadline of a plan whose report is published; null while it is not, since nothing is due yet.</summary>
    public static PlanDeadline? Of(ActionPlan plan, int workingDays = DefaultWorkingDays, WorkingCalendar? calendar = null) =>
        plan.Inspection.Published is { } published ? After(published, workingDays, calendar) : null;

    /// <summary>
    /// The working days a plan took: from the report's publication to the day the plan was read, the first working day
    /// on or after its submission (negative when sent before publication). A plan is on time when this is at most the
    /// working days allowed, and late by the difference, as <see cref="Judge"/> decides. Null when the bank holidays of
    /// either day are not known, since the count would then be a guess.
    /// </summary>
    public static int? WorkingDaysTaken(DateOnly reportPublished, DateOnly submitted, WorkingCalendar? calendar = null)
    {
        var days = calendar ?? WorkingCalendar.EnglandAndWales;
        if (!days.Knows(reportPublished) || !days.Knows(submitted.AddDays(7))) return null;
        var read = submitted;
        while (!days.IsWorkingDay(read)) read = read.AddDays(1);
        return days.WorkingDaysBetween(reportPublished, read);
    }

    /// <summary>How the deadline stands on <paramref name="today"/>: days left before it, or days late after it.</summary>
    public DeadlineStanding On(DateOnly today) =>
        today <= Due
            ? new DeadlineStanding(Due, _calendar.WorkingDaysBetween(today, Due), Due.DayNumber - today.DayNumber, 0, 0)
            : new DeadlineStanding(Due, 0, 0, WorkingDaysLateOn(today), today.DayNumber - Due.DayNumber);

    /// <summary>Whether a plan submitted on <paramref name="submitted"/> met the deadline; a plan sent before publication is on time.</summary>
    public SubmissionTiming Judge(DateOnly submitted) =>
        new(submitted, Due, submitted <= Due ? 0 : WorkingDaysLateOn(submitted));

    // A plan sent at the weekend is read on the next working day, so a Saturday after a Friday
    // deadline is one working day late, not none.
    private int WorkingDaysLateOn(DateOnly day)
    {
        var read = day;
        while (!_calendar.IsWorkingDay(read)) read = read.AddDays(1);
        return _calendar.WorkingDaysBetween(Due, read);
    }
}

/// <summary>
/// The deadline seen from one day. Days left count the working days after today up to and including
/// the due day (0 on the due day itself); days late count from the day after it. Working days are what
/// the deadline is set in, so they decide lateness; calendar days are given beside them because people
/// plan in weeks ("due in 14 days").
/// </summary>
public sealed record DeadlineStanding(DateOnly Due, int WorkingDaysLeft, int CalendarDaysLeft, int WorkingDaysLate, int CalendarDaysLate)
{
    public bool IsLate => CalendarDaysLate > 0;
    public bool IsDueToday => !IsLate && CalendarDaysLeft == 0;
}

/// <summary>A submission judged against the deadline: on time, or so many working days late.</summary>
public sealed record SubmissionTiming(DateOnly Submitted, DateOnly Due, int WorkingDaysLate)
{
    public bool OnTime => WorkingDaysLate == 0;

    public override string ToString() =>
        OnTime ? "on time" : WorkingDaysLate == 1 ? "1 working day late" : $"{WorkingDaysLate} working days late";
}
