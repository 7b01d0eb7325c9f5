using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Import;

/// <summary>
/// Finds the inspection a document belongs to: the provider's inspection whose report came out in the same
/// month. A plan gives the report's exact day and a report only its month, so either may arrive first.
/// </summary>
public static class InspectionLookup
{
    public static async Task<Inspection?> FindAsync(ActionPlansDb db, Organisation provider, int year, int month)
    {
        if (provider.Id == 0) return null;
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return await WithEverything(db).FirstOrDefaultAsync(i => i.ProviderId == provider.Id && i.Published >= first && i.Published <= last);
    }

    /// <summary>The provider's inspection before this one, with its recommendations, when it is in the service.</summary>
    public static async Task<Inspection?> PreviousAsync(ActionPlansDb db, int providerId, DateOnly? publishedBefore)
    {
        if (providerId == 0) return null;
        var before = publishedBefore ?? DateOnly.MaxValue;
        return await db.Inspections.Include(i => i.Recommendations)
            .Where(i => i.ProviderId == providerId && i.Published < before)
            .OrderByDescending(i => i.Published).FirstOrDefaultAsync();
    }

    private static IQueryable<Inspection> WithEverything(ActionPlansDb db) => db.Inspections
        .Include(i => i.Recommendations).ThenInclude(r => r.Addressee)
        .Include(i => i.Standards).ThenInclude(s => s.KeyQuestions).ThenInclude(k => k.Prompts)
        .Include(i => i.PreviousRecommendations)
        .AsSplitQuery();
}
