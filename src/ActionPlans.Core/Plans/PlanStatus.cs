namespace ActionPlans.Core.Plans;

public enum PlanStatus
{
    Draft,
    Submitted,
    Returned,
    Accepted,
    Published,
}
