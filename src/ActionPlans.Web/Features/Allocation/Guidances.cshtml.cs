using ActionPlans.Core.Allocation;
using ActionPlans.Web.Infrastructure.Authorization;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Allocation;

/// <summary>The allocation guidances the service knows: those inspectors stored, and those shipped with it.</summary>
[Authorize(Policy = nameof(RecordInspections))]
public sealed class GuidancesModel(ActionPlansDb db) : PageModel
{
    public IReadOnlyList<AllocationGuidanceText> Stored { get; private set; } = [];

    public IReadOnlyList<AllocationGuidance> Shipped => ShippedGuidances.All;

    public async Task OnGetAsync() =>
        Stored = await db.AllocationGuidances.AsNoTracking().OrderBy(g => g.Provider).ThenBy(g => g.ValidFrom).ToListAsync();
}
