using ActionPlans.Core.Insight;
using ActionPlans.Core.Plans;
using System.Text.Json;
using ActionPlans.Web.Features.Insight;
using ActionPlans.Web.Features.Insight.Tallies;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;

namespace ActionPlans.Web.Tests.Insight;

/// <summary>
/// On data the <c>generate</c> verb writes, the ratings and responses counted in SQL are those counted again in
/// memory from the records themselves, with and without filters, on SQLite and PostgreSQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class InsightGeneratedTests(ThrowawayPostgres postgres)
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Generated_figures_are_the_records_counted_again(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        var outcome = await ServiceProcess.RunAsync(database.ServiceSettings, null, "generate", "--plans", "40", "--seed", "5");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        await using var db = database.Open("reader");
        var inspections = await db.Inspections.Include(i => i.Provider).Include(i => i.Standards).AsNoTracking().ToListAsync();
        var responses = await db.Responses.Include(r => r.Recommendation).ThenInclude(c => c.Addressee).AsNoTracking()
            .Select(r => new { Response = r, Status = db.Plans.Where(p => p.Id == r.ActionPlanId).Select(p => p.Status).First() }).ToListAsync();

        foreach (var (from, type) in new (DateOnly? From, ProviderType? Type)[] { (null, null), (new DateOnly(2019, 1, 1), null), (null, ProviderType.Crc), (new DateOnly(2018, 1, 1), ProviderType.NpsDivision) })
        {
            var query = new Dictionary<string, StringValues>();
            if (from is { } f) query["from"] = f.ToString("yyyy-MM-dd");
            if (type is { } t) query["providerType"] = InsightFilter.ProviderTypeValues.Single(v => v.Type == t).Value;
            var (filter, errors) = await InsightFilter.ReadAsync(new QueryCollection(query), db, today, default);
            Assert.Empty(errors);
            var scope = new InsightScope(db, filter);
            var ratings = await RatingsInsight.ReadAsync(scope, default);
            var answers = await ResponsesInsight.ReadAsync(scope, default);

            var counted = inspections.Where(i => i.Published is { } p && p <= today && (from is null || p >= from)
                && (type is null || type.Value.Kinds().Contains(i.Provider.Kind))).ToList();
            var byStandard = counted.SelectMany(i => i.Standards).Where(s => s.StatedRating is not null)
                .GroupBy(s => s.StandardId).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, RatingCounts.Of(g.Select(s => (s.StatedRating!.Value, 1))))).ToList();
            Assert.Equal(byStandard, ratings.Standards.Select(s => (s.Id, s.Counts)));
            Assert.NotEmpty(byStandard);

            var ids = counted.Select(i => i.Id).ToHashSet();
            var answered = responses.Where(r => r.Status == PlanStatus.Published && r.Response.Kind is not null && ids.Contains(r.Response.Recommendation.InspectionId)).ToList();
            if (from is null && type is null) Assert.NotEmpty(answered);
            Assert.Equal(ResponseCounts.Of(answered.Select(r => (r.Response.Kind!.Value, 1))), answers.Total);
            Assert.Equal(answered.GroupBy(r => AddresseeGroups.Of(r.Response.Recommendation.Addressee.Kind)).OrderBy(g => g.Key)
                    .Select(g => (g.Key, ResponseCounts.Of(g.Select(r => (r.Response.Kind!.Value, 1))))),
                answers.ByAddressee);
            Assert.Equal(answered.Count(r => r.Response.Reasons.HasFlag(ReasonCategories.Affordability)), answers.Reasons.Affordability);
        }
    }

    /// <summary>
    /// Delivery and progress are read from the as-at tallies for whole months of reports and from the records for the
    /// days at the period's ends: for periods that start and end mid-month or on a month's edge, for each provider type
    /// and addressee, as at days mid-month, on the first of a month and of a year, they are what the records alone give.
    /// </summary>
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Delivery_and_progress_from_the_tallies_are_the_records_counted_again(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        var outcome = await ServiceProcess.RunAsync(database.ServiceSettings, null, "generate", "--plans", "40", "--seed", "7");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var db = database.Open("reader");
        await InsightTallies.EnsureBuiltAsync(db);

        var periods = new (string? From, string? To)[] { (null, null), ("2019-03-14", null), ("2018-05-01", "2021-09-30"), (null, "2022-02-17"), ("2020-01-09", "2020-01-23") };
        var filters = new (string? ProviderType, string? Addressee)[] { (null, null), ("crc", null), (null, "provider"), ("nps-division", "hmpps") };
        var asAts = new[] { today, new DateOnly(2021, 6, 15), new DateOnly(2020, 3, 1), new DateOnly(2023, 1, 1), new DateOnly(2019, 12, 31) };
        var (lateSeen, revisedSeen, deliveriesSeen) = (false, false, new HashSet<string>());
        foreach (var (from, to) in periods)
            foreach (var (type, addressee) in filters)
                foreach (var asAt in asAts)
                {
                    var query = new Dictionary<string, StringValues> { ["asAt"] = asAt.ToString("yyyy-MM-dd") };
                    if (from is not null) query["from"] = from;
                    if (to is not null) query["to"] = to;
                    if (type is not null) query["providerType"] = type;
                    if (addressee is not null) query["addressee"] = addressee;
                    var (filter, errors) = await InsightFilter.ReadAsync(new QueryCollection(query), db, today, default);
                    Assert.Empty(errors);
                    var scope = new InsightScope(db, filter);
                    var because = string.Join("&", query.Select(q => $"{q.Key}={q.Value}"));

                    var counted = DeliveryAnswer.Of(await DeliveryInsight.CountRecordsAsync(scope, default));
                    Assert.Equal((because, JsonSerializer.Serialize(counted)), (because, JsonSerializer.Serialize(DeliveryAnswer.Of(await DeliveryInsight.ReadAsync(scope, default)))));
                    var judged = ProgressAnswer.Of(await ProgressInsight.CountRecordsAsync(scope, default));
                    Assert.Equal((because, JsonSerializer.Serialize(judged)), (because, JsonSerializer.Serialize(ProgressAnswer.Of(await ProgressInsight.ReadAsync(scope, default)))));

                    lateSeen |= counted.MedianDaysLate is not null;
                    revisedSeen |= counted.Revisions.Any(r => r.Revisions > 0);
                    deliveriesSeen.UnionWith(judged.ByDelivery.SelectMany(d => new[] { ("all", d.AllDelivered), ("some", d.SomeDelivered), ("none", d.NoneDelivered), ("no plan", d.NoPlan) })
                        .Where(d => d.Item2 > 0).Select(d => d.Item1));
                }
        // The generated record has what the tallies must count: late completions, revised targets, and judged recommendations delivered in part and in full.
        Assert.True(lateSeen && revisedSeen, "The generated data has no late completion or no revised target.");
        Assert.Superset(new HashSet<string> { "all", "some", "none" }, deliveriesSeen);
    }
}
