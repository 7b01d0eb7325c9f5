using ActionPlans.Web.Features.Shared;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Infrastructure.Authorization;
using ActionPlans.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Authorization;
using ActionPlans.Core.Vocabulary;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>The inspectorate's view of delivery across every plan being delivered, as at a day.</summary>
[Authorize(Policy = nameof(FollowAllDelivery))]
public sealed class DeliveryModel(ActionPlansDb db, TimeProvider clock) : PageModel
{
    public DeliveryOverview Overview { get; private set; } = null!;

    public AsAtDay AsAt { get; private set; } = null!;

    [FromQuery(Name = "plans")] public int? PlansPage { get; set; }

    [FromQuery(Name = "overdue")] public int? OverduePage { get; set; }

    public async Task OnGetAsync()
    {
        AsAt = AsAtDay.Read(this, clock.TodayInUk());
        Overview = await DeliveryOverview.AsAtAsync(db, AsAt.Date, PlansPage, OverduePage, HttpContext.RequestAborted);
    }

    /// <summary>The whole overdue list as CSV, written as it is read so that its size does not matter.</summary>
    public async Task<IActionResult> OnGetOverdueCsvAsync()
    {
        AsAt = AsAtDay.Read(this, clock.TodayInUk());
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"overdue-actions-{DateWords.Iso(AsAt.Date)}.csv\"";
        await using var writer = new StreamWriter(Response.Body, new System.Text.UTF8Encoding(false));
        await OverdueCsv.WriteAsync(writer, OverdueActions.AllAsync(db, AsAt.Date, HttpContext.RequestAborted), AsAt.Date);
        // Written already: the page itself is not rendered after it.
        return new EmptyResult();
    }
}
