using ActionPlans.Core;
using ActionPlans.Core.Access;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Documents.Publishing.Progress;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Features.Shared;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Features.Publishing;
using Microsoft.AspNetCore.Authorization;
using ActionPlans.Web.Infrastructure.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using ActionPlans.Web.Features.Plans;
using ActionPlans.Web.Infrastructure.Hosting;

namespace ActionPlans.Web.Features.Publishing;

/// <summary>
/// A plan's progress report as at a day the reader chooses (today unless they say), with its chart and
/// its documents; an inspector publishes it from here. Anyone who may read the plan may read the report.
/// </summary>
/// <remarks>The day's address is <c>?asAt=yyyy-MM-dd</c>; the day, month and year fields lead to it, so a report can be bookmarked and shared.</remarks>
[AllowAnonymous]
public sealed class ProgressReportModel(ActionPlansDb db, TimeProvider clock, DeliverySettings delivery, ILogger<ProgressReportModel> log) : PageModel
{
    /// <summary>The day asked for: the date input, else the address, else today.</summary>
    public AsAtDay AsAt { get; private set; } = null!;

    public ActionPlan Plan { get; private set; } = null!;
    public ProgressReport? Report { get; private set; }

    /// <summary>The report already published as at the day shown, if there is one.</summary>
    public ProgressReports.Listed? Published { get; private set; }

    public Viewer Viewer => ViewerOf.Principal(User);
    private DateOnly Today => clock.TodayInUk();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await ReadableAsync(id) is { } refused) return refused;
        if (Chosen() is not { } day) return Refused();
        if (AsAt.FromForm) return RedirectToPage("/Publishing/ProgressReport", new { id, asAt = DateWords.Iso(day) });
        Published = (await ProgressReports.OfPlanAsync(db, id)).FirstOrDefault(r => r.AsAt == day);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(int id, string? format)
    {
        if (!ProgressReports.TryParse(format, out var chosen)) return NotFound();
        if (await ReadableAsync(id) is { } refused) return refused;
        if (Chosen() is null) return Refused();
        var file = ProgressReports.Render(Report!, chosen);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostPublishAsync(int id)
    {
        if (await ReadableAsync(id) is { } refused) return refused;
        if (await this.RefusalAsync(Plan, Rules.PublishProgressReport) is { } notInspector) return notInspector;
        if (Chosen() is not { } day) return Refused();
        try
        {
            var name = User.FindFirst(ServiceClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "";
            var (published, already) = await ProgressReports.PublishAsync(db, Plan, day, Today, delivery.DueSoon, clock.GetUtcNow().UtcDateTime, User.Identity?.Name ?? "", name);
            log.LogInformation("{User} published progress report {ReportId} on plan {PlanId} as at {AsAt}{Already}", User.Identity?.Name, published.Id, id, DateWords.Iso(day),
                already ? ", which was already published" : "");
            TempData["Notice"] = already
                ? $"The progress report as at {DateWords.Day(day)} was already published on {DateWords.Day(DateOnly.FromDateTime(published.PublishedUtc))}; it stays as it was published, and this is it."
                : $"Progress report as at {DateWords.Day(day)} published.";
            return RedirectToPage("/Publishing/PublishedReport", new { id, reportId = published.Id });
        }
        catch (DomainRuleException e)
        {
            log.LogInformation("{User} could not publish a progress report on plan {PlanId} as at {AsAt}: {Reason}", User.Identity?.Name, id, DateWords.Iso(day), e.Message);
            ModelState.AddModelError("", e.Message);
            Published = (await ProgressReports.OfPlanAsync(db, id)).FirstOrDefault(r => r.AsAt == day);
            return Refused();
        }
    }

    /// <summary>
    /// The day asked for, with its report; null, with the reason recorded against the date input, when the
    /// day cannot be read or the plan cannot be reported on as at it.
    /// </summary>
    private DateOnly? Chosen()
    {
        AsAt = AsAtDay.Read(this, Today);
        if (AsAt.Error is not null) return null;
        try
        {
            Report = ProgressReports.AsAt(Plan, AsAt.Date, Today, delivery.DueSoon);
            return AsAt.Date;
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(AsAtDay.Field, e.Message);
            return null;
        }
    }

    /// <summary>The page again, saying what is wrong; the request could not be answered as asked.</summary>
    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult?> ReadableAsync(int id)
    {
        var plan = await ProgressReports.LoadPlanAsync(db, id);
        if (await this.RefusalAsync(plan, Rules.ReadPlan) is { } refused) return refused;
        Plan = plan!;
        return null;
    }
}
