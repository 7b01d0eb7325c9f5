using ActionPlans.Core.Insight;
using ActionPlans.Web.Features.Insight;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace ActionPlans.Web.Tests.Insight;

/// <summary>
/// The ratings and responses sections count what <see cref="InsightWorld"/>'s hand counts say, with and without each
/// filter, on SQLite and PostgreSQL: published reports up to today and published plans only.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class InsightFiguresTests(ThrowawayPostgres postgres)
{
    private static async Task<(RatingsFigures Ratings, ResponsesFigures Responses)> CountAsync(TestDatabase database, params (string Key, string Value)[] query)
    {
        await using var db = database.Open("reader@test");
        var (filter, errors) = await InsightFilter.ReadAsync(new QueryCollection(query.ToDictionary(q => q.Key, q => new StringValues(q.Value))), db, InsightWorld.Today, default);
        Assert.Empty(errors);
        var scope = new InsightScope(db, filter);
        return (await RatingsInsight.ReadAsync(scope, default), await ResponsesInsight.ReadAsync(scope, default));
    }

    private static RatingCounts Standard(RatingsFigures ratings, string id) => ratings.Standards.Single(s => s.Id == id).Counts;

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Everything_published_is_counted_and_nothing_else(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (var db = database.Open("inspector@test")) await InsightWorld.AddToAsync(db);

        var (ratings, responses) = await CountAsync(database);

        Assert.Equal(InsightWorld.Standards, ratings.Standards.Select(s => s.Id));
        Assert.Equal(new RatingCounts(1, 2, 0, 0), Standard(ratings, "1.1"));
        Assert.Equal(new RatingCounts(0, 2, 1, 0), Standard(ratings, "2.1"));
        Assert.Equal(new RatingCounts(0, 1, 0, 1), Standard(ratings, "2.2"));
        Assert.Equal(new RatingCounts(0, 1, 0, 0), Standard(ratings, "4.2"));
        Assert.Equal("Assessment", ratings.Standards.Single(s => s.Id == "2.1").Name);
        Assert.Equal([(2019, new RatingCounts(0, 1, 1, 1)), (2020, new RatingCounts(1, 11, 0, 0))], ratings.ByYear);
        Assert.Equal([("Harbourside CRC", new RatingCounts(1, 1, 0, 0)), ("NPS Fellside Division", new RatingCounts(0, 10, 0, 0)), ("Wendle CRC", new RatingCounts(0, 1, 1, 1))],
            ratings.ByProvider);
        Assert.Equal(new RatingCounts(1, 1, 1, 1), ratings.KeyQuestionBands);
        Assert.Equal([new StandardChanges("1.1", "Leadership", 2, 0, 0), new StandardChanges("2.1", "Assessment", 0, 0, 1), new StandardChanges("2.2", "Planning", 0, 1, 0)],
            ratings.Changes);
        Assert.Equal([(20, 1)], ratings.Scores);
        Assert.Equal(new RatingCounts(0, 1, 0, 0), ratings.Overall);

        Assert.Equal(new ResponseCounts(3, 1, 1), responses.Total);
        Assert.Equal([(AddresseeGroup.Provider, new ResponseCounts(2, 0, 1)), (AddresseeGroup.Hmpps, new ResponseCounts(0, 1, 0)), (AddresseeGroup.MinistryOfJustice, new ResponseCounts(1, 0, 0))],
            responses.ByAddressee);
        Assert.Equal([(2019, new ResponseCounts(1, 1, 1)), (2020, new ResponseCounts(2, 0, 0))], responses.ByYear);
        Assert.Equal(new ReasonCounts(1, 1, 0, 1), responses.Reasons);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Each_filter_narrows_the_counts_to_what_it_names(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (var db = database.Open("inspector@test")) await InsightWorld.AddToAsync(db);

        var (ratings, responses) = await CountAsync(database, ("from", "2020-01-01"));
        Assert.Equal(new RatingCounts(1, 1, 0, 0), Standard(ratings, "1.1"));
        Assert.Equal(new ResponseCounts(2, 0, 0), responses.Total);
        Assert.Equal(new ReasonCounts(0, 0, 0, 0), responses.Reasons);

        (ratings, responses) = await CountAsync(database, ("to", "2019-12-31"));
        Assert.Equal([(2019, new RatingCounts(0, 1, 1, 1))], ratings.ByYear);
        Assert.Equal(new ResponseCounts(1, 1, 1), responses.Total);

        (ratings, responses) = await CountAsync(database, ("providerType", "crc"));
        Assert.Equal(["1.1", "2.1", "2.2"], ratings.Standards.Select(s => s.Id));
        Assert.Empty(ratings.Scores);
        Assert.Equal(new ResponseCounts(3, 1, 1), responses.Total);

        (ratings, _) = await CountAsync(database, ("providerType", "NPS-Division"));
        Assert.All(ratings.Standards, s => Assert.Equal(new RatingCounts(0, 1, 0, 0), s.Counts));
        Assert.Equal([(20, 1)], ratings.Scores);

        (ratings, responses) = await CountAsync(database, ("providerType", "region"));
        Assert.Empty(ratings.Standards);
        Assert.Equal(new ResponseCounts(0, 0, 0), responses.Total);

        (ratings, responses) = await CountAsync(database, ("provider", "wendle crc"));
        Assert.Equal([("Wendle CRC", new RatingCounts(0, 1, 1, 1))], ratings.ByProvider);
        Assert.Equal(new ResponseCounts(1, 1, 1), responses.Total);

        (_, responses) = await CountAsync(database, ("addressee", "hmpps"));
        Assert.Equal(new ResponseCounts(0, 1, 0), responses.Total);
        Assert.Equal(new ReasonCounts(1, 1, 0, 0), responses.Reasons);

        (ratings, responses) = await CountAsync(database, ("addressee", "moj"), ("from", "2020-01-01"), ("providerType", "crc"));
        Assert.Equal([(AddresseeGroup.MinistryOfJustice, new ResponseCounts(1, 0, 0))], responses.ByAddressee);
        // The addressee is a recommendation's: ratings are the reports', so only the period and the type narrow them.
        Assert.Equal([("Harbourside CRC", new RatingCounts(1, 1, 0, 0))], ratings.ByProvider);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_filter_that_is_not_right_is_named_with_what_it_takes(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using var db = database.Open("reader@test");
        var query = new QueryCollection(new Dictionary<string, StringValues>
        {
            ["from"] = "2020-02-30", ["to"] = "2019-01-01", ["providerType"] = "prison", ["provider"] = "Nowhere CRC", ["addressee"] = "police", ["asAt"] = "2022-01-01",
        });
        var (_, errors) = await InsightFilter.ReadAsync(query, db, InsightWorld.Today, default);
        Assert.Equal(["addressee", "asAt", "from", "provider", "providerType"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Contains(errors, e => e.Field == "providerType" && e.Message.Contains("crc, nps-division, region, other") && e.Message.Contains("prison"));
        Assert.Contains(errors, e => e.Field == "provider" && e.Message.Contains("Nowhere CRC"));
        Assert.Contains(errors, e => e.Field == "asAt" && e.Message.Contains("today or in the past"));
    }
}
