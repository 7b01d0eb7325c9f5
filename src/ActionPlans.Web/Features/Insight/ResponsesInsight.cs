using ActionPlans.Core.Insight;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Documents.Insight;
using ActionPlans.Web.Features.Insight.Tallies;

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
        var counts = await InsightCounts.ReadAsync(scope, [InsightMeasure.Response, InsightMeasure.Reason], cancel);
        var answered = counts.Where(c => c.Measure == InsightMeasure.Response).ToList();
        static ResponseCounts Answers(IEnumerable<InsightCount> counted) => ResponseCounts.Of(counted.Select(c => ((ResponseKind)c.Value, c.Count)));
        int Reason(ReasonCategories reason) => counts.Where(c => c.Measure == InsightMeasure.Reason && c.Value == (int)reason).Sum(c => c.Count);

        return new ResponsesFigures(
            Answers(answered),
            [.. answered.GroupBy(c => (AddresseeGroup)c.Addressee).OrderBy(g => g.Key).Select(g => (g.Key, Answers(g)))],
            [.. answered.GroupBy(c => c.Year).OrderBy(g => g.Key).Select(g => (g.Key, Answers(g)))],
            new ReasonCounts(Reason(ReasonCategories.Commissioning), Reason(ReasonCategories.Policy), Reason(ReasonCategories.Operational), Reason(ReasonCategories.Affordability)));
    }
}
