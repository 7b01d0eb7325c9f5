using System.Globalization;
using ActionPlans.Core.Access;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Web.Features.Notifications;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Features.Monitoring.Standings;
using Microsoft.EntityFrameworkCore;

using ActionPlans.Web.Infrastructure.Email;

namespace ActionPlans.Web.Features.Reminders;

/// <summary>An action falling due or overdue on a day, with what a reminder says about it.</summary>
public sealed record ActionFallingDue(ActionPlan Plan, Response Response, PlannedAction Action, ActionDelivery Delivery)
{
    public DateOnly Due => Delivery.Due!.Value;
    public bool IsOverdue => Delivery.State == DeliveryState.Overdue;

    /// <summary>The provider's coordinators follow the whole plan; another body's those recommendations addressed to it.</summary>
    public bool Concerns(int organisation) =>
        Plan.Inspection.ProviderId == organisation || Response.Recommendation.AddresseeId == organisation;
}

/// <summary>
/// Decides which reminders a day calls for, each named by a key so that deciding again adds nothing:
/// the assignee of an action hears once when it comes within the due-soon window of a due date and once
/// when that date is missed (a revised or recurring target brings a new due date and so a new reminder);
/// each coordinator gets one digest a week (ISO week) of the overdue and due-soon actions their
/// organisation follows, and none in a week with nothing to report.
/// </summary>
public sealed class ReminderOccasions(ActionPlansDb db, ReminderSettings settings)
{
    public async Task<IReadOnlyList<OutboxMessage>> OnAsync(DateOnly today, DateTime nowUtc, CancellationToken cancel)
    {
        var falling = await FallingDueAsync(today, cancel);
        var letters = new List<Letter>();

        var assigned = falling.Where(f => f.Action.AssignedTo is not null).Select(f => f.Action.AssignedTo!).Distinct().ToList();
        var assignees = await db.Users.AsNoTracking().Where(u => assigned.Contains(u.Id) && u.Email != null).ToDictionaryAsync(u => u.Id, cancel);
        foreach (var item in falling)
        {
            if (item.Action.AssignedTo is not { } id || !assignees.TryGetValue(id, out var assignee)) continue;
            var kind = item.IsOverdue ? OutboxKind.Overdue : OutboxKind.DueSoon;
            var key = $"{(item.IsOverdue ? "overdue" : "due-soon")}:{item.Action.Id}:{DateWords.Iso(item.Due)}";
            var text = ReminderText.ForAssignee(item, assignee.DisplayName, settings);
            letters.Add(new Letter(assignee, kind, key, text.Subject, text.Body));
        }

        var week = $"{ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue)):00}";
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancel);
        foreach (var coordinator in (await Recipients.InRoleAsync(db, Role.Coordinator, null, cancel)).Where(c => c.OrganisationId is not null))
        {
            var theirs = falling.Where(f => f.Concerns(coordinator.OrganisationId!.Value)).ToList();
            if (theirs.Count == 0) continue;
            var text = ReminderText.Digest(theirs, coordinator.DisplayName, organisations[coordinator.OrganisationId!.Value], week, settings);
            letters.Add(new Letter(coordinator, OutboxKind.WeeklyDigest, $"digest:{coordinator.Id}:{week}", text.Subject, text.Body));
        }
        return await new NotificationPreferences(db).AddressAsync(letters, nowUtc, cancel);
    }

    /// <summary>Every due-soon or overdue action of the plans being monitored (closed plans are not), most pressing first.</summary>
    private async Task<List<ActionFallingDue>> FallingDueAsync(DateOnly today, CancellationToken cancel)
    {
        // Only plans with an action near or past its date are read, as the stored standings say; the reminders' own
        // due-soon window may be wider than the one they were worked out with, so the action's record has the last word.
        var pressing = db.Set<StoredStanding>().InForceOn(today).Where(s => s.State == DeliveryState.DueSoon || s.State == DeliveryState.Overdue || s.State == DeliveryState.OnTrack);
        var plans = await db.Plans.BeingDelivered().Where(p => p.Closed == null && pressing.Any(s => s.PlanId == p.Id))
            .WithDeliveryRecord().AsNoTracking().ToListAsync(cancel);
        return plans
            .SelectMany(plan => plan.Responses.SelectMany(response => response.Actions.Select(action =>
                new ActionFallingDue(plan, response, action, new ActionProgress(plan, action).AsAt(today, settings.DueSoon)))))
            .Where(f => f.Delivery.State is DeliveryState.DueSoon or DeliveryState.Overdue && f.Delivery.Due is not null)
            .OrderBy(f => f.IsOverdue ? 0 : 1).ThenBy(f => f.Due).ThenBy(f => f.Plan.Id)
            .ThenBy(f => f.Response.Recommendation.Number).ThenBy(f => f.Action.Position)
            .ToList();
    }
}
