using ActionPlans.Core.Insight;
using ActionPlans.Web.Features.Insight.Themes;

namespace ActionPlans.Web.Features.Insight;

/// <summary>The sections of the national insight, in the order the page and the report give them.</summary>
public static class InsightSections
{
    public static readonly IReadOnlyList<InsightSection> All =
    [
        new InsightSection<RatingsFigures, RatingsAnswer>("ratings", "Ratings",
            "How the reports rated each standard, by year and provider; key-question figures by band; change from the previous rating; overall scores.",
            RatingsInsight.ReadAsync, f => f.Figures, RatingsAnswer.Of),
        new InsightSection<ThemesFigures, ThemesAnswer>("themes", "Recommendations and themes",
            "How many recommendations each theme holds, by year of report and by addressee. Inspectors correct a recommendation's themes from the inspection's recommendations.",
            ThemesInsight.ReadAsync, f => f.Figures, ThemesAnswer.Of),
        new InsightSection<RepeatsFigures, RepeatsAnswer>("repeats", "Repeated recommendations",
            "Recommendations that repeat an earlier one, linked to it when both inspections are in the service or flagged by the report only; how long the chains are, the themes that repeat most and the progress judged on the recommendation repeated.",
            RepeatsInsight.ReadAsync, f => f.Figures, RepeatsAnswer.Of),
        new InsightSection<ResponsesFigures, ResponsesAnswer>("responses", "Responses",
            "How published plans answered recommendations, by addressee and year, and the reasons given for not agreeing in full.",
            ResponsesInsight.ReadAsync, f => f.Figures, ResponsesAnswer.Of),
        new InsightSection<DeliveryInsightFigures, DeliveryAnswer>("delivery", "Timeliness and delivery",
            "How many working days plans took after their report against the day they were due, and how their actions stood on the as-at day: delivered by their target, late or overdue, by provider and year; how late the late ones were; how often targets were revised.",
            DeliveryInsight.ReadAsync, f => f.Figures, DeliveryAnswer.Of),
        new InsightSection<ProgressFigures, ProgressAnswer>("progress", "Progress at the next inspection",
            "The progress the next inspection judged on previous recommendations (sufficient, some, none), beside how far the published plan's actions for them were delivered, by theme and by addressee.",
            ProgressInsight.ReadAsync, f => f.Figures, ProgressAnswer.Of),
    ];

    /// <summary>
    /// Every section's figures for a scope, read at the same time, each on a context of its own (a context answers one
    /// query at a time): the page then takes as long as its slowest section, not as long as all of them.
    /// </summary>
    public static async Task<IReadOnlyList<(InsightSection Section, SectionFigures Figures)>> ReadAllAsync(IServiceProvider services, InsightScope scope,
        CancellationToken cancel)
    {
        var contexts = services.GetRequiredService<IServiceScopeFactory>();
        // Each on a thread of its own: SQLite's provider answers "async" calls on the calling thread.
        return await Task.WhenAll(All.Select(section => Task.Run(async () =>
        {
            await using var own = contexts.CreateAsyncScope();
            var db = own.ServiceProvider.GetRequiredService<Infrastructure.Persistence.ActionPlansDb>();
            return (section, await section.ReadAsync(new InsightScope(db, scope.Filter) { DueWorkingDays = scope.DueWorkingDays }, cancel));
        }, cancel)));
    }
}

/// <summary>The four ratings' counts, as the open data gives them.</summary>
public sealed record RatingCountsItem(int Outstanding, int Good, int RequiresImprovement, int Inadequate)
{
    public static RatingCountsItem Of(RatingCounts c) => new(c.Outstanding, c.Good, c.RequiresImprovement, c.Inadequate);
}

public sealed record StandardRatingsItem(string Id, string Name, int Outstanding, int Good, int RequiresImprovement, int Inadequate);

public sealed record YearRatingsItem(int Year, RatingCountsItem Ratings);

public sealed record ProviderRatingsItem(string Provider, RatingCountsItem Ratings);

public sealed record StandardChangesItem(string Id, string Name, int Improved, int Same, int Declined);

public sealed record ScoreItem(int Score, int Inspections);

/// <summary><c>/api/insight/ratings</c>: per standard, overall (inspections by their overall rating), and the section's other figures.</summary>
public sealed record RatingsAnswer(
    IReadOnlyList<StandardRatingsItem> Standards,
    RatingCountsItem Overall,
    IReadOnlyList<YearRatingsItem> ByYear,
    IReadOnlyList<ProviderRatingsItem> ByProvider,
    RatingCountsItem KeyQuestionBands,
    IReadOnlyList<StandardChangesItem> Changes,
    IReadOnlyList<ScoreItem> Scores)
{
    public static RatingsAnswer Of(RatingsFigures f) => new(
        [.. f.Standards.Select(s => new StandardRatingsItem(s.Id, s.Name, s.Counts.Outstanding, s.Counts.Good, s.Counts.RequiresImprovement, s.Counts.Inadequate))],
        RatingCountsItem.Of(f.Overall),
        [.. f.ByYear.Select(y => new YearRatingsItem(y.Year, RatingCountsItem.Of(y.Counts)))],
        [.. f.ByProvider.Select(p => new ProviderRatingsItem(p.Provider, RatingCountsItem.Of(p.Counts)))],
        RatingCountsItem.Of(f.KeyQuestionBands),
        [.. f.Changes.Select(c => new StandardChangesItem(c.Id, c.Name, c.Improved, c.Same, c.Declined))],
        [.. f.Scores.Select(s => new ScoreItem(s.Score, s.Inspections))]);
}

public sealed record AddresseeResponsesItem(string Addressee, int Agreed, int PartlyAgreed, int NotAgreed);

public sealed record YearResponsesItem(int Year, int Agreed, int PartlyAgreed, int NotAgreed);

public sealed record ReasonsItem(int Commissioning, int Policy, int Operational, int Affordability);

/// <summary><c>/api/insight/responses</c>.</summary>
public sealed record ResponsesAnswer(int Agreed, int PartlyAgreed, int NotAgreed,
    IReadOnlyList<AddresseeResponsesItem> ByAddressee, IReadOnlyList<YearResponsesItem> ByYear, ReasonsItem Reasons)
{
    public static ResponsesAnswer Of(ResponsesFigures f) => new(f.Total.Agreed, f.Total.PartlyAgreed, f.Total.NotAgreed,
        [.. f.ByAddressee.Select(a => new AddresseeResponsesItem(a.Addressee.Words(), a.Counts.Agreed, a.Counts.PartlyAgreed, a.Counts.NotAgreed))],
        [.. f.ByYear.Select(y => new YearResponsesItem(y.Year, y.Counts.Agreed, y.Counts.PartlyAgreed, y.Counts.NotAgreed))],
        new ReasonsItem(f.Reasons.Commissioning, f.Reasons.Policy, f.Reasons.Operational, f.Reasons.Affordability));
}
