using ActionPlans.Core.Inspections;
using ActionPlans.Core.Plans;

namespace ActionPlans.Core.Access;

/// <summary>
/// Who is looking, and so what they may see: the public sees published material only; inspectors
/// and administrators see everything; coordinators and action owners see their own organisation's work.
/// </summary>
public sealed record Viewer(IReadOnlySet<string> Roles, int? OrganisationId, bool SignedIn)
{
    public static readonly Viewer Public = new(new HashSet<string>(), null, false);

    /// <summary>The signed-in account, as actions are assigned to it; null for the public.</summary>
    public string? UserId { get; init; }

    public bool IsInspector => Roles.Contains(Role.Inspector);
    public bool IsAdministrator => Roles.Contains(Role.Administrator);
    public bool SeesEverything => IsInspector || IsAdministrator;

    public bool CanRead(Inspection inspection, DateOnly today) =>
        SeesEverything || inspection.Published is { } p && p <= today || WorksFor(inspection.ProviderId);

    public bool CanRead(ActionPlan plan) => plan.Status == PlanStatus.Published || IsPartyTo(plan);

    /// <summary>
    /// The review behind a plan (the inspector's comments, the answers, each submitted version) stays between the
    /// inspectorate and the bodies that answer the plan, also once the plan itself is published.
    /// </summary>
    public bool CanReadReview(ActionPlan plan) => IsPartyTo(plan);

    /// <summary>
    /// Evidence files may name people on probation, so only the inspectorate and the bodies that answer the plan
    /// open them; the public reads each update's status, date and narrative on the published plan.
    /// </summary>
    public bool CanReadEvidenceFiles(ActionPlan plan) => IsPartyTo(plan);

    /// <summary>A plan's own side: the inspectorate and administrators, its provider and the bodies it addresses.</summary>
    private bool IsPartyTo(ActionPlan plan) =>
        SeesEverything || WorksFor(plan.Inspection.ProviderId) || plan.Responses.Any(r => WorksFor(r.Recommendation.AddresseeId));

    /// <summary>
    /// Inspection reports are the inspectorate's: only an inspector imports one (the command line is the operator's).
    /// </summary>
    public bool CanImportReports => IsInspector;

    /// <summary>
    /// The status an imported plan enters with: an inspector may choose (published by default, as the document
    /// was); anyone else's plan enters as a draft and goes through submission and review like a typed one.
    /// </summary>
    public PlanStatus ImportsPlanAs(PlanStatus? chosen) => IsInspector ? chosen ?? PlanStatus.Published : PlanStatus.Draft;

    /// <summary>Only an inspector's import may record an inspection the service does not have yet.</summary>
    public bool CanRecordInspections => IsInspector;

    /// <summary>Inspectors and coordinators import documents; which ones, <see cref="CanImportReports"/> and the organisation decide.</summary>
    public bool CanImport => IsInspector || Roles.Contains(Role.Coordinator);

    /// <summary>A progress report speaks for the inspectorate, so only an inspector publishes one; whoever may read the plan reads it.</summary>
    public bool CanPublishProgressReports => IsInspector;

    /// <summary>An inspector ends the monitoring of a plan being delivered.</summary>
    public bool CanCloseMonitoring => IsInspector;

    /// <summary>
    /// A coordinator writes the responses of a plan that is open for editing: the provider's coordinator any
    /// of them, another body's coordinator those addressed to that body.
    /// </summary>
    public bool CanWrite(ActionPlan plan, Response response) =>
        plan.IsOpenForEditing && Roles.Contains(Role.Coordinator)
        && (WorksFor(plan.Inspection.ProviderId) || WorksFor(response.Recommendation.AddresseeId));

    /// <summary>An inspection's plan is started by an inspector or by a coordinator of the inspected provider.</summary>
    public bool CanStartPlan(Inspection inspection) =>
        IsInspector || Roles.Contains(Role.Coordinator) && WorksFor(inspection.ProviderId);

    /// <summary>
    /// Progress on an action is reported by the account it is assigned to and by the coordinators who may
    /// assign it. Inspectors and administrators follow progress but do not report it: the record is the
    /// delivering body's own account of its work.
    /// </summary>
    public bool CanReport(ActionPlan plan, Response response, PlannedAction action) =>
        (SignedIn && UserId is not null && action.AssignedTo == UserId) || CanAssign(plan, response);

    /// <summary>A coordinator of the plan's provider, or of the body the recommendation is addressed to, names who reports on its actions.</summary>
    public bool CanAssign(ActionPlan plan, Response response) =>
        Roles.Contains(Role.Coordinator) && (WorksFor(plan.Inspection.ProviderId) || WorksFor(response.Recommendation.AddresseeId));

    /// <summary>An action's monitoring record is open to those who report on it, and to inspectors and administrators to read.</summary>
    public bool CanFollow(ActionPlan plan, Response response, PlannedAction action) =>
        SeesEverything || CanReport(plan, response, action);

    private bool WorksFor(int organisationId) => SignedIn && OrganisationId == organisationId;
}
