using ActionPlans.Web.Features.Shared;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Infrastructure.Authorization;
using ActionPlans.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>The inspectorate's view of delivery across every plan being delivered, as at a day.</summary>
[Authorize(Policy = nameof(FollowAllDelivery))]
public sealed class DeliveryModel(ActionPlansDb db, TimeProvider clock, DeliverySettings delivery) : PageModel
{
    public DeliveryOverview Overview { get; private set; } = null!;

    public AsAtDay AsAt { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        AsAt = AsAtDay.Read(this, clock.TodayInUk());
        Overview = await DeliveryOverview.AsAtAsync(db, AsAt.Date, delivery.DueSoon);
    }
}
