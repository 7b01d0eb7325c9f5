using ActionPlans.Core.Insight;
using ActionPlans.Core.Insight.Themes;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Recommendations;
using ActionPlans.Core.Vocabulary;
using System.Globalization;
using ActionPlans.Documents.Insight;
using ActionPlans.Web.Features.Insight.Tallies;
using ActionPlans.Web.Features.Insight.Themes;
using ActionPlans.Web.Features.Monitoring.Standings;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Insight;

/// <summary>
/// Section 6 of the insight: the progress the reports in scope judged on their previous inspection's recommendations,
/// beside how far the published plan's actions for each were delivered as at the filter's day; by theme and by
/// addressee of the original recommendation (known when it is in the service).
/// </summary>
public sealed record ProgressFigures(
    IReadOnlyList<(ProgressJudgement Judged, IReadOnlyList<(ActionsDelivered Delivered, int Count)> Delivery)> ByJudgement,
    IReadOnlyList<(string Theme, JudgementCounts Counts)> ByTheme,
    IReadOnlyList<(AddresseeGroup? Addressee, JudgementCounts Counts)> ByAddressee,
    DateOnly AsAt)
{
    public static readonly ProgressJudgement[] BestFirst = [ProgressJudgement.Sufficient, ProgressJudgement.Some, ProgressJudgement.None];
    private static readonly string[] JudgementColumns = [.. BestFirst.Select(j => j.Words())];

    public const string OriginalNotKnown = "Original not in the service";

    private static IReadOnlyList<decimal> Values(JudgementCounts counts) => [counts.Sufficient, counts.Some, counts.None];

    public JudgementCounts Total => JudgementCounts.Of(ByJudgement.Select(j => (j.Judged, j.Delivery.Sum(d => d.Count))));

    public IReadOnlyList<InsightFigure> Figures =>
    [
        new("by-delivery", $"Progress judged on previous recommendations, beside delivery of the plan's actions for them as at {DateWords.Day(AsAt)}",
            ["Progress judged", .. Enum.GetValues<ActionsDelivered>().Select(d => d.Words())],
            [.. ByJudgement.Select(j => new FigureRow(j.Judged.Words(), [.. Enum.GetValues<ActionsDelivered>().Select(d => (decimal)j.Delivery.Where(x => x.Delivered == d).Sum(x => x.Count))]))]),
        new("by-theme", "Progress judged on previous recommendations, by theme of the original", ["Theme", .. JudgementColumns],
            [.. ByTheme.Select(t => new FigureRow(t.Theme, Values(t.Counts)))]),
        new("by-addressee", "Progress judged on previous recommendations, by addressee of the original", ["Addressee", .. JudgementColumns],
            [.. ByAddressee.Select(a => new FigureRow(a.Addressee?.Words() ?? OriginalNotKnown, Values(a.Counts)))]),
    ];
}

public static class ProgressInsight
{
    /// <summary>
    /// The figures for the scope: delivery for reports of whole months from the as-at tallies and for the days of months
    /// only partly in the period from the records; the judgements by theme and addressee from the insight tallies.
    /// </summary>
    public static async Task<ProgressFigures> ReadAsync(InsightScope scope, CancellationToken cancel)
    {
        var counts = new ProgressCounts();
        var months = PublicationMonths.Of(scope.Filter);
        foreach (var c in await AsAtCounts.ReadAsync(scope, months, [AsAtMeasure.ProgressDelivery], CountedBy.Nothing, cancel))
        {
            var (judged, delivered) = AsAtTally.Progress(c.Value);
            counts.AddDelivery(judged, delivered, c.Count);
        }
        foreach (var (from, to) in months.Days) await AddDeliveryRecordsAsync(scope.PublishedIn(from, to), counts, cancel);
        foreach (var c in await InsightCounts.ReadAsync(scope, [InsightMeasure.ProgressTheme, InsightMeasure.ProgressAddressee], cancel, CountedBy.Nothing))
        {
            var judged = (ProgressJudgement)c.Value;
            if (c.Measure == InsightMeasure.ProgressTheme) counts.AddTheme(int.Parse(c.Key, CultureInfo.InvariantCulture), judged, c.Count);
            else counts.AddAddressee(c.Addressee == AsAtTally.NotKnown ? null : (AddresseeGroup)c.Addressee, judged, c.Count);
        }
        return await counts.FiguresAsync(scope, cancel);
    }

    /// <summary>The figures for the scope counted from the records alone: what the tallies must agree with.</summary>
    public static async Task<ProgressFigures> CountRecordsAsync(InsightScope scope, CancellationToken cancel)
    {
        var counts = new ProgressCounts();
        await AddDeliveryRecordsAsync(scope, counts, cancel);
        var (previous, judged) = Judged(scope);
        var db = scope.Db;
        var placed = db.Set<RecommendationTheme>().Where(t => t.Placement != ThemePlacement.Removed);
        var byTheme = await (from p in judged
                             join t in placed on p.OriginalId equals t.RecommendationId
                             group p by new { t.ThemeId, p.Judged } into g
                             select new { g.Key.ThemeId, g.Key.Judged, Count = g.Count() }).ToListAsync(cancel);
        foreach (var t in byTheme) counts.AddTheme(t.ThemeId, t.Judged!.Value, t.Count);
        var byAddressee = await previous.Select(p => new { Kind = p.Original == null ? (OrganisationKind?)null : p.Original.Addressee.Kind, Judged = p.Progress ?? p.Original!.JudgedProgress })
            .Where(p => p.Judged != null)
            .GroupBy(p => new { p.Kind, p.Judged }).Select(g => new { g.Key.Kind, g.Key.Judged, Count = g.Count() }).ToListAsync(cancel);
        foreach (var a in byAddressee) counts.AddAddressee(a.Kind is { } kind ? AddresseeGroups.Of(kind) : null, a.Judged!.Value, a.Count);
        return await counts.FiguresAsync(scope, cancel);
    }

    /// <summary>The previous recommendations the reports in scope judged (of the addressee chosen), and their judgements.</summary>
    private static (IQueryable<Core.Inspections.PreviousRecommendation> Previous, IQueryable<JudgedRecommendation> Judged) Judged(InsightScope scope)
    {
        var previous = from i in scope.Inspections
                       join p in scope.Db.Set<Core.Inspections.PreviousRecommendation>() on i.Id equals p.InspectionId
                       select p;
        if (scope.Filter.Addressee is { } group)
        {
            var kinds = group.Kinds().ToList();
            previous = previous.Where(p => p.Original != null && kinds.Contains(p.Original.Addressee.Kind));
        }
        // The judgement the later report gave; an original judged where the previous recommendation was not is judged all the same.
        return (previous, previous.Select(p => new JudgedRecommendation { OriginalId = p.OriginalId, Judged = p.Progress ?? p.Original!.JudgedProgress }).Where(p => p.Judged != null));
    }

    private sealed class JudgedRecommendation
    {
        public int? OriginalId { get; init; }
        public ProgressJudgement? Judged { get; init; }
    }

    private static async Task AddDeliveryRecordsAsync(InsightScope scope, ProgressCounts counts, CancellationToken cancel)
    {
        var db = scope.Db;
        var (_, judged) = Judged(scope);
        var asAt = scope.Filter.AsAt;
        var inForce = db.Set<StoredStanding>().InForceOn(asAt);
        var answers = db.Responses.Where(r => db.Plans.Any(p => p.Id == r.ActionPlanId && p.Status == PlanStatus.Published));
        var delivery = await judged
            .Select(p => new
            {
                p.Judged,
                Answered = answers.Any(r => r.RecommendationId == p.OriginalId),
                Expected = db.Actions.Count(a => answers.Any(r => r.Id == a.ResponseId && r.RecommendationId == p.OriginalId)
                    && !inForce.Any(s => s.ActionId == a.Id && s.State == DeliveryState.Superseded)),
                Delivered = db.Actions.Count(a => answers.Any(r => r.Id == a.ResponseId && r.RecommendationId == p.OriginalId)
                    && inForce.Any(s => s.ActionId == a.Id && (s.State == DeliveryState.CompletedOnTime || s.State == DeliveryState.CompletedLate))),
            })
            .GroupBy(p => new { p.Judged, p.Answered, p.Expected, p.Delivered })
            .Select(g => new { g.Key.Judged, g.Key.Answered, g.Key.Expected, g.Key.Delivered, Count = g.Count() })
            .ToListAsync(cancel);
        foreach (var d in delivery) counts.AddDelivery(d.Judged!.Value, ActionsDeliveredCounts.Of(d.Answered, d.Expected, d.Delivered), d.Count);
    }

    /// <summary>Counts of judgements that add up over parts of a period, then make the figures.</summary>
    private sealed class ProgressCounts
    {
        private readonly Dictionary<(ProgressJudgement, ActionsDelivered), int> _delivery = [];
        private readonly Dictionary<(int Theme, ProgressJudgement), int> _themes = [];
        private readonly Dictionary<(AddresseeGroup?, ProgressJudgement), int> _addressees = [];

        public void AddDelivery(ProgressJudgement judged, ActionsDelivered delivered, int count) => _delivery[(judged, delivered)] = _delivery.GetValueOrDefault((judged, delivered)) + count;

        public void AddTheme(int theme, ProgressJudgement judged, int count) => _themes[(theme, judged)] = _themes.GetValueOrDefault((theme, judged)) + count;

        public void AddAddressee(AddresseeGroup? group, ProgressJudgement judged, int count) => _addressees[(group, judged)] = _addressees.GetValueOrDefault((group, judged)) + count;

        public async Task<ProgressFigures> FiguresAsync(InsightScope scope, CancellationToken cancel)
        {
            var names = await ThemesInsight.NamesAsync(scope, cancel);
            return new ProgressFigures(
                [.. ProgressFigures.BestFirst.Select(j => (j, (IReadOnlyList<(ActionsDelivered, int)>)[.. _delivery.Where(d => d.Key.Item1 == j && d.Value != 0)
                    .OrderBy(d => d.Key.Item2).Select(d => (d.Key.Item2, d.Value))]))
                    .Where(j => j.Item2.Count > 0)],
                [.. _themes.Where(t => t.Value != 0).GroupBy(t => t.Key.Theme).Select(g => (names[g.Key], JudgementCounts.Of(g.Select(t => (t.Key.Item2, t.Value)))))
                    .OrderByDescending(t => t.Item2.None).ThenBy(t => t.Item1, StringComparer.Ordinal)],
                [.. _addressees.Where(a => a.Value != 0).GroupBy(a => a.Key.Item1).OrderBy(g => g.Key is null).ThenBy(g => g.Key)
                    .Select(g => (g.Key, JudgementCounts.Of(g.Select(a => (a.Key.Item2, a.Value)))))],
                scope.Filter.AsAt);
        }
    }
}

public sealed record ProgressCountsItem(int Sufficient, int Some, int None)
{
    public static ProgressCountsItem Of(JudgementCounts c) => new(c.Sufficient, c.Some, c.None);
}

public sealed record ProgressDeliveryItem(string Progress, int AllDelivered, int SomeDelivered, int NoneDelivered, int NoActions, int NoPlan);

public sealed record ProgressThemeItem(string Theme, int Sufficient, int Some, int None);

public sealed record ProgressAddresseeItem(string Addressee, int Sufficient, int Some, int None);

/// <summary><c>/api/insight/progress</c>: the judgements in all, beside the delivery of the plans' actions, by theme and by addressee.</summary>
public sealed record ProgressAnswer(DateOnly AsAt, ProgressCountsItem Total, IReadOnlyList<ProgressDeliveryItem> ByDelivery,
    IReadOnlyList<ProgressThemeItem> ByTheme, IReadOnlyList<ProgressAddresseeItem> ByAddressee)
{
    public static ProgressAnswer Of(ProgressFigures f) => new(f.AsAt, ProgressCountsItem.Of(f.Total),
        [.. f.ByJudgement.Select(j =>
        {
            int Count(ActionsDelivered d) => j.Delivery.Where(x => x.Delivered == d).Sum(x => x.Count);
            return new ProgressDeliveryItem(j.Judged.Words(), Count(ActionsDelivered.All), Count(ActionsDelivered.Some), Count(ActionsDelivered.None),
                Count(ActionsDelivered.NoActions), Count(ActionsDelivered.NoPlan));
        })],
        [.. f.ByTheme.Select(t => new ProgressThemeItem(t.Theme, t.Counts.Sufficient, t.Counts.Some, t.Counts.None))],
        [.. f.ByAddressee.Select(a => new ProgressAddresseeItem(a.Addressee?.Words() ?? ProgressFigures.OriginalNotKnown, a.Counts.Sufficient, a.Counts.Some, a.Counts.None))]);
}
