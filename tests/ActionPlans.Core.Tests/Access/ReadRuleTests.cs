using System.Reflection;
using ActionPlans.Core.Access;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;

namespace ActionPlans.Core.Tests.Access;

/// <summary>
/// The read rules as a query filter (run here by LINQ to objects, as a database runs the same tree) and as the check
/// for one row agree with each other and with the rule as the service states it, for every kind of viewer and row.
/// </summary>
public class ReadRuleTests
{
    private const int Provider = 1, Addressee = 2, Other = 3;
    private static readonly DateOnly Today = new(2026, 11, 30);

    /// <summary>Every combination of roles (none, each, inspector and coordinator), signed in or not, and organisation.</summary>
    public static IEnumerable<Viewer> Viewers()
    {
        string[][] roles = [[], [Role.Inspector], [Role.Administrator], [Role.Coordinator], [Role.ActionOwner], [Role.Inspector, Role.Coordinator]];
        foreach (var set in roles)
            foreach (var signedIn in new[] { false, true })
                foreach (var organisation in new int?[] { null, Provider, Addressee, Other })
                    yield return new Viewer(set.ToHashSet(), organisation, signedIn);
    }

    private static void SetId<T>(T row, string property, int id) =>
        typeof(T).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(row, id);

    private static Inspection InspectionOf(DateOnly? published)
    {
        var provider = new Organisation("Fenmoor and Dales CRC", OrganisationKind.CommunityRehabilitationCompany);
        var inspection = new Inspection(provider, InspectionKind.CrcInspection, null, published);
        SetId(inspection, nameof(Inspection.ProviderId), Provider);
        return inspection;
    }

    /// <summary>A plan with one recommendation to the provider and, when asked, one to another body.</summary>
    private static ActionPlan PlanOf(PlanStatus status, bool addressesAnotherBody)
    {
        var inspection = InspectionOf(new DateOnly(2025, 6, 12));
        SetId(inspection.Recommend(1, "Improve risk assessments.", inspection.Provider), nameof(Core.Recommendations.Recommendation.AddresseeId), Provider);
        if (addressesAnotherBody)
            SetId(inspection.Recommend(2, "Fund the training.", new Organisation("HM Prison and Probation Service", OrganisationKind.Hmpps)),
                nameof(Core.Recommendations.Recommendation.AddresseeId), Addressee);
        var plan = new ActionPlan(inspection);
        if (status == PlanStatus.Draft) return plan;
        plan.Submit(new DateOnly(2025, 6, 24));
        if (status == PlanStatus.Returned) plan.Return();
        if (status is PlanStatus.Accepted or PlanStatus.Published) plan.Accept();
        if (status == PlanStatus.Published) plan.Publish();
        return plan;
    }

    private static bool WorksFor(Viewer viewer, int organisation) => viewer.SignedIn && viewer.OrganisationId == organisation;

    [Fact]
    public void Plans_the_filter_keeps_are_those_the_check_allows_and_the_rule_states()
    {
        var cases = 0;
        foreach (var status in Enum.GetValues<PlanStatus>())
            foreach (var addressed in new[] { false, true })
            {
                var plan = PlanOf(status, addressed);
                foreach (var viewer in Viewers())
                {
                    var stated = status == PlanStatus.Published || viewer.IsInspector || viewer.IsAdministrator
                        || WorksFor(viewer, Provider) || addressed && WorksFor(viewer, Addressee);
                    var filtered = new[] { plan }.AsQueryable().Where(viewer.PlansReadable).Any();
                    Assert.True(stated == viewer.CanRead(plan) && stated == filtered,
                        $"{status} plan (addresses another body: {addressed}), {Describe(viewer)}: rule {stated}, check {viewer.CanRead(plan)}, filter {filtered}");
                    cases++;
                }
            }
        Assert.Equal(Enum.GetValues<PlanStatus>().Length * 2 * Viewers().Count(), cases);
    }

    [Fact]
    public void Inspections_the_filter_keeps_are_those_the_check_allows_and_the_rule_states()
    {
        foreach (var published in new DateOnly?[] { null, Today.AddYears(-1), Today, Today.AddDays(1) })
        {
            var inspection = InspectionOf(published);
            foreach (var viewer in Viewers())
            {
                var stated = published <= Today || viewer.IsInspector || viewer.IsAdministrator || WorksFor(viewer, Provider);
                var filtered = new[] { inspection }.AsQueryable().Where(viewer.InspectionsReadable(Today)).Any();
                var checkedOne = viewer.CanRead(inspection, Today);
                Assert.True(stated == checkedOne && stated == filtered,
                    $"inspection published {published?.ToString("yyyy-MM-dd") ?? "never"}, {Describe(viewer)}: rule {stated}, check {checkedOne}, filter {filtered}");
            }
        }
    }

    private static string Describe(Viewer v) =>
        $"{(v.SignedIn ? "signed in" : "anonymous")} [{string.Join(",", v.Roles)}] for {v.OrganisationId?.ToString() ?? "no organisation"}";
}
