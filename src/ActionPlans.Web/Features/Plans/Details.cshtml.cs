using ActionPlans.Core.Plans;
using ActionPlans.Core.Plans.Checks;
using ActionPlans.Core.Plans.Deadlines;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Publishing;
using Microsoft.AspNetCore.Authorization;
using ActionPlans.Web.Infrastructure.Authorization;
using ActionPlans.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Plans;

/// <summary>A plan in the template's six columns. Anyone may read a published plan; drafts only those who work on them.</summary>
[AllowAnonymous]
public sealed class DetailsModel(ActionPlansDb db, ILogger<DetailsModel> log, TimeProvider clock, PlanDueDays due) : PageModel
{
    public ActionPlan Plan { get; private set; } = null!;

    /// <summary>When the plan is due, while the report's date is known and within the bank-holiday calendar.</summary>
    public PlanDeadline? Deadline { get; private set; }

    /// <summary>The template's rules on a plan still being written or reviewed; null once published.</summary>
    public PlanCheck? Check { get; private set; }

    public DateOnly Today => clock.TodayInUk();

    public Core.Access.Viewer Viewer => ViewerOf.Principal(User);

    /// <summary>The progress reports published on the plan, the latest day first; null while it is not being delivered.</summary>
    public IReadOnlyList<ProgressReports.Listed>? PublishedReports { get; private set; }

    /// <summary>The published document the plan was imported from, when it was.</summary>
    public (string FileName, DateTime ImportedAtUtc)? Source { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await ReadableAsync(id) is { } refused) return refused;
        try
        {
            Deadline = PlanDeadline.Of(Plan, due.WorkingDays);
        }
        catch (Core.DomainRuleException e)
        {
            log.LogWarning("No deadline for plan {PlanId}: {Reason}", id, e.Message);
        }
        if (Plan.Status != PlanStatus.Published) Check = PlanRules.Default.Check(Plan);
        Source = await db.ImportedDocuments.Where(d => d.PlanId == id).Select(d => new { d.FileName, d.ImportedAtUtc })
            .AsAsyncEnumerable().Select(d => ((string, DateTime)?)(d.FileName, d.ImportedAtUtc)).FirstOrDefaultAsync();
        if (Plan.IsBeingDelivered) PublishedReports = await ProgressReports.OfPlanAsync(db, id);
        return Page();
    }

    /// <summary>The kept source document, as a download.</summary>
    public async Task<IActionResult> OnGetSourceAsync(int id)
    {
        if (await ReadableAsync(id) is { } refused) return refused;
        var source = await db.ImportedDocuments.FirstOrDefaultAsync(d => d.PlanId == id);
        if (source is null) return NotFound();
        var type = source.Content.AsSpan().StartsWith("PK"u8)
            ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            : "text/plain; charset=utf-8";
        return File(source.Content, type, source.FileName);
    }

    /// <summary>The plan in one of the documents people exchange.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(int id, string? format)
    {
        if (!PlanExport.TryParse(format, out var chosen)) return NotFound();
        if (await ReadableAsync(id) is { } refused) return refused;
        var file = PlanExport.Render(Plan, chosen);
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>Loads the plan when this person may read it; otherwise the answer to give them.</summary>
    private async Task<IActionResult?> ReadableAsync(int id)
    {
        var plan = await PlanExport.LoadAsync(db, id);
        if (await this.RefusalAsync(plan, Rules.ReadPlan) is { } refused) return refused;
        Plan = plan!;
        return null;
    }
}
