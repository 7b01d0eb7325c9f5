using ActionPlans.Core.Allocation;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Allocation;

/// <summary>The guidances inspectors stored, which come before the shipped ones for their provider and days.</summary>
public static class StoredGuidances
{
    public static async Task<IReadOnlyList<AllocationGuidance>> AllAsync(ActionPlansDb db) =>
        (await db.AllocationGuidances.AsNoTracking().ToListAsync()).Select(t => t.Guidance).ToList();

    /// <summary>The guidance for the provider (under any of its names) on the day; refused naming the provider when there is none.</summary>
    public static async Task<AllocationGuidance> ForAsync(ActionPlansDb db, string provider, DateOnly day) =>
        ShippedGuidances.For(provider, day, await AllAsync(db));
}
