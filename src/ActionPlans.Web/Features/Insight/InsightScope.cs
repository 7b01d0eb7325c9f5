using ActionPlans.Core.Access;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Insight;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Plans.Deadlines;
using ActionPlans.Core.Recommendations;
using ActionPlans.Web.Features.OpenData;
using ActionPlans.Web.Infrastructure.Persistence;

namespace ActionPlans.Web.Features.Insight;

/// <summary>
/// The published material an <see cref="InsightFilter"/> counts, as queries the database runs: the public's read
/// rules whoever asks, so that a draft is never counted and the figures are the same for everyone.
/// </summary>
public sealed class InsightScope(ActionPlansDb db, InsightFilter filter)
{
    public ActionPlansDb Db => db;

    public InsightFilter Filter => filter;

    /// <summary>The working days after a report that its plan is due (<c>Plans:DueWorkingDays</c>).</summary>
    public int DueWorkingDays { get; init; } = PlanDeadline.DefaultWorkingDays;

    /// <summary>The scope of a request, with the service's due day for plans.</summary>
    public static InsightScope Of(ActionPlansDb db, InsightFilter filter, Plans.PlanDueDays due) => new(db, filter) { DueWorkingDays = due.WorkingDays };

    /// <summary>The same scope over reports published in another period.</summary>
    public InsightScope PublishedIn(DateOnly? from, DateOnly to) => new(db, filter with { From = from, To = to }) { DueWorkingDays = DueWorkingDays };

    /// <summary>Published reports in the period, of the providers chosen.</summary>
    public IQueryable<Inspection> Inspections
    {
        get
        {
            var inspections = new Readable(db, Viewer.Public, filter.Today).Inspections.Where(i => i.Published != null);
            if (filter.From is { } from) inspections = inspections.Where(i => i.Published >= from);
            if (filter.To is { } to) inspections = inspections.Where(i => i.Published <= to);
            if (filter.ProviderType is { } type)
            {
                var kinds = type.Kinds().ToList();
                inspections = inspections.Where(i => kinds.Contains(i.Provider.Kind));
            }
            if (filter.ProviderId is { } provider) inspections = inspections.Where(i => i.ProviderId == provider);
            return inspections;
        }
    }

    /// <summary>
    /// The recommendations of those reports, to the addressees chosen, each with its report's day. Joined from the
    /// reports, not asked of each recommendation, so that a short period is read along the reports' index on
    /// publication day, and the latest read first.
    /// </summary>
    public IQueryable<ReportedRecommendation> ReportedRecommendations
    {
        get
        {
            var recommendations = from i in Inspections
                                  join r in db.Recommendations on i.Id equals r.InspectionId
                                  select new ReportedRecommendation { Recommendation = r, Published = i.Published!.Value };
            if (filter.Addressee is { } group)
            {
                var kinds = group.Kinds().ToList();
                recommendations = recommendations.Where(r => kinds.Contains(r.Recommendation.Addressee.Kind));
            }
            return recommendations;
        }
    }

    /// <summary>The recommendations of those reports, to the addressees chosen.</summary>
    public IQueryable<Recommendation> Recommendations => ReportedRecommendations.Select(r => r.Recommendation);

    /// <summary>Published plans' answers to those recommendations.</summary>
    public IQueryable<Response> Responses =>
        from c in Recommendations
        join r in db.Responses on c.Id equals r.RecommendationId
        join p in db.Plans on r.ActionPlanId equals p.Id
        where p.Status == PlanStatus.Published
        select r;
}

/// <summary>A recommendation and the day its report was published.</summary>
public sealed class ReportedRecommendation
{
    public required Recommendation Recommendation { get; init; }
    public DateOnly Published { get; init; }
}
