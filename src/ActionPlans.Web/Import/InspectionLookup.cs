using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Recommendations;
using ActionPlans.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Import;

/// <summary>
/// Finds the inspection a document belongs to: the provider's inspection whose report came out in the same
/// month. A plan gives the report's exact day and a report only its month, so either may arrive first.
/// </summary>
internal static class InspectionLookup
{
    public static async Task<Inspection?> FindAsync(ActionPlansDb db, Organisation provider, int year, int month)
    {
        if (provider.Id == 0) return null;
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        return await WithEverything(db).FirstOrDefaultAsync(i => i.ProviderId == provider.Id && i.Published >= first && i.Published <= last);
    }

    /// <summary>The provider's inspection before this one, with its recommendations, when it is in the service.</summary>
    public static async Task<Inspection?> PreviousAsync(ActionPlansDb db, Organisation provider, DateOnly publishedBefore)
    {
        if (provider.Id == 0) return null;
        return await db.Inspections.Include(i => i.Recommendations)
            .Where(i => i.ProviderId == provider.Id && i.Published < publishedBefore)
            .OrderByDescending(i => i.Published).FirstOrDefaultAsync();
    }

    /// <summary>The recommendation of an earlier inspection that a repeated one repeats, by wording.</summary>
    public static Recommendation? Repeated(Inspection? previous, string text) =>
        previous?.Recommendations.Where(r => Wording.Matches(r.Text, text)).MaxBy(r => Wording.Similarity(r.Text, text));

    private static IQueryable<Inspection> WithEverything(ActionPlansDb db) => db.Inspections
        .Include(i => i.Recommendations).ThenInclude(r => r.Addressee)
        .Include(i => i.Standards).ThenInclude(s => s.KeyQuestions).ThenInclude(k => k.Prompts)
        .Include(i => i.PreviousRecommendations)
        .AsSplitQuery();
}
