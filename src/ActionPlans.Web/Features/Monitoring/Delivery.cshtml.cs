using ActionPlans.Core.Access;
using ActionPlans.Web.Features.Shared;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Features.Monitoring;

/// <summary>The inspectorate's view of delivery across every plan being delivered, as at a day.</summary>
[Authorize(Roles = $"{Role.Inspector},{Role.Administrator}")]
public sealed class DeliveryModel(ActionPlansDb db, TimeProvider clock, DeliverySettings delivery) : PageModel
{
    public DeliveryOverview Overview { get; private set; } = null!;

    public AsAtDay AsAt { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        AsAt = AsAtDay.Read(this, DateOnly.FromDateTime(clock.GetLocalNow().Date));
        Overview = await DeliveryOverview.AsAtAsync(db, AsAt.Date, delivery.DueSoon);
    }
}
