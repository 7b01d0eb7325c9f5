namespace ActionPlans.Web.Features.Plans;

/// <summary>A plan as it stood when submitted, kept whole (the domain's PlanVersion as JSON) for comparison later.</summary>
public sealed class FrozenVersion
{
    public int Id { get; set; }
    public int ActionPlanId { get; set; }
    public int Number { get; set; }
    public DateOnly Submitted { get; set; }
    public string Json { get; set; } = "";
}
