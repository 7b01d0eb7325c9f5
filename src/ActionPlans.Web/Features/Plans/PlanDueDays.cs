using ActionPlans.Core.Plans.Deadlines;

namespace ActionPlans.Web.Features.Plans;

/// <summary>
/// How many working days after its report a plan is due (<c>Plans:DueWorkingDays</c>), read once for the plan's page,
/// the plan-deadline notices and the insight's timeliness figures.
/// </summary>
public sealed record PlanDueDays(int WorkingDays)
{
    public const string Setting = "Plans:DueWorkingDays";

    public static PlanDueDays From(IConfiguration configuration) =>
        new(configuration.GetValue(Setting, PlanDeadline.DefaultWorkingDays));
}
