using ActionPlans.Core.Access;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.OpenData;

/// <summary>
/// The inspections and plans one viewer may read. Rows are filtered in memory by <see cref="Viewer"/> so that
/// the API and the pages follow the one rule; the service holds tens of plans, not millions.
/// </summary>
public sealed class Readable(ActionPlansDb db, Viewer viewer, DateOnly today)
{
    public DateOnly Today => today;

    public async Task<IReadOnlyList<Inspection>> InspectionsAsync() =>
        (await InspectionsQuery().ToListAsync()).Where(i => viewer.CanRead(i, today)).OrderBy(i => i.Id).ToList();

    public async Task<Inspection?> InspectionAsync(int id) =>
        await InspectionsQuery().FirstOrDefaultAsync(i => i.Id == id) is { } inspection && viewer.CanRead(inspection, today) ? inspection : null;

    public async Task<IReadOnlyList<ActionPlan>> PlansAsync() =>
        (await PlansQuery().ToListAsync()).Where(viewer.CanRead).OrderBy(p => p.Id).ToList();

    public async Task<ActionPlan?> PlanAsync(int id) =>
        await PlansQuery().FirstOrDefaultAsync(p => p.Id == id) is { } plan && viewer.CanRead(plan) ? plan : null;

    private IQueryable<Inspection> InspectionsQuery() => db.Inspections
        .Include(i => i.Provider)
        .Include(i => i.Standards).ThenInclude(s => s.KeyQuestions)
        .Include(i => i.Recommendations).ThenInclude(r => r.Addressee)
        .AsSplitQuery().AsNoTracking();

    private IQueryable<ActionPlan> PlansQuery() => db.Plans.WithDeliveryRecord().AsNoTracking();
}
