using ActionPlans.Core.Plans;
using ActionPlans.Core.Plans.Checks;
using ActionPlans.Core.Plans.Workflow;
using ActionPlans.Core.Progress;
using ActionPlans.Web.Features.Plans;
using ActionPlans.Web.Features.Publishing;
using ActionPlans.Web.Features.Reminders;
using ActionPlans.Web.Infrastructure.Email;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ActionPlans.Web.Features.Notifications;

/// <summary>
/// The occasions a save brings about: a plan submitted, returned, accepted or published; an inspector's comment;
/// an action assigned; a target revised; an action reported completed; a progress report published. They are
/// noticed in the change tracker before the save and queued in the outbox after it, in the same transaction, so a
/// change is never saved without its emails nor its emails queued without the change; each email's key names
/// its occasion and recipient, so nothing is queued twice.
/// </summary>
public sealed class SavedOccasions
{
    private readonly List<(ActionPlan Plan, PlanStatus To)> _moved = [];
    private readonly List<ReviewComment> _comments = [];
    private readonly List<PlannedAction> _assigned = [];
    private readonly List<TargetRevision> _revisions = [];
    private readonly List<ProgressUpdate> _completions = [];
    private readonly List<PublishedProgressReport> _reports = [];

    private SavedOccasions() { }

    public bool IsEmpty => _moved.Count + _comments.Count + _assigned.Count + _revisions.Count + _completions.Count + _reports.Count == 0;

    /// <summary>What the pending save changes that people are told of; nothing while email is off, as no email is queued then.</summary>
    public static SavedOccasions Collect(ChangeTracker tracker, IServiceProvider? services)
    {
        var found = new SavedOccasions();
        if (services?.GetService<EmailSettings>() is not { Enabled: true }) return found;
        foreach (var entry in tracker.Entries())
        {
            switch (entry.Entity)
            {
                case ActionPlan plan when entry.State == EntityState.Modified && entry.Property(nameof(ActionPlan.Status)) is { IsModified: true } status
                                          && !Equals(status.OriginalValue, status.CurrentValue) && plan.Status != PlanStatus.Draft:
                    found._moved.Add((plan, plan.Status));
                    break;
                case ReviewComment comment when entry.State == EntityState.Added:
                    found._comments.Add(comment);
                    break;
                case PlannedAction action when entry.State == EntityState.Modified && action.AssignedTo is not null
                                               && entry.Property(nameof(PlannedAction.AssignedTo)) is { IsModified: true } assignee
                                               && !Equals(assignee.OriginalValue, assignee.CurrentValue):
                    found._assigned.Add(action);
                    break;
                // Rows added under an action that is itself new come from a plan being loaded (the demo, an import), not from delivery.
                case TargetRevision revision when entry.State == EntityState.Added && revision.PlannedActionId != 0:
                    found._revisions.Add(revision);
                    break;
                case ProgressUpdate update when entry.State == EntityState.Added && update.PlannedActionId != 0 && update.Status == DeliveryStatus.Completed:
                    found._completions.Add(update);
                    break;
                case PublishedProgressReport report when entry.State == EntityState.Added:
                    found._reports.Add(report);
                    break;
            }
        }
        return found;
    }

    /// <summary>Queues the emails, within the save's transaction, once the saved rows have their ids.</summary>
    public async Task RaiseAsync(ActionPlansDb db, IServiceProvider services, CancellationToken cancel)
    {
        var settings = services.GetRequiredService<ReminderSettings>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var texts = new NotificationTexts(settings);
        var letters = new List<Letter>();
        var plans = new Dictionary<int, ActionPlan>();

        async Task<ActionPlan> PlanAsync(int id) =>
            plans.TryGetValue(id, out var plan) ? plan : plans[id] = (await ReadPlanAsync(db, id, cancel))!;

        foreach (var (moved, to) in _moved)
        {
            var plan = await PlanAsync(moved.Id);
            var version = await db.FrozenVersions.CountAsync(v => v.ActionPlanId == plan.Id, cancel);
            if (to == PlanStatus.Submitted)
            {
                var check = PlanRules.Default.Check(plan);
                foreach (var inspector in await Recipients.InspectorsAsync(db, cancel))
                    letters.Add(texts.Submitted(inspector, plan, version, check));
                continue;
            }
            var comments = to == PlanStatus.Returned
                ? await db.ReviewComments.AsNoTracking().Where(c => EF.Property<int>(c, ReviewCommentMapping.PlanKey) == plan.Id && c.OnVersion == version).OrderBy(c => c.Id).ToListAsync(cancel)
                : [];
            foreach (var coordinator in await Recipients.CoordinatorsOfAsync(db, Answering(plan, null), cancel))
                letters.Add(texts.Moved(coordinator, plan, to, version, comments));
        }

        foreach (var comment in _comments)
        {
            var plan = await PlanAsync(db.Entry(comment).Property<int>(ReviewCommentMapping.PlanKey).CurrentValue);
            var response = plan.Responses.FirstOrDefault(r => r.Recommendation.Number == comment.RecommendationNumber);
            var owners = response?.Actions.Select(a => a.AssignedTo).OfType<string>().Distinct().ToList() ?? [];
            var to = (await Recipients.CoordinatorsOfAsync(db, Answering(plan, response), cancel))
                .Concat(await Recipients.AccountsAsync(db, owners, cancel)).DistinctBy(u => u.Id);
            foreach (var person in to) letters.Add(texts.Commented(person, plan, comment));
        }

        foreach (var action in _assigned)
        {
            var (plan, response) = await ActionOfAsync(action.Id);
            foreach (var assignee in await Recipients.AccountsAsync(db, [action.AssignedTo!], cancel))
                letters.Add(texts.Assigned(assignee, plan, response, response.Actions.Single(a => a.Id == action.Id)));
        }

        foreach (var revision in _revisions)
        {
            var (plan, response) = await ActionOfAsync(revision.PlannedActionId);
            foreach (var coordinator in await Recipients.CoordinatorsOfAsync(db, Answering(plan, response), cancel))
                letters.Add(texts.Revised(coordinator, plan, response, response.Actions.Single(a => a.Id == revision.PlannedActionId), revision));
        }

        foreach (var update in _completions)
        {
            var (plan, response) = await ActionOfAsync(update.PlannedActionId);
            foreach (var coordinator in await Recipients.CoordinatorsOfAsync(db, Answering(plan, response), cancel))
                letters.Add(texts.Completed(coordinator, plan, response, response.Actions.Single(a => a.Id == update.PlannedActionId), update));
        }

        foreach (var report in _reports)
        {
            var plan = await PlanAsync(report.ActionPlanId);
            foreach (var inspector in await Recipients.InspectorsAsync(db, cancel))
                letters.Add(texts.ProgressReported(inspector, plan, report));
        }

        var messages = await new NotificationPreferences(db).AddressAsync(letters, now, cancel);
        await new OutboxQueue(db).AddAsync(messages, cancel);

        async Task<(ActionPlan Plan, Response Response)> ActionOfAsync(int actionId)
        {
            var planId = await db.Responses.Where(r => r.Actions.Any(a => a.Id == actionId)).Select(r => r.ActionPlanId).FirstAsync(cancel);
            var plan = await PlanAsync(planId);
            return (plan, plan.Responses.First(r => r.Actions.Any(a => a.Id == actionId)));
        }
    }

    /// <summary>
    /// The organisations whose coordinators follow a response: the provider, which answers the whole plan, and the
    /// body the recommendation is addressed to; for the plan as a whole, every organisation that answers part of it.
    /// </summary>
    public static IReadOnlyCollection<int> Answering(ActionPlan plan, Response? response) =>
        (response is null ? plan.Responses.Select(r => r.Recommendation.AddresseeId) : [response.Recommendation.AddresseeId])
            .Append(plan.Inspection.ProviderId).Distinct().ToList();

    private static Task<ActionPlan?> ReadPlanAsync(ActionPlansDb db, int id, CancellationToken cancel) => db.Plans.AsNoTracking()
        .Include(p => p.Inspection).ThenInclude(i => i.Provider)
        .Include(p => p.Responses).ThenInclude(r => r.Recommendation).ThenInclude(r => r.Addressee)
        .Include(p => p.Responses).ThenInclude(r => r.Actions)
        .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, cancel);
}
