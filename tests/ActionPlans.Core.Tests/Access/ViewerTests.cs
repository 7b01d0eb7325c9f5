using ActionPlans.Core.Access;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Tests.Progress;

namespace ActionPlans.Core.Tests.Access;

/// <summary>Who reports progress on an action, who assigns it and who may only read its record.</summary>
public class ViewerTests
{
    // Entities built without a database have id 0, so the fixture's provider is organisation 0.
    private const int Provider = 0;
    private const string OwnerAccount = "owner-account";

    private static Viewer Signed(string role, int? organisation, string userId) => new(new HashSet<string> { role }, organisation, true) { UserId = userId };

    private static readonly Viewer AssignedOwner = Signed(Role.ActionOwner, Provider, OwnerAccount);
    private static readonly Viewer OtherOwner = Signed(Role.ActionOwner, Provider, "other-owner");
    private static readonly Viewer ProviderCoordinator = Signed(Role.Coordinator, Provider, "coordinator");
    private static readonly Viewer OtherCoordinator = Signed(Role.Coordinator, 42, "other-coordinator");
    private static readonly Viewer Inspector = Signed(Role.Inspector, null, "inspector");
    private static readonly Viewer Administrator = Signed(Role.Administrator, null, "admin");

    private readonly MonitoredPlan _plan = new();

    private (ActionPlan Plan, Response Response, PlannedAction Action) AssignedAction()
    {
        var action = _plan.Action("December 2019").Action;
        action.AssignTo(OwnerAccount);
        return (_plan.Plan, _plan.Plan.ResponseTo(_plan.First), action);
    }

    public static TheoryData<Viewer> Reporters => [AssignedOwner, ProviderCoordinator];
    public static TheoryData<Viewer> Readers => [Inspector, Administrator];
    public static TheoryData<Viewer> Strangers => [OtherOwner, OtherCoordinator, Viewer.Public];

    [Theory]
    [MemberData(nameof(Reporters))]
    public void The_assigned_account_and_the_providers_coordinator_report_and_follow(Viewer who)
    {
        var (plan, response, action) = AssignedAction();
        Assert.True(who.CanReport(plan, response, action));
        Assert.True(who.CanFollow(plan, response, action));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Inspectors_and_administrators_follow_but_do_not_report(Viewer who)
    {
        var (plan, response, action) = AssignedAction();
        Assert.False(who.CanReport(plan, response, action));
        Assert.True(who.CanFollow(plan, response, action));
        Assert.False(who.CanAssign(plan, response));
    }

    [Theory]
    [MemberData(nameof(Strangers))]
    public void An_unassigned_owner_another_organisations_coordinator_and_the_public_neither_report_nor_follow(Viewer who)
    {
        var (plan, response, action) = AssignedAction();
        Assert.False(who.CanReport(plan, response, action));
        Assert.False(who.CanFollow(plan, response, action));
        Assert.False(who.CanAssign(plan, response));
    }

    [Fact]
    public void Only_the_coordinator_assigns_an_action_the_assigned_owner_does_not()
    {
        var (plan, response, _) = AssignedAction();
        Assert.True(ProviderCoordinator.CanAssign(plan, response));
        Assert.False(AssignedOwner.CanAssign(plan, response));
    }

    [Fact]
    public void An_owner_whose_action_is_unassigned_loses_the_right_to_report_on_it()
    {
        var (plan, response, action) = AssignedAction();
        action.AssignTo(null);
        Assert.False(AssignedOwner.CanReport(plan, response, action));
    }

    [Fact]
    public void A_viewer_without_an_account_id_never_matches_an_unassigned_action()
    {
        var (plan, response, action) = AssignedAction();
        action.AssignTo(null);
        var nameless = new Viewer(new HashSet<string> { Role.ActionOwner }, Provider, true);
        Assert.False(nameless.CanReport(plan, response, action));
    }
    public static TheoryData<Viewer> Outsiders => [OtherCoordinator, Viewer.Public];

    [Theory]
    [MemberData(nameof(Outsiders))]
    public void The_public_and_other_organisations_read_a_published_plan_but_not_its_review_nor_its_evidence_files(Viewer who)
    {
        var plan = _plan.Plan;
        Assert.True(who.CanRead(plan));
        Assert.False(who.CanReadReview(plan));
        Assert.False(who.CanReadEvidenceFiles(plan));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    [MemberData(nameof(Reporters))]
    public void The_inspectorate_and_the_plans_own_organisation_read_its_review_and_evidence_files(Viewer who)
    {
        Assert.True(who.CanReadReview(_plan.Plan));
        Assert.True(who.CanReadEvidenceFiles(_plan.Plan));
    }

    [Fact]
    public void Only_an_inspector_imports_reports_records_inspections_or_chooses_an_imported_plans_status()
    {
        Assert.True(Inspector.CanImportReports && Inspector.CanRecordInspections);
        Assert.Equal(PlanStatus.Published, Inspector.ImportsPlanAs(null));
        Assert.Equal(PlanStatus.Accepted, Inspector.ImportsPlanAs(PlanStatus.Accepted));
        foreach (var who in new[] { ProviderCoordinator, OtherCoordinator, Administrator, Viewer.Public })
        {
            Assert.False(who.CanImportReports || who.CanRecordInspections);
            Assert.Equal(PlanStatus.Draft, who.ImportsPlanAs(PlanStatus.Published));
        }
    }
}
