using ActionPlans.Core.Plans;
using ActionPlans.Core.Vocabulary;

namespace ActionPlans.Core.Progress;

/// <summary>
/// The days a plan's delivery can be reported as at: from the plan's submission, when its delivery began,
/// to today, since nothing is known yet of later days.
/// </summary>
public static class ReportingDay
{
    public static void Check(ActionPlan plan, DateOnly day, DateOnly today)
    {
        if (day > today)
            throw new DomainRuleException($"A progress report cannot be as at a day after today ({DateWords.Day(today)}).");
        if (plan.Submitted is { } submitted && day < submitted)
            throw new DomainRuleException($"A progress report cannot be as at a day before the plan was submitted on {DateWords.Day(submitted)}.");
    }
}
