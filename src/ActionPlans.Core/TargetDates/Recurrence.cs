namespace ActionPlans.Core.TargetDates;

/// <summary>How often a recurring target falls due after its first occurrence.</summary>
public enum Recurrence
{
    Monthly,
    BiMonthly,
    Quarterly,
    BiAnnual,
    Annual,
}
