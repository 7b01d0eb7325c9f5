using System.Text;
using ActionPlans.Core;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Documents.Publishing.Progress;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Publishing;

/// <summary>
/// Progress reports on a plan: drawn up as at any day from the monitoring record, published by an inspector
/// as JSON that later updates cannot change, and written as Word, PDF, HTML or that JSON.
/// </summary>
/// <remarks>
/// A plan and day are published once: a published report is cited by its address, so publishing the same day
/// again leads to the report already published rather than putting another beside or over it. Publishing is logged by the page, not audited: the
/// report is the service's own record, not a change to a plan.
/// </remarks>
public static class ProgressReports
{
    /// <summary>A published report as a list shows it, without its content.</summary>
    public sealed record Listed(int Id, DateOnly AsAt, DateTime PublishedUtc);

    /// <summary>The plan with its whole monitoring record, when it is being delivered (accepted or published).</summary>
    public static Task<ActionPlan?> LoadPlanAsync(ActionPlansDb db, int id) =>
        db.Plans.BeingDelivered().WithDeliveryRecord().FirstOrDefaultAsync(p => p.Id == id);

    /// <summary>The plan's delivery as at <paramref name="day"/>, which must be one the plan can be reported on.</summary>
    /// <exception cref="DomainRuleException">The day is after today or before the plan was submitted.</exception>
    public static ProgressReport AsAt(ActionPlan plan, DateOnly day, DateOnly today, DueSoonWindow window)
    {
        ReportingDay.Check(plan, day, today);
        return ProgressReport.Of(PlanDelivery.AsAt(plan, day, window));
    }

    /// <summary>
    /// Stores the report as at <paramref name="day"/> as published today by the named inspector. A day already published,
    /// even by another inspector at the same moment, keeps its report, and publishing it again is answered with that report.
    /// </summary>
    /// <param name="account">The inspector's account, kept with the row.</param>
    /// <param name="name">The inspector's name, as the report shows it.</param>
    /// <returns>The published report, and whether it had been published already.</returns>
    /// <exception cref="DomainRuleException">The day cannot be reported on.</exception>
    public static async Task<(PublishedProgressReport Report, bool Already)> PublishAsync(ActionPlansDb db, ActionPlan plan, DateOnly day, DateOnly today, DueSoonWindow window, DateTime nowUtc, string account, string name)
    {
        var report = AsAt(plan, day, today, window) with { Publication = new ProgressReportPublication(today, name) };
        if (await db.ProgressReports.FirstOrDefaultAsync(r => r.ActionPlanId == plan.Id && r.AsAt == day) is { } earlier) return (earlier, true);
        var row = new PublishedProgressReport
        {
            ActionPlanId = plan.Id, AsAt = day, PublishedUtc = nowUtc, PublishedBy = account, Json = ProgressReportJson.Write(report),
        };
        db.ProgressReports.Add(row);
        try
        {
            await db.SaveChangesAsync();
            return (row, false);
        }
        catch (DbUpdateException e) when (SaveConflict.IsUniqueViolation(e))
        {
            db.Entry(row).State = EntityState.Detached;
            return (await db.ProgressReports.SingleAsync(r => r.ActionPlanId == plan.Id && r.AsAt == day), true);
        }
    }

    /// <summary>The plan's published reports, the latest day first.</summary>
    public static Task<List<Listed>> OfPlanAsync(ActionPlansDb db, int planId) => db.ProgressReports
        .Where(r => r.ActionPlanId == planId)
        .OrderByDescending(r => r.AsAt).ThenByDescending(r => r.Id)
        .Select(r => new Listed(r.Id, r.AsAt, r.PublishedUtc))
        .ToListAsync();

    /// <summary>The formats a report is written in: Word, PDF, HTML and its JSON (there is no CSV of a report).</summary>
    public static bool TryParse(string? text, out ExportFormat format) => PlanExport.TryParse(text, out format) && format != ExportFormat.Csv;

    public static PlanExport.File Render(ProgressReport report, ExportFormat format)
    {
        var name = $"progress-report-{report.PlanId}-as-at-{DateWords.Iso(report.AsAt)}";
        return format switch
        {
            ExportFormat.Docx => new PlanExport.File(WordProgressReportWriter.Write(report), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx"),
            ExportFormat.Pdf => new PlanExport.File(PdfProgressReportWriter.Write(report), "application/pdf", name + ".pdf"),
            ExportFormat.Html => new PlanExport.File(Encoding.UTF8.GetBytes(HtmlProgressReportWriter.Write(report)), "text/html; charset=utf-8", name + ".html"),
            ExportFormat.Json => new PlanExport.File(Encoding.UTF8.GetBytes(ProgressReportJson.Write(report)), "application/json; charset=utf-8", name + ".json"),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "A progress report is not written as CSV."),
        };
    }
}
