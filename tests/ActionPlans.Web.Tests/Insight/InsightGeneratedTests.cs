using ActionPlans.Core.Insight;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Features.Insight;
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
}
