using System.Security.Claims;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Infrastructure.Authorization;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.OpenData;

/// <summary>
/// The inspections and plans one person may read, as <see cref="Rules.ReadInspection"/> and <see cref="Rules.ReadPlan"/>
/// decide, so that the API and the pages follow the one rule. Rows are filtered in memory; the service holds tens of plans, not millions.
/// </summary>
public sealed class Readable(ActionPlansDb db, IAuthorizationService authorization, ClaimsPrincipal user, DateOnly today)
{
    public DateOnly Today => today;

    public async Task<IReadOnlyList<Inspection>> InspectionsAsync() =>
        await WhereMayAsync(await InspectionsQuery().OrderBy(i => i.Id).ToListAsync(), Rules.ReadInspection);

    public async Task<Inspection?> InspectionAsync(int id) =>
        (await WhereMayAsync(await InspectionsQuery().Where(i => i.Id == id).ToListAsync(), Rules.ReadInspection)).FirstOrDefault();

    public async Task<IReadOnlyList<ActionPlan>> PlansAsync() =>
        await WhereMayAsync(await PlansQuery().OrderBy(p => p.Id).ToListAsync(), Rules.ReadPlan);

    public async Task<ActionPlan?> PlanAsync(int id) =>
        (await WhereMayAsync(await PlansQuery().Where(p => p.Id == id).ToListAsync(), Rules.ReadPlan)).FirstOrDefault();

    private async Task<IReadOnlyList<T>> WhereMayAsync<T>(IEnumerable<T> rows, AccessRule rule) where T : class
    {
        var readable = new List<T>();
        foreach (var row in rows)
            if ((await authorization.AuthorizeAsync(user, row, rule)).Succeeded) readable.Add(row);
        return readable;
    }

    private IQueryable<Inspection> InspectionsQuery() => db.Inspections
        .Include(i => i.Provider)
        .Include(i => i.Standards).ThenInclude(s => s.KeyQuestions)
        .Include(i => i.Recommendations).ThenInclude(r => r.Addressee)
        .AsSplitQuery().AsNoTracking();

    private IQueryable<ActionPlan> PlansQuery() => db.Plans.WithDeliveryRecord().AsNoTracking();
}
