using ActionPlans.Core.Progress;
using ActionPlans.Web.Features.Monitoring.Standings;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>An action of a plan being delivered, as it stands on a day, with the plan and recommendation it belongs to.</summary>
public sealed record ActionToDeliver(int PlanId, string Provider, int Recommendation, ActionStanding Standing);

/// <summary>
/// The actions someone delivers or coordinates, across the plans being delivered (accepted or published), as they
/// stood on a day: counted by state in the database and read a page at a time.
/// </summary>
public sealed class ActionsToDeliver
{
    private readonly ActionPlansDb _db;
    private readonly IQueryable<StoredStanding> _standings;
    private readonly DateOnly _date;
    private readonly DueSoonWindow _window;

    private ActionsToDeliver(ActionPlansDb db, IQueryable<StoredStanding> standings, DateOnly date, DueSoonWindow window)
    {
        _db = db;
        _standings = standings;
        _date = date;
        _window = window;
    }

    /// <summary>The actions assigned to one account.</summary>
    public static ActionsToDeliver AssignedTo(ActionPlansDb db, string account, DateOnly date, DueSoonWindow window) =>
        new(db, db.Set<StoredStanding>().Where(s => s.AssignedTo == account).InForceOn(date), date, window);

    /// <summary>The actions an organisation's coordinators answer for: every action of its own plans, and those under recommendations addressed to it.</summary>
    public static ActionsToDeliver OfOrganisation(ActionPlansDb db, int organisation, DateOnly date, DueSoonWindow window) =>
        new(db, from s in db.Set<StoredStanding>().InForceOn(date)
                join a in db.Actions on s.ActionId equals a.Id
                join r in db.Responses on a.ResponseId equals r.Id
                where s.ProviderId == organisation || r.Recommendation.AddresseeId == organisation
                select s, date, window);

    /// <summary>How many of the actions stand in each state.</summary>
    public async Task<IReadOnlyDictionary<DeliveryState, int>> CountsAsync(CancellationToken cancellation = default) =>
        await _standings.GroupBy(s => s.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellation);

    /// <summary>
    /// A page of those in each of these sets of states, by the month each is planned for (none last), then the day it
    /// entered its state: for an overdue action, the one overdue longest of those planned the same month comes first.
    /// The pages' actions are then read with their records together.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<ActionToDeliver>>> PagesAsync(IReadOnlyList<(IReadOnlyCollection<DeliveryState> States, int Skip, int Take)> pages, CancellationToken cancellation = default)
    {
        // Every group's page in one query (UNION ALL of each page), each row numbered by its group, to save round
        // trips; a union keeps no order, so each page is put back in its order here.
        IQueryable<PageRow>? union = null;
        for (var group = 0; group < pages.Count; group++)
        {
            var (states, skip, take) = pages[group];
            var number = group;
            var page = _standings.Where(s => states.Contains(s.State))
                .OrderBy(s => s.PlannedIn == null).ThenBy(s => s.PlannedIn).ThenBy(s => s.From).ThenBy(s => s.ActionId)
                .Skip(skip).Take(take)
                .Select(s => new PageRow { Group = number, ActionId = s.ActionId, PlanId = s.PlanId, PlannedIn = s.PlannedIn, From = s.From });
            union = union is null ? page : union.Concat(page);
        }
        var rows = union is null ? [] : await union.ToListAsync(cancellation);
        var found = pages.Select((_, group) => rows.Where(r => r.Group == group)
            .OrderBy(r => r.PlannedIn is null).ThenBy(r => r.PlannedIn).ThenBy(r => r.From).ThenBy(r => r.ActionId)
            .Select(r => (r.ActionId, r.PlanId)).ToList()).ToList();
        var records = await _db.ActionsOnRecordAsync([.. found.SelectMany(f => f)], cancellation);
        return [.. found.Select(page => (IReadOnlyList<ActionToDeliver>)[.. page.Where(p => records.ContainsKey(p.ActionId)).Select(p => records[p.ActionId]).Select(r =>
            new ActionToDeliver(r.Plan.Id, r.Plan.Inspection.Provider.Name, r.Recommendation, ActionStanding.Of(r.Progress, _date, _window)))])];
    }

    private sealed class PageRow
    {
        public int Group { get; init; }
        public int ActionId { get; init; }
        public int PlanId { get; init; }
        public int? PlannedIn { get; init; }
        public DateOnly From { get; init; }
    }
}
