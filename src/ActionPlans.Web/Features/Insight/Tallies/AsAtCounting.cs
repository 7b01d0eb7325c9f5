using System.Globalization;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Insight;
using ActionPlans.Core.Insight.Themes;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Web.Features.Monitoring.Standings;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Insight.Tallies;

/// <summary>
/// What a batch of published reports counts in the figures seen as at a day: their published plans from the day each
/// was submitted, their actions by how they stood from the stored standings, and the previous recommendations they
/// judged beside how far the original's actions were delivered, each change on its own day.
/// </summary>
internal static class AsAtCounting
{
    public static async Task CountDeliveryAsync(ActionPlansDb db, IReadOnlyDictionary<int, CountedReport> reports, InsightTallyChanges changes, int sign,
        CancellationToken cancellation)
    {
        var ids = reports.Keys.ToList();
        var plans = await db.Plans.Where(p => ids.Contains(p.InspectionId) && p.Status == PlanStatus.Published && p.Submitted != null)
            .Select(p => new { p.Id, p.InspectionId, Submitted = p.Submitted!.Value }).ToDictionaryAsync(p => p.Id, cancellation);
        if (plans.Count == 0) return;
        var planIds = plans.Keys.ToList();
        var taken = await db.Set<DeliveredPlan>().Where(d => planIds.Contains(d.PlanId)).ToDictionaryAsync(d => d.PlanId, d => d.WorkingDaysTaken, cancellation);
        var groups = (await db.Responses.Where(r => planIds.Contains(r.ActionPlanId)).Select(r => new { r.ActionPlanId, r.Recommendation.Addressee.Kind }).ToListAsync(cancellation))
            .ToLookup(r => r.ActionPlanId, r => (int)AddresseeGroups.Of(r.Kind));
        foreach (var plan in plans.Values.Where(p => taken.ContainsKey(p.Id)))
        {
            var report = reports[plan.InspectionId];
            var days = taken[plan.Id] ?? InsightTally.None;
            changes.Add(AsAtMeasure.PlanSubmitted, report.Published, plan.Submitted, report.ProviderId, InsightTally.None, days, sign);
            foreach (var group in groups[plan.Id].Distinct())
                changes.Add(AsAtMeasure.PlanSubmittedTo, report.Published, plan.Submitted, report.ProviderId, group, days, sign);
        }

        var actionGroups = await (from r in db.Responses
                                  where planIds.Contains(r.ActionPlanId)
                                  from a in r.Actions
                                  select new { a.Id, r.Recommendation.Addressee.Kind }).ToDictionaryAsync(a => a.Id, a => (int)AddresseeGroups.Of(a.Kind), cancellation);
        var revisions = (await (from r in db.Responses
                                where planIds.Contains(r.ActionPlanId)
                                from a in r.Actions
                                join t in db.TargetRevisions on a.Id equals t.PlannedActionId
                                select new { a.Id, t.On }).ToListAsync(cancellation)).ToLookup(t => t.Id, t => t.On);
        var standings = await db.Set<StoredStanding>().Where(s => planIds.Contains(s.PlanId))
            .Select(s => new { s.ActionId, s.PlanId, s.From, s.Until, s.State, s.DaysLate }).ToListAsync(cancellation);
        foreach (var s in standings)
        {
            var plan = plans[s.PlanId];
            var report = reports[plan.InspectionId];
            // An action counts once its plan was submitted; one whose response is gone is counted under no addressee.
            var from = s.From > plan.Submitted ? s.From : plan.Submitted;
            if (from >= s.Until) continue;
            var group = actionGroups.TryGetValue(s.ActionId, out var g) ? g : InsightTally.None;
            void Count(AsAtMeasure measure, DateOnly start, DateOnly until, int value) =>
                changes.Add(measure, report.Published, start, until, report.ProviderId, group, value, sign);
            Count(AsAtMeasure.ActionState, from, s.Until, (int)s.State);
            if (s.DaysLate is { } late) Count(AsAtMeasure.DaysLate, from, s.Until, late);
            // The revisions made by each day of the period: the count steps up on each revision's day.
            var revised = revisions[s.ActionId].OrderBy(d => d).ToList();
            var start = from;
            foreach (var day in revised.Where(d => d > from && d < s.Until).Distinct())
            {
                Count(AsAtMeasure.Revisions, start, day, revised.Count(d => d <= start));
                start = day;
            }
            Count(AsAtMeasure.Revisions, start, s.Until, revised.Count(d => d <= start));
        }
    }

    public static async Task CountProgressAsync(ActionPlansDb db, IReadOnlyDictionary<int, CountedReport> reports, InsightTallyChanges changes, int sign,
        CancellationToken cancellation)
    {
        var ids = reports.Keys.ToList();
        var judged = await db.Set<PreviousRecommendation>().Where(p => ids.Contains(p.InspectionId))
            .Select(p => new
            {
                p.InspectionId,
                p.OriginalId,
                Judged = p.Progress ?? p.Original!.JudgedProgress,
                Kind = p.Original == null ? (OrganisationKind?)null : p.Original.Addressee.Kind,
            })
            .Where(p => p.Judged != null).ToListAsync(cancellation);
        if (judged.Count == 0) return;
        var originals = judged.Where(p => p.OriginalId is not null).Select(p => p.OriginalId!.Value).Distinct().ToList();
        var themes = (await db.Set<RecommendationTheme>().Where(t => t.Placement != ThemePlacement.Removed && originals.Contains(t.RecommendationId))
            .Select(t => new { t.RecommendationId, t.ThemeId }).ToListAsync(cancellation)).ToLookup(t => t.RecommendationId, t => t.ThemeId);
        var answers = await db.Responses.Where(r => originals.Contains(r.RecommendationId) && db.Plans.Any(p => p.Id == r.ActionPlanId && p.Status == PlanStatus.Published))
            .Select(r => new { r.RecommendationId, Actions = r.Actions.Select(a => a.Id).ToList() }).ToListAsync(cancellation);
        var answered = answers.Select(a => a.RecommendationId).ToHashSet();
        var actions = answers.SelectMany(a => a.Actions.Select(action => (a.RecommendationId, Action: action))).ToLookup(a => a.RecommendationId, a => a.Action);
        var actionIds = answers.SelectMany(a => a.Actions).ToList();
        var periods = (await db.Set<StoredStanding>().Where(s => actionIds.Contains(s.ActionId)).Select(s => new StandingSpan(s.ActionId, s.From, s.Until, s.State))
            .ToListAsync(cancellation)).ToLookup(s => s.ActionId);

        foreach (var p in judged)
        {
            var report = reports[p.InspectionId];
            var judgement = p.Judged!.Value;
            var group = p.Kind is { } kind ? (int)AddresseeGroups.Of(kind) : AsAtTally.NotKnown;
            changes.Add(InsightMeasure.ProgressAddressee, report.Published, report.ProviderId, group, "", (int)judgement, sign);
            if (p.OriginalId is not { } original)
            {
                changes.Add(AsAtMeasure.ProgressDelivery, report.Published, DeliveryTally.Always, report.ProviderId, group,
                    AsAtTally.ProgressValue(judgement, ActionsDelivered.NoPlan), sign);
                continue;
            }
            foreach (var theme in themes[original])
                changes.Add(InsightMeasure.ProgressTheme, report.Published, report.ProviderId, group, theme.ToString(CultureInfo.InvariantCulture), (int)judgement, sign);
            foreach (var (day, delivered, by) in Delivery(answered.Contains(original), [.. actions[original].Select(a => periods[a].ToList())]))
                changes.Add(AsAtMeasure.ProgressDelivery, report.Published, day, report.ProviderId, group, AsAtTally.ProgressValue(judgement, delivered), by * sign);
        }
    }

    private sealed record StandingSpan(int ActionId, DateOnly From, DateOnly Until, DeliveryState State);

    /// <summary>
    /// How far a recommendation's actions were delivered, as a count that moves: +1 for how it stood before any standing
    /// (on <see cref="DeliveryTally.Always"/>), then on each day it changes −1 for how it stood and +1 for how it stands.
    /// </summary>
    private static IEnumerable<(DateOnly Day, ActionsDelivered Delivered, int By)> Delivery(bool answered, IReadOnlyList<List<StandingSpan>> actions)
    {
        ActionsDelivered On(DateOnly day)
        {
            var states = actions.Select(periods => periods.FirstOrDefault(s => s.From <= day && day < s.Until)?.State).ToList();
            return ActionsDeliveredCounts.Of(answered, states.Count(s => s != DeliveryState.Superseded),
                states.Count(s => s is DeliveryState.CompletedOnTime or DeliveryState.CompletedLate));
        }
        var stood = On(DeliveryTally.Always);
        yield return (DeliveryTally.Always, stood, +1);
        var days = actions.SelectMany(periods => periods.SelectMany(s => new[] { s.From, s.Until })).Where(d => d != StoredStanding.OpenEnded).Distinct().Order();
        foreach (var day in days)
        {
            var stands = On(day);
            if (stands == stood) continue;
            yield return (day, stood, -1);
            yield return (day, stands, +1);
            stood = stands;
        }
    }
}
