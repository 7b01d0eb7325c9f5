using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.TargetDates;

namespace ActionPlans.Core.Tests.Plans;

/// <summary>A fictional provider's plan with three recommendations, its report published on 2 March 2026.</summary>
public static class PlanFixture
{
    public static readonly DateOnly ReportPublished = new(2026, 3, 2);

    public static ActionPlan NewPlan()
    {
        var provider = new Organisation("Wealdshire CRC", OrganisationKind.CommunityRehabilitationCompany);
        var inspection = new Inspection(provider, InspectionKind.CrcInspection, new DateOnly(2025, 10, 6), ReportPublished);
        inspection.Recommend(1, "Improve the quality of risk assessments.", provider);
        inspection.Recommend(2, "Make sure home visits take place.", provider);
        inspection.Recommend(3, "Increase the range of unpaid work placements.", provider);
        return new ActionPlan(inspection);
    }

    /// <summary>A plan that meets every rule: each recommendation answered, each action owned, dated and measurable.</summary>
    public static ActionPlan CompletePlan()
    {
        var plan = NewPlan();
        var r1 = plan.Responses[0];
        r1.Answer(ResponseKind.Agreed, "The provider agrees.");
        r1.AddAction("Deliver risk assessment training to all practitioners", "Head of Quality", TargetDate.Parse("September 2026"));
        r1.AddAction("Audit 30 cases each month against the new standard", "Quality Lead", TargetDate.Parse("December 2026"));
        var r2 = plan.Responses[1];
        r2.Answer(ResponseKind.PartlyAgreed, "Home visits resume where safe.", "Visits to all high-risk cases",
            ReasonCategories.Affordability, "Visiting every case needs more staff than the contract pays for.");
        r2.AddAction("Publish a home visit policy for high-risk cases", "Head of Operations", TargetDate.Parse("June 2026"));
        var r3 = plan.Responses[2];
        r3.Answer(ResponseKind.NotAgreed, "The placements are set by the contract.", null,
            ReasonCategories.Commissioning, "Placements are commissioned nationally.");
        return plan;
    }
}
