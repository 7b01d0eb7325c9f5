namespace ActionPlans.Core.TargetDates;

/// <summary>What kind of target a plan wrote in its target-date column.</summary>
public enum TargetKind
{
    /// <summary>The cell is empty.</summary>
    None,

    /// <summary>One date to deliver by ("December 2020", "Spring 2019", "31/03/2019").</summary>
    Date,

    /// <summary>Recurs after a first occurrence ("Bi-monthly from March 2019", "November 2018 and Quarterly").</summary>
    Recurring,

    /// <summary>Already delivered when the plan was written ("Completed", "Completed April 2019").</summary>
    Completed,

    /// <summary>Continuous work with no date ("Ongoing"): not time-bound.</summary>
    Ongoing,

    /// <summary>A condition or event rather than a date ("Commence from next … meeting"): not time-bound.</summary>
    Condition,
}
