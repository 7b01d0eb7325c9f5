using ActionPlans.Core.Access;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Authorization;

namespace ActionPlans.Web.Infrastructure.Authorization;

/// <summary>
/// Something a person asks to do, decided by one handler from <see cref="Viewer"/>, where the rule is written once.
/// Pages, downloads and the API ask <see cref="IAuthorizationService"/> with the resource; <see cref="Refusals"/> gives the answer.
/// </summary>
/// <param name="reading">
/// Reading what is not public asks the public to sign in; an act refused is refused (403) whoever asks, as the public
/// reaches acts only from pages that offer them none.
/// </param>
public abstract class AccessRule(bool reading) : IAuthorizationRequirement
{
    public bool Reading { get; } = reading;

    public override string ToString() => GetType().Name;
}

/// <summary>The rules, one instance each, as pages name them.</summary>
public static class Rules
{
    public static readonly ReadPlan ReadPlan = new();
    public static readonly ReadReview ReadReview = new();
    public static readonly ReadEvidence ReadEvidence = new();
    public static readonly ReadInspection ReadInspection = new();
    public static readonly WriteResponse WriteResponse = new();
    public static readonly StartPlan StartPlan = new();
    public static readonly PublishProgressReport PublishProgressReport = new();
    public static readonly FollowAction FollowAction = new();
    public static readonly ReportProgress ReportProgress = new();
    public static readonly AssignAction AssignAction = new();
    public static readonly RecordInspections RecordInspections = new();
    public static readonly ImportDocuments ImportDocuments = new();
    public static readonly CloseMonitoring CloseMonitoring = new();
    public static readonly FollowAllDelivery FollowAllDelivery = new();

    /// <summary>The rules about no one resource, as policies named after them for pages' <c>[Authorize(Policy = …)]</c>.</summary>
    public static void AddPolicies(AuthorizationOptions options)
    {
        foreach (AccessRule rule in (AccessRule[])[RecordInspections, ImportDocuments, CloseMonitoring, FollowAllDelivery])
            options.AddPolicy(rule.ToString(), p => p.AddRequirements(rule));
    }

    /// <summary>Registers every handler of this folder.</summary>
    public static IServiceCollection AddAccessRules(this IServiceCollection services)
    {
        foreach (var handler in typeof(Rules).Assembly.GetTypes().Where(t => t.Namespace == typeof(Rules).Namespace
                     && !t.IsAbstract && typeof(IAuthorizationHandler).IsAssignableFrom(t)))
            services.AddSingleton(typeof(IAuthorizationHandler), handler);
        return services;
    }
}

/// <summary>Met when the viewer, built once from the person's claims, allows it of the resource.</summary>
public abstract class ViewerRule<TRule, TResource> : AuthorizationHandler<TRule, TResource> where TRule : AccessRule
{
    protected sealed override Task HandleRequirementAsync(AuthorizationHandlerContext context, TRule rule, TResource resource)
    {
        if (Allows(ViewerOf.Principal(context.User), resource)) context.Succeed(rule);
        return Task.CompletedTask;
    }

    protected abstract bool Allows(Viewer viewer, TResource resource);
}

/// <summary>As <see cref="ViewerRule{TRule, TResource}"/>, for a rule about no one resource.</summary>
public abstract class ViewerRule<TRule> : AuthorizationHandler<TRule> where TRule : AccessRule
{
    protected sealed override Task HandleRequirementAsync(AuthorizationHandlerContext context, TRule rule)
    {
        if (Allows(ViewerOf.Principal(context.User))) context.Succeed(rule);
        return Task.CompletedTask;
    }

    protected abstract bool Allows(Viewer viewer);
}

/// <summary>A response together with the plan it belongs to, which decides who writes it.</summary>
public sealed record PlanResponse(ActionPlan Plan, Response Response);

public sealed class ReadPlan() : AccessRule(reading: true);

public sealed class ReadPlanHandler : ViewerRule<ReadPlan, ActionPlan>
{
    protected override bool Allows(Viewer viewer, ActionPlan plan) => viewer.CanRead(plan);
}

public sealed class ReadReview() : AccessRule(reading: true);

public sealed class ReadReviewHandler : ViewerRule<ReadReview, ActionPlan>
{
    protected override bool Allows(Viewer viewer, ActionPlan plan) => viewer.CanReadReview(plan);
}

/// <summary>Opening the evidence files of a plan's updates.</summary>
public sealed class ReadEvidence() : AccessRule(reading: true);

public sealed class ReadEvidenceHandler : ViewerRule<ReadEvidence, ActionPlan>
{
    protected override bool Allows(Viewer viewer, ActionPlan plan) => viewer.CanReadEvidenceFiles(plan);
}

/// <summary>Reading an inspection, whose report is public from the UK day it is published.</summary>
public sealed class ReadInspection() : AccessRule(reading: true);

public sealed class ReadInspectionHandler(TimeProvider clock) : ViewerRule<ReadInspection, Inspection>
{
    protected override bool Allows(Viewer viewer, Inspection inspection) => viewer.CanRead(inspection, clock.TodayInUk());
}

public sealed class WriteResponse() : AccessRule(reading: false);

public sealed class WriteResponseHandler : ViewerRule<WriteResponse, PlanResponse>
{
    protected override bool Allows(Viewer viewer, PlanResponse answer) => viewer.CanWrite(answer.Plan, answer.Response);
}

public sealed class StartPlan() : AccessRule(reading: false);

public sealed class StartPlanHandler : ViewerRule<StartPlan, Inspection>
{
    protected override bool Allows(Viewer viewer, Inspection inspection) => viewer.CanStartPlan(inspection);
}

public sealed class PublishProgressReport() : AccessRule(reading: false);

public sealed class PublishProgressReportHandler : ViewerRule<PublishProgressReport, ActionPlan>
{
    protected override bool Allows(Viewer viewer, ActionPlan plan) => viewer.CanPublishProgressReports;
}

/// <summary>Opening an action's monitoring record.</summary>
public sealed class FollowAction() : AccessRule(reading: true);

public sealed class FollowActionHandler : ViewerRule<FollowAction, TrackedAction>
{
    protected override bool Allows(Viewer viewer, TrackedAction tracked) => viewer.CanFollow(tracked.Plan, tracked.Response, tracked.Action);
}

/// <summary>Adding to an action's monitoring record: updates with evidence, revised targets.</summary>
public sealed class ReportProgress() : AccessRule(reading: false);

public sealed class ReportProgressHandler : ViewerRule<ReportProgress, TrackedAction>
{
    protected override bool Allows(Viewer viewer, TrackedAction tracked) => viewer.CanReport(tracked.Plan, tracked.Response, tracked.Action);
}

public sealed class AssignAction() : AccessRule(reading: false);

public sealed class AssignActionHandler : ViewerRule<AssignAction, TrackedAction>
{
    protected override bool Allows(Viewer viewer, TrackedAction tracked) => viewer.CanAssign(tracked.Plan, tracked.Response);
}

/// <summary>Recording an inspection, its ratings and its recommendations.</summary>
public sealed class RecordInspections() : AccessRule(reading: false);

public sealed class RecordInspectionsHandler : ViewerRule<RecordInspections>
{
    protected override bool Allows(Viewer viewer) => viewer.CanRecordInspections;
}

public sealed class ImportDocuments() : AccessRule(reading: false);

public sealed class ImportDocumentsHandler : ViewerRule<ImportDocuments>
{
    protected override bool Allows(Viewer viewer) => viewer.CanImport;
}

public sealed class CloseMonitoring() : AccessRule(reading: false);

public sealed class CloseMonitoringHandler : ViewerRule<CloseMonitoring>
{
    protected override bool Allows(Viewer viewer) => viewer.CanCloseMonitoring;
}

/// <summary>Following delivery across every plan, as the inspectorate does.</summary>
public sealed class FollowAllDelivery() : AccessRule(reading: true);

public sealed class FollowAllDeliveryHandler : ViewerRule<FollowAllDelivery>
{
    protected override bool Allows(Viewer viewer) => viewer.SeesEverything;
}
