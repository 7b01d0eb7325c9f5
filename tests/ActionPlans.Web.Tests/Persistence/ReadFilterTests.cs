using ActionPlans.Core.Access;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Features.OpenData;
using ActionPlans.Web.Tests.Api;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Persistence;

/// <summary>
/// The read rules run by each database return exactly the rows the same rules allow in memory, for every kind of
/// viewer, over plans in every status and inspections published before, on and after the day or not at all.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ReadFilterTests(ThrowawayPostgres postgres)
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task The_database_keeps_the_rows_the_rule_allows_and_no_others(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        var statuses = Enum.GetValues<PlanStatus>();
        DateOnly?[] days = [null, Today.AddYears(-1), Today, Today.AddDays(1)];
        await using (var db = database.Open("seeder"))
            await ManyPlans.AddAsync(db, statuses.Length * days.Length * 2, n => statuses[n % statuses.Length], n => days[n / statuses.Length % days.Length]);

        await using var reader = database.Open("reader");
        var plans = await reader.Plans.WithDeliveryRecord().AsNoTracking().ToListAsync();
        var inspections = await reader.Inspections.AsNoTracking().ToListAsync();
        var organisations = await reader.Organisations.Select(o => (int?)o.Id).ToListAsync();
        Assert.Equal(statuses.Length * days.Length * 2, plans.Count);

        var viewers = 0;
        string[][] roles = [[], [Role.Inspector], [Role.Administrator], [Role.Coordinator], [Role.ActionOwner]];
        foreach (var set in roles)
            foreach (var signedIn in new[] { false, true })
                foreach (var organisation in organisations.Append(null).Append(int.MaxValue))
                {
                    var viewer = new Viewer(set.ToHashSet(), organisation, signedIn);
                    var readable = new Readable(reader, viewer, Today);
                    var who = $"{(signedIn ? "signed in" : "anonymous")} [{string.Join(",", set)}] for {organisation}";

                    var allowedPlans = plans.Where(viewer.CanRead).ToList();
                    Assert.True(allowedPlans.Select(p => p.Id).Order().SequenceEqual(await readable.Plans.Select(p => p.Id).OrderBy(id => id).ToListAsync()), $"plans, {who}");
                    var allowedActions = allowedPlans.SelectMany(p => p.Responses).SelectMany(r => r.Actions).Select(a => a.Id).Order();
                    Assert.True(allowedActions.SequenceEqual(await readable.Actions.Select(a => a.Id).OrderBy(id => id).ToListAsync()), $"actions, {who}");

                    var allowedInspections = inspections.Where(i => viewer.CanRead(i, Today)).Select(i => i.Id).ToHashSet();
                    Assert.True(allowedInspections.Order().SequenceEqual(await readable.Inspections.Select(i => i.Id).OrderBy(id => id).ToListAsync()), $"inspections, {who}");
                    var allowedRecommendations = plans.SelectMany(p => p.Responses).Select(r => r.Recommendation)
                        .Where(r => allowedInspections.Contains(r.InspectionId)).Select(r => r.Id).Order();
                    Assert.True(allowedRecommendations.SequenceEqual(await readable.Recommendations.Select(r => r.Id).OrderBy(id => id).ToListAsync()), $"recommendations, {who}");
                    viewers++;
                }
        Assert.Equal(roles.Length * 2 * (organisations.Count + 2), viewers);
    }
}
