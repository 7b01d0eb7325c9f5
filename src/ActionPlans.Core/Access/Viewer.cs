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

    public bool CanRead(ActionPlan plan) =>
        plan.Status == PlanStatus.Published || SeesEverything || WorksFor(plan.Inspection.ProviderId)
        || plan.Responses.Any(r => WorksFor(r.Recommendation.AddresseeId));

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
