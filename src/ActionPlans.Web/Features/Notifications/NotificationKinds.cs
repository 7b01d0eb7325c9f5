using ActionPlans.Core.Access;
using ActionPlans.Web.Infrastructure.Email;

namespace ActionPlans.Web.Features.Notifications;

/// <summary>A kind of email a person can choose how to get, who gets it and why.</summary>
/// <param name="Because">Ends "You get this email because …".</param>
/// <param name="CanTurnOff">The plan deadline cannot be turned off: a coordinator must not miss that a plan is due.</param>
/// <param name="CanDigest">A digest is already a summary, so it cannot wait for another.</param>
public sealed record NotificationKind(OutboxKind Kind, string Name, string Because, IReadOnlyList<string> Roles, bool CanTurnOff = true, bool CanDigest = true)
{
    public bool Choosable(NotificationChoice choice) =>
        choice switch { NotificationChoice.Off => CanTurnOff, NotificationChoice.DailyDigest => CanDigest, _ => true };
}

public static class NotificationKinds
{
    private static readonly string[] Coordinators = [Role.Coordinator];
    private static readonly string[] Reporters = [Role.Coordinator, Role.ActionOwner];
    private static readonly string[] Inspectors = [Role.Inspector];

    /// <summary>Every kind a person chooses for, in the order the preferences page lists them.</summary>
    public static readonly IReadOnlyList<NotificationKind> All =
    [
        new(OutboxKind.PlanDue, "Plan deadlines", "a plan is due from your organisation", Coordinators, CanTurnOff: false),
        new(OutboxKind.PlanReturned, "Plans returned for changes", "an inspector returned a plan your organisation answers", Coordinators),
        new(OutboxKind.PlanAccepted, "Plans accepted", "an inspector accepted a plan your organisation answers", Coordinators),
        new(OutboxKind.PlanPublished, "Plans published", "an inspector published a plan your organisation answers", Coordinators),
        new(OutboxKind.ReviewComment, "Inspectors' comments", "an inspector commented on a recommendation you answer or deliver", Reporters),
        new(OutboxKind.TargetRevised, "Revised targets", "a target was revised on a plan your organisation follows", Coordinators),
        new(OutboxKind.ActionCompleted, "Actions completed", "an action was reported completed on a plan your organisation follows", Coordinators),
        new(OutboxKind.WeeklyDigest, "Weekly summary of actions due and overdue", "you coordinate action plans for your organisation", Coordinators, CanDigest: false),
        new(OutboxKind.ActionAssigned, "Actions assigned to you", "an action was assigned to you", Reporters),
        new(OutboxKind.DueSoon, "Your actions due soon", "an action assigned to you is due soon", Reporters),
        new(OutboxKind.Overdue, "Your actions overdue", "an action assigned to you is overdue", Reporters),
        new(OutboxKind.PlanSubmitted, "Plans submitted for review", "a plan was submitted to the inspectorate", Inspectors),
        new(OutboxKind.PlanLate, "Plans past their due day", "a plan passed its due day without being submitted", Inspectors),
        new(OutboxKind.ProgressReport, "Progress reports published", "a progress report on a plan was published", Inspectors),
    ];

    public static NotificationKind? Of(OutboxKind kind) => All.FirstOrDefault(k => k.Kind == kind);

    /// <summary>The kinds someone with these roles can get.</summary>
    public static IReadOnlyList<NotificationKind> For(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet();
        return All.Where(k => k.Roles.Any(held.Contains)).ToList();
    }
}
