using ActionPlans.Core.Plans.Versions;
using ActionPlans.Core.Plans.Workflow;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Publishing;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Plans;

/// <summary>Loads a plan's workflow (its review comments and frozen versions) and stores what a step added.</summary>
public sealed class PlanReview(ActionPlansDb db)
{
    public async Task<PlanWorkflow?> LoadAsync(int planId)
    {
        var plan = await PlanExport.LoadAsync(db, planId);
        if (plan is null) return null;
        var comments = await db.ReviewComments.Where(c => EF.Property<int>(c, ReviewCommentMapping.PlanKey) == planId).OrderBy(c => c.Id).ToListAsync();
        var versions = await db.FrozenVersions.Where(v => v.ActionPlanId == planId).OrderBy(v => v.Number).Select(v => v.Json).ToListAsync();
        return new PlanWorkflow(plan, comments, versions.Select(PlanVersion.FromJson));
    }

    /// <summary>Saves the plan's new status, new comments and the newly frozen version in one go.</summary>
    public async Task SaveAsync(PlanWorkflow workflow)
    {
        var planId = workflow.Plan.Id;
        foreach (var comment in workflow.Comments.Where(c => c.Id == 0))
        {
            db.ReviewComments.Add(comment);
            db.Entry(comment).Property(ReviewCommentMapping.PlanKey).CurrentValue = planId;
        }
        var stored = await db.FrozenVersions.Where(v => v.ActionPlanId == planId).Select(v => (int?)v.Number).MaxAsync() ?? 0;
        foreach (var version in workflow.Versions.Where(v => v.Number > stored))
            db.FrozenVersions.Add(new FrozenVersion { ActionPlanId = planId, Number = version.Number, Submitted = version.Submitted, Json = version.ToJson() });
        await db.SaveChangesAsync();
    }
}
