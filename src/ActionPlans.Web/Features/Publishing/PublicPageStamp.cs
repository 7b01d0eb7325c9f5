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
        var questions = standards.SelectMany(s => db.Set<KeyQuestionResult>().Where(k => k.StandardResultId == s.Id));
        var rows = InspectionRows(inspectionId)
            .Concat(Versioned("standards", standards))
            .Concat(Versioned("key questions", questions))
            .Concat(Versioned("prompts", questions.SelectMany(k => db.Set<PromptResult>().Where(p => p.KeyQuestionResultId == k.Id))))
            .Concat(Versioned("previous recommendations", db.Set<PreviousRecommendation>().Where(r => r.InspectionId == inspectionId)))
            // Its plan is linked with its status, and each recommendation shows the response and how many actions.
            .Concat(PlanRows(db.Plans.Where(p => p.InspectionId == inspectionId)));
        return Tag("inspection", await rows.ToListAsync());
    }

    /// <summary>The inspection a plan answers as its pages show it: the inspection, its recommendations and the organisations they name.</summary>
    private IQueryable<Tally> InspectionRows(int inspectionId)
    {
        var inspection = db.Inspections.Where(i => i.Id == inspectionId);
        var recommendations = db.Recommendations.Where(r => r.InspectionId == inspectionId);
        return Versioned("inspection", inspection)
            .Concat(Versioned("recommendations", recommendations))
            .Concat(Versioned("provider", inspection.SelectMany(i => db.Organisations.Where(o => o.Id == i.ProviderId))))
            // An organisation addressed twice counts twice; its change still moves the sum on.
            .Concat(Versioned("addressees", recommendations.SelectMany(r => db.Organisations.Where(o => o.Id == r.AddresseeId))));
    }

    /// <summary>A plan and everything its delivery and its pages draw on.</summary>
    private IQueryable<Tally> PlanRows(IQueryable<ActionPlan> plans)
    {
        // Joined from the plan down, so that each step is an index lookup however large the tables grow.
        var responses = plans.SelectMany(p => db.Responses.Where(r => r.ActionPlanId == p.Id));
        var actions = responses.SelectMany(r => db.Actions.Where(a => a.ResponseId == r.Id));
        var updates = actions.SelectMany(a => db.ProgressUpdates.Where(u => u.PlannedActionId == a.Id));
        return Versioned("plan", plans)
            .Concat(Versioned("responses", responses))
            .Concat(Versioned("actions", actions))
            .Concat(Versioned("updates", updates))
            .Concat(Versioned("evidence", updates.SelectMany(u => db.Evidence.Where(e => e.ProgressUpdateId == u.Id))))
            .Concat(Versioned("revisions", actions.SelectMany(a => db.TargetRevisions.Where(t => t.PlannedActionId == a.Id))))
            // Published reports and imported documents are kept as they were written: never changed, only added.
            .Concat(Kept("progress reports", plans.SelectMany(p => db.ProgressReports.Where(r => r.ActionPlanId == p.Id))))
            .Concat(Kept("documents", plans.SelectMany(p => db.ImportedDocuments.Where(d => d.PlanId == p.Id))));
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
