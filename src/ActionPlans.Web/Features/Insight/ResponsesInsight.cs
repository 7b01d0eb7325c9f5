using ActionPlans.Core.Insight;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Documents.Insight;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Insight;

/// <summary>How many partly or not agreed recommendations gave each of the template's four reasons (a response may give several).</summary>
public sealed record ReasonCounts(int Commissioning, int Policy, int Operational, int Affordability);

/// <summary>Section 4 of the insight: the answers published plans gave, by addressee and year, and the reasons for not agreeing.</summary>
public sealed record ResponsesFigures(
    ResponseCounts Total,
    IReadOnlyList<(AddresseeGroup Addressee, ResponseCounts Counts)> ByAddressee,
    IReadOnlyList<(int Year, ResponseCounts Counts)> ByYear,
    ReasonCounts Reasons)
{
    private static readonly string[] KindColumns = [.. Enum.GetValues<ResponseKind>().Select(k => k.Words())];

    private static IReadOnlyList<decimal> Values(ResponseCounts counts) => [counts.Agreed, counts.PartlyAgreed, counts.NotAgreed];

    public IReadOnlyList<InsightFigure> Figures =>
    [
        new("by-addressee", "Responses to recommendations, by addressee", ["Addressee", .. KindColumns],
            [.. ByAddressee.Select(a => new FigureRow(a.Addressee.Words(), Values(a.Counts)))]),
        new("by-year", "Responses to recommendations, by year of report", ["Year", .. KindColumns],
            [.. ByYear.Select(y => new FigureRow(y.Year.ToString(), Values(y.Counts)))]),
        new("reasons", "Reasons given for recommendations partly agreed or not agreed", ["Reason", "Responses"],
        [
            new("Commissioning", [Reasons.Commissioning]), new("Policy", [Reasons.Policy]),
            new("Operational", [Reasons.Operational]), new("Affordability", [Reasons.Affordability]),
        ]),
    ];
}

public static class ResponsesInsight
{
    public static async Task<ResponsesFigures> ReadAsync(InsightScope scope, CancellationToken cancel)
    {
        var answered = scope.Responses.Where(r => r.Kind != null);
        var byAddressee = await answered.GroupBy(r => new { AddresseeKind = r.Recommendation.Addressee.Kind, r.Kind })
            .Select(g => new { Addressee = g.Key.AddresseeKind, Kind = g.Key.Kind!.Value, Count = g.Count() }).ToListAsync(cancel);
        var byYear = await (from r in answered
                            join c in scope.Db.Recommendations on r.RecommendationId equals c.Id
                            join i in scope.Db.Inspections on c.InspectionId equals i.Id
                            group r by new { i.Published!.Value.Year, r.Kind } into g
                            select new { g.Key.Year, Kind = g.Key.Kind!.Value, Count = g.Count() }).ToListAsync(cancel);
        var reasons = await answered.Where(r => r.Kind == ResponseKind.PartlyAgreed || r.Kind == ResponseKind.NotAgreed)
            .GroupBy(r => 1)
            .Select(g => new ReasonCounts(
                g.Count(r => (r.Reasons & ReasonCategories.Commissioning) != 0),
                g.Count(r => (r.Reasons & ReasonCategories.Policy) != 0),
                g.Count(r => (r.Reasons & ReasonCategories.Operational) != 0),
                g.Count(r => (r.Reasons & ReasonCategories.Affordability) != 0)))
            .FirstOrDefaultAsync(cancel) ?? new ReasonCounts(0, 0, 0, 0);

        var groups = byAddressee.GroupBy(r => AddresseeGroups.Of(r.Addressee))
            .Select(g => (g.Key, ResponseCounts.Of(g.Select(r => (r.Kind, r.Count))))).OrderBy(g => g.Key).ToList();
        return new ResponsesFigures(
            ResponseCounts.Of(byAddressee.Select(r => (r.Kind, r.Count))),
            groups,
            [.. byYear.GroupBy(r => r.Year).OrderBy(g => g.Key).Select(g => (g.Key, ResponseCounts.Of(g.Select(r => (r.Kind, r.Count)))))],
            reasons);
    }
}
