namespace ActionPlans.Core.Plans.Checks;

/// <summary>What the rules found in a plan, and its summary table.</summary>
public sealed record PlanCheck(IReadOnlyList<Finding> Findings, ResponseSummary Summary)
{
    public IEnumerable<Finding> Errors => Findings.Where(f => f.Severity == Severity.Error);
    public IEnumerable<Finding> Warnings => Findings.Where(f => f.Severity == Severity.Warning);

    public bool CanSubmit => !Errors.Any();

    public IEnumerable<Finding> For(int recommendationNumber) => Findings.Where(f => f.RecommendationNumber == recommendationNumber);
}
