using ActionPlans.Core.Insight;
using ActionPlans.Core.Insight.Themes;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Ratings;
using ActionPlans.Web.Features.Insight;
using ActionPlans.Web.Features.Insight.Tallies;
using ActionPlans.Web.Features.Insight.Themes;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Insight;

/// <summary>
/// The insight's counts are kept as tallies: each save that publishes a report or a plan, rates a standard or corrects
/// a theme moves the figures at once, and what the saves kept is what counting every report afresh gives, on SQLite
/// and PostgreSQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class InsightTalliesTests(ThrowawayPostgres postgres)
{
    private static InsightScope Scope(ActionPlansDb db) => new(db, InsightFilter.Everything(InsightWorld.Today));

    /// <summary>Every tally's net count, as stored.</summary>
    private static async Task<List<(InsightMeasure, TallySpanKey, int)>> StoredAsync(ActionPlansDb db) =>
        [.. (await db.Set<InsightTally>().AsNoTracking().ToListAsync())
            .Where(t => t.Change != 0)
            .Select(t => (t.Measure, new TallySpanKey(t.Span.ToString(), t.Start, t.ProviderId, t.Addressee, t.Key, t.Value), t.Change))
            .OrderBy(t => t.Measure).ThenBy(t => t.Item2.ToString(), StringComparer.Ordinal)];

    /// <summary>Every as-at tally's net count, as stored.</summary>
    private static async Task<List<string>> StoredAsAtAsync(ActionPlansDb db) =>
        [.. (await db.Set<AsAtTally>().AsNoTracking().ToListAsync())
            .Where(t => t.Change != 0)
            .Select(t => $"{t.Measure} {t.Span} {t.Start} {t.AsAtSpan} {t.AsAtStart} {t.ProviderId} {t.Addressee} {t.Value}: {t.Change}")
            .Order(StringComparer.Ordinal)];

    private sealed record TallySpanKey(string Span, DateOnly Start, int Provider, int Addressee, string Key, int Value);

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Saves_move_the_counts_and_a_rebuild_counts_the_same(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (var db = database.Open("inspector@test")) await InsightWorld.AddToAsync(db);

        await using (var db = database.Open("inspector@test"))
        {
            // Fellside's draft plan is published: its not agreed answer, for operational reasons, is counted.
            var draft = await db.Plans.Include(p => p.Responses).SingleAsync(p => p.Status == PlanStatus.Draft);
            draft.Submit(new DateOnly(2020, 10, 1));
            draft.Accept();
            draft.Publish();
            await db.SaveChangesAsync();
        }
        await using (var reader = database.Open("reader@test"))
        {
            var responses = await ResponsesInsight.ReadAsync(Scope(reader), default);
            Assert.Equal(new ResponseCounts(3, 1, 2), responses.Total);
            Assert.Equal(new ReasonCounts(1, 1, 1, 1), responses.Reasons);
        }

        await using (var db = database.Open("inspector@test"))
        {
            // Wendle's second report is published in 2020, rating 1.1 Inadequate, with a recommendation on training.
            var unpublished = await db.Inspections.Include(i => i.Standards).SingleAsync(i => i.Published == null);
            unpublished.Describe(unpublished.Kind, unpublished.FieldworkStarted, new DateOnly(2020, 12, 1), null);
            var hmpps = await db.Organisations.SingleAsync(o => o.Name == "HM Prison and Probation Service");
            unpublished.Recommend(1, "Give every officer training in interviewing.", hmpps);
            await db.SaveChangesAsync();
        }
        await using (var reader = database.Open("reader@test"))
        {
            var ratings = await RatingsInsight.ReadAsync(Scope(reader), default);
            Assert.Equal(new RatingCounts(1, 2, 0, 1), ratings.Standards.Single(s => s.Id == "1.1").Counts);
            Assert.Equal((2020, new RatingCounts(1, 11, 0, 1)), ratings.ByYear.Single(y => y.Year == 2020));
            var themes = await ThemesInsight.ReadAsync(Scope(reader), default);
            var training = themes.Themes.Single(t => t.Theme == "Training");
            Assert.Equal(1, training.Recommendations);
            Assert.Equal([(AddresseeGroup.Hmpps, 1)], training.ByAddressee);
        }

        await using (var db = database.Open("inspector@test"))
        {
            // An inspector takes the recommendation out of Training and puts it in Workload.
            var training = await db.Set<Theme>().SingleAsync(t => t.Name == "Training");
            var workload = await db.Set<Theme>().SingleAsync(t => t.Name == "Workload");
            var placed = await db.Set<RecommendationTheme>().SingleAsync(p => p.ThemeId == training.Id && p.Recommendation!.Text.StartsWith("Give every officer"));
            placed.Correct(false);
            db.Add(new RecommendationTheme(placed.RecommendationId, workload.Id, ThemePlacement.Inspector));
            await db.SaveChangesAsync();
        }
        await using (var reader = database.Open("reader@test"))
        {
            var themes = (await ThemesInsight.ReadAsync(Scope(reader), default)).Themes.ToDictionary(t => t.Theme, t => t.Recommendations);
            Assert.Equal((0, 1), (themes["Training"], themes["Workload"]));
        }

        await using (var db = database.Open("inspector@test"))
        {
            // The report is taken back to unpublished: nothing of it is counted any more.
            var wendle = await db.Inspections.SingleAsync(i => i.Published == new DateOnly(2020, 12, 1));
            wendle.Describe(wendle.Kind, wendle.FieldworkStarted, null, null);
            await db.SaveChangesAsync();
        }
        List<(InsightMeasure, TallySpanKey, int)> kept;
        List<string> keptAsAt;
        await using (var reader = database.Open("reader@test"))
        {
            var ratings = await RatingsInsight.ReadAsync(Scope(reader), default);
            Assert.Equal(new RatingCounts(1, 2, 0, 0), ratings.Standards.Single(s => s.Id == "1.1").Counts);
            Assert.Equal(0, (await ThemesInsight.ReadAsync(Scope(reader), default)).Themes.Single(t => t.Theme == "Workload").Recommendations);
            kept = await StoredAsync(reader);
            keptAsAt = await StoredAsAtAsync(reader);
        }

        // Counted afresh, the tallies are what the saves kept.
        await using (var db = database.Open("inspector@test"))
        {
            await InsightTallies.ForgetAsync(db);
            await InsightTallies.EnsureBuiltAsync(db);
            Assert.Equal(kept, await StoredAsync(db));
            Assert.Equal(keptAsAt, await StoredAsAtAsync(db));
            Assert.Contains(keptAsAt, t => t.StartsWith(nameof(AsAtMeasure.ProgressDelivery), StringComparison.Ordinal) || t.StartsWith(nameof(AsAtMeasure.PlanSubmitted), StringComparison.Ordinal));
            Assert.Contains(kept, t => t.Item1 == InsightMeasure.Rating && t.Item2.Value == (int)Rating.Good);
        }
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Rows_written_round_the_save_are_counted_when_the_tallies_are_counted_again(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (var db = database.Open("inspector@test")) await InsightWorld.AddToAsync(db);
        await using (var db = database.Open("inspector@test"))
        {
            // Counted as the service does at start, then a plan published round the save (as generated data is
            // written): the tallies do not know of it until they are counted again.
            await InsightTallies.EnsureBuiltAsync(db);
            await db.Plans.Where(p => p.Status == PlanStatus.Draft).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PlanStatus.Published));
            Assert.Equal(new ResponseCounts(3, 1, 1), (await ResponsesInsight.ReadAsync(Scope(db), default)).Total);
            await InsightTallies.EnsureBuiltAsync(db);
            Assert.Equal(new ResponseCounts(3, 1, 1), (await ResponsesInsight.ReadAsync(Scope(db), default)).Total);
            await InsightTallies.ForgetAsync(db);
            await InsightTallies.EnsureBuiltAsync(db);
            Assert.Equal(new ResponseCounts(3, 1, 2), (await ResponsesInsight.ReadAsync(Scope(db), default)).Total);
        }
    }
}
