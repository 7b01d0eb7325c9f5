using System.Security.Claims;
using ActionPlans.Core.Access;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Recommendations;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Persistence;

namespace ActionPlans.Web.Features.OpenData;

/// <summary>
/// The inspections, plans, recommendations and actions one person may read, as queries: the <see cref="Viewer"/>'s read
/// rules are the filter the database runs, the same rules the pages' checks compile, so the API and the pages agree.
/// </summary>
public sealed class Readable(ActionPlansDb db, Viewer viewer, DateOnly today)
{
    public Readable(ActionPlansDb db, ClaimsPrincipal user, DateOnly today) : this(db, ViewerOf.Principal(user), today) { }

    public DateOnly Today => today;

    public IQueryable<Inspection> Inspections => db.Inspections.Where(viewer.InspectionsReadable(today));

    public IQueryable<ActionPlan> Plans => db.Plans.Where(viewer.PlansReadable);

    /// <summary>The recommendations of the inspections one may read.</summary>
    public IQueryable<Recommendation> Recommendations
    {
        get
        {
            var inspections = Inspections;
            return db.Recommendations.Where(r => inspections.Any(i => i.Id == r.InspectionId));
        }
    }

    /// <summary>The actions of the plans one may read.</summary>
    public IQueryable<PlannedAction> Actions
    {
        get
        {
            var plans = Plans;
            return db.Actions.Where(a => db.Responses.Any(r => r.Id == a.ResponseId && plans.Any(p => p.Id == r.ActionPlanId)));
        }
    }
}
