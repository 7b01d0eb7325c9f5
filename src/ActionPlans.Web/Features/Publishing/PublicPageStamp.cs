using System.Security.Cryptography;
using System.Text;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Publishing;

/// <summary>
/// The entity tag of a public page of a published plan or inspection, read from the database in one query, so every
/// instance of the service gives the same tag for the same state. For each kind of row the page draws on it takes how
/// many there are, the highest id and the sum of their versions: ids only grow and a save moves a changed row's version
/// on, so any insert changes the highest id, any removal without an insert the count, and any other change the sum.
/// The UK day is part of it (delivery "as at today" moves with the day), and so is the build and the due-soon window.
/// </summary>
public sealed class PublicPageStamp(ActionPlansDb db, TimeProvider clock, DeliverySettings delivery)
{
    private static readonly string Build = typeof(PublicPageStamp).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>One kind of row; set by member so that the database can unite the kinds in one query.</summary>
    private sealed class Tally
    {
        public required string Rows { get; init; }
        public int Count { get; init; }
        public int Last { get; init; }
        public long Versions { get; init; }
    }

    /// <summary>The tag of a published plan's public pages; null while the plan is not published (or does not exist).</summary>
    public async Task<string?> OfPlanAsync(int planId)
    {
        var plan = await db.Plans.Where(p => p.Id == planId).Select(p => new { p.Status, p.InspectionId }).FirstOrDefaultAsync();
        if (plan is null || plan.Status != PlanStatus.Published) return null;
        return Tag("plan", await PlanRows(db.Plans.Where(p => p.Id == planId)).Concat(InspectionRows(plan.InspectionId)).ToListAsync());
    }

    /// <summary>The tag of an inspection's public page; null while its report is not published as at today.</summary>
    public async Task<string?> OfInspectionAsync(int inspectionId)
    {
        var today = clock.TodayInUk();
        var inspection = await db.Inspections.Where(i => i.Id == inspectionId).Select(i => new { i.Published }).FirstOrDefaultAsync();
        if (inspection?.Published is not { } published || published > today) return null;
        var standards = db.StandardResults.Where(s => s.InspectionId == inspectionId);
        var questions = db.Set<KeyQuestionResult>().Where(k => standards.Any(s => s.Id == k.StandardResultId));
        var rows = InspectionRows(inspectionId)
            .Concat(Versioned("standards", standards))
            .Concat(Versioned("key questions", questions))
            .Concat(Versioned("prompts", db.Set<PromptResult>().Where(p => questions.Any(k => k.Id == p.KeyQuestionResultId))))
            .Concat(Versioned("previous recommendations", db.Set<PreviousRecommendation>().Where(r => r.InspectionId == inspectionId)))
            // Its plan is linked with its status, and each recommendation shows the response and how many actions.
            .Concat(PlanRows(db.Plans.Where(p => p.InspectionId == inspectionId)));
        return Tag("inspection", await rows.ToListAsync());
    }

    /// <summary>The inspection a plan answers as its pages show it: the inspection, its recommendations and the organisations they name.</summary>
    private IQueryable<Tally> InspectionRows(int inspectionId)
    {
        var recommendations = db.Recommendations.Where(r => r.InspectionId == inspectionId);
        var organisations = db.Organisations.Where(o =>
            db.Inspections.Any(i => i.Id == inspectionId && i.ProviderId == o.Id) || recommendations.Any(r => r.AddresseeId == o.Id));
        return Versioned("inspection", db.Inspections.Where(i => i.Id == inspectionId))
            .Concat(Versioned("recommendations", recommendations))
            .Concat(Versioned("organisations", organisations));
    }

    /// <summary>A plan and everything its delivery and its pages draw on.</summary>
    private IQueryable<Tally> PlanRows(IQueryable<ActionPlan> plans)
    {
        var responses = db.Responses.Where(r => plans.Any(p => p.Id == r.ActionPlanId));
        var actions = db.Actions.Where(a => responses.Any(r => r.Id == a.ResponseId));
        var updates = db.ProgressUpdates.Where(u => actions.Any(a => a.Id == u.PlannedActionId));
        return Versioned("plan", plans)
            .Concat(Versioned("responses", responses))
            .Concat(Versioned("actions", actions))
            .Concat(Versioned("updates", updates))
            .Concat(Versioned("evidence", db.Evidence.Where(e => updates.Any(u => u.Id == e.ProgressUpdateId))))
            .Concat(Versioned("revisions", db.TargetRevisions.Where(t => actions.Any(a => a.Id == t.PlannedActionId))))
            // Published reports and imported documents are kept as they were written: never changed, only added.
            .Concat(Kept("progress reports", db.ProgressReports.Where(r => plans.Any(p => p.Id == r.ActionPlanId))))
            .Concat(Kept("documents", db.ImportedDocuments.Where(d => plans.Any(p => p.Id == d.PlanId))));
    }

    private static IQueryable<Tally> Versioned<T>(string rows, IQueryable<T> of) where T : class =>
        of.GroupBy(_ => 1).Select(g => new Tally
        {
            Rows = rows, Count = g.Count(), Last = g.Max(r => EF.Property<int>(r, "Id")), Versions = g.Sum(r => (long)EF.Property<int>(r, RowVersionConvention.Property)),
        });

    private static IQueryable<Tally> Kept<T>(string rows, IQueryable<T> of) where T : class =>
        of.GroupBy(_ => 1).Select(g => new Tally { Rows = rows, Count = g.Count(), Last = g.Max(r => EF.Property<int>(r, "Id")), Versions = 0L });

    private string Tag(string page, IEnumerable<Tally> tallies)
    {
        var text = new StringBuilder($"{page}|{Build}|{delivery.DueSoon.Days}|{clock.TodayInUk():yyyy-MM-dd}");
        // The database returns the parts of a union in no particular order; a kind with no rows returns none.
        foreach (var t in tallies.OrderBy(t => t.Rows, StringComparer.Ordinal)) text.Append($"|{t.Rows}:{t.Count}:{t.Last}:{t.Versions}");
        return $"\"{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0, 18).Replace('+', '-').Replace('/', '_')}\"";
    }
}
