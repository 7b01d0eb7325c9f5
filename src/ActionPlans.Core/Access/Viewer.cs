using System.Linq.Expressions;
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

    public bool CanRead(Inspection inspection, DateOnly today) => ReadRules.InspectionRule(Scope(today), inspection);

    public bool CanRead(ActionPlan plan) => ReadRules.PlanRule(Scope(default), plan);

    /// <summary>The inspections <see cref="CanRead(Inspection, DateOnly)"/> allows, as a filter a database runs.</summary>
    public Expression<Func<Inspection, bool>> InspectionsReadable(DateOnly today) => ReadRules.Bind(ReadRules.Inspection, Scope(today));

    /// <summary>The plans <see cref="CanRead(ActionPlan)"/> allows, as a filter a database runs.</summary>
    public Expression<Func<ActionPlan, bool>> PlansReadable => ReadRules.Bind(ReadRules.Plan, Scope(default));

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

    private bool IsPartyTo(ActionPlan plan) => ReadRules.PartyRule(Scope(default), plan);

    private ReadScope Scope(DateOnly today) => new(SeesEverything, SignedIn ? OrganisationId : null, today);

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

/// <summary>What the read rules ask of a viewer: whether they see everything, the organisation they work for (signed in), and the day.</summary>
public sealed record ReadScope(bool SeesEverything, int? Organisation, DateOnly Today);

/// <summary>
/// The read rules, written once as expressions over a <see cref="ReadScope"/>: bound to a viewer they are a database's
/// filter; compiled (once) they answer for one row in memory, so a page's check and an API's query cannot disagree.
/// </summary>
internal static class ReadRules
{
    /// <summary>A plan's own side: the inspectorate and administrators, its provider and the bodies it addresses.</summary>
    public static readonly Expression<Func<ReadScope, ActionPlan, bool>> Party = (s, p) =>
        s.SeesEverything
        || s.Organisation != null && (p.Inspection.ProviderId == s.Organisation || p.Responses.Any(r => r.Recommendation.AddresseeId == s.Organisation));

    /// <summary>A published plan is everyone's; any other its own side's.</summary>
    public static readonly Expression<Func<ReadScope, ActionPlan, bool>> Plan =
        Expression.Lambda<Func<ReadScope, ActionPlan, bool>>(
            Expression.OrElse(Expression.Equal(Expression.Property(Party.Parameters[1], nameof(ActionPlan.Status)), Expression.Constant(PlanStatus.Published)), Party.Body),
            Party.Parameters);

    /// <summary>An inspection report is public from the day it is published; before, the inspectorate's and its provider's.</summary>
    public static readonly Expression<Func<ReadScope, Inspection, bool>> Inspection = (s, i) =>
        s.SeesEverything || i.Published <= s.Today || s.Organisation != null && i.ProviderId == s.Organisation;

    public static readonly Func<ReadScope, ActionPlan, bool> PartyRule = Party.Compile();
    public static readonly Func<ReadScope, ActionPlan, bool> PlanRule = Plan.Compile();
    public static readonly Func<ReadScope, Inspection, bool> InspectionRule = Inspection.Compile();

    /// <summary>The rule for one viewer: whether they see everything becomes a constant (so the database drops what cannot apply), the rest parameters.</summary>
    public static Expression<Func<T, bool>> Bind<T>(Expression<Func<ReadScope, T, bool>> rule, ReadScope scope) =>
        Expression.Lambda<Func<T, bool>>(new ScopeBinding(rule.Parameters[0], scope).Visit(rule.Body), rule.Parameters[1]);

    private sealed class ScopeBinding(ParameterExpression parameter, ReadScope scope) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node) =>
            node.Expression != parameter ? base.VisitMember(node)
            : node.Member.Name == nameof(ReadScope.SeesEverything) ? Expression.Constant(scope.SeesEverything)
            : Expression.MakeMemberAccess(Expression.Constant(scope), node.Member);
    }
}
