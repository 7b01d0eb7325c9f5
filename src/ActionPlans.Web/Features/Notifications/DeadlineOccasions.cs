using ActionPlans.Core;
using ActionPlans.Core.Plans.Deadlines;
using ActionPlans.Web.Features.Reminders;
using ActionPlans.Web.Infrastructure.Email;
using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Notifications;

/// <summary>
/// The plan deadline, decided each round from the record: once an inspection's report is published (its day has
/// come) and its recommendations are recorded, the coordinators of every addressed organisation are told the
/// recommendations addressed to them and the day the plan is due; they are reminded 5 and 1 working days before
/// that day while no plan has been submitted; the inspectors are told of a plan that passes its due day unsubmitted.
/// </summary>
/// <remarks>
/// A reminder goes only when the first message went out before its threshold, so a report entered late does not
/// bring its notice and a reminder at once. Inspections whose deadline is more than <see cref="LateWindow"/> working
/// days gone are not looked at: a service switched on today does not write about plans long overdue.
/// </remarks>
public sealed class DeadlineOccasions(ActionPlansDb db, ReminderSettings settings, int workingDays)
{
    public static readonly int[] Reminders = [5, 1];
    public const int LateWindow = 10;

    public async Task<IReadOnlyList<OutboxMessage>> OnAsync(DateOnly today, DateTime nowUtc, CancellationToken cancel)
    {
        // Working days are at least calendar days, so any inspection still in play was published this recently.
        var earliest = today.AddDays(-2 * (workingDays + LateWindow) - 14);
        var inspections = await db.Inspections.AsNoTracking().Include(i => i.Provider).Include(i => i.Recommendations).ThenInclude(r => r.Addressee)
            .Where(i => i.Published != null && i.Published <= today && i.Published >= earliest && i.Recommendations.Any())
            .AsSplitQuery().ToListAsync(cancel);
        if (inspections.Count == 0) return [];
        var ids = inspections.Select(i => i.Id).ToList();
        var submitted = (await db.Plans.Where(p => ids.Contains(p.InspectionId) && p.Submitted != null).Select(p => p.InspectionId).ToListAsync(cancel)).ToHashSet();
        var texts = new NotificationTexts(settings);
        var letters = new List<Letter>();
        foreach (var inspection in inspections.Where(i => !submitted.Contains(i.Id)))
        {
            PlanDeadline deadline;
            try
            {
                deadline = PlanDeadline.After(inspection.Published!.Value, workingDays);
            }
            catch (DomainRuleException)
            {
                continue; // Outside the known bank holidays no due day can be given; the plan's page says why.
            }
            var standing = deadline.On(today);
            if (standing.IsLate)
            {
                if (standing.WorkingDaysLate > LateWindow) continue;
                foreach (var inspector in await Recipients.InspectorsAsync(db, cancel))
                    letters.Add(texts.PlanLate(inspector, inspection, deadline, standing));
                continue;
            }
            foreach (var addressed in inspection.Recommendations.GroupBy(r => r.AddresseeId))
            {
                var theirs = addressed.OrderBy(r => r.Number).ToList();
                foreach (var coordinator in await Recipients.CoordinatorsOfAsync(db, [addressed.Key], cancel))
                {
                    var notice = texts.PlanDue(coordinator, inspection, theirs[0].Addressee.Name, theirs, deadline);
                    var noticed = await NoticedOnAsync(notice.Key, cancel);
                    if (noticed is null)
                    {
                        letters.Add(notice);
                        continue;
                    }
                    var leftWhenNoticed = deadline.On(noticed.Value).WorkingDaysLeft;
                    // The nearest threshold passed is the one reminded of; an earlier one missed while the service was down is not sent late.
                    var due = Reminders.Where(before => standing.WorkingDaysLeft <= before && leftWhenNoticed > before).DefaultIfEmpty(0).Min();
                    if (due > 0) letters.Add(texts.PlanDueReminder(coordinator, inspection, deadline, due, standing));
                }
            }
        }
        return await new NotificationPreferences(db).AddressAsync(letters, nowUtc, cancel);
    }

    /// <summary>The UK day the notice was queued, when it was.</summary>
    private async Task<DateOnly?> NoticedOnAsync(string key, CancellationToken cancel)
    {
        var queued = await db.Outbox.Where(m => m.Key == key).Select(m => (DateTime?)m.CreatedUtc).FirstOrDefaultAsync(cancel);
        return queued is { } utc ? UkClock.DayInUk(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))) : null;
    }
}
