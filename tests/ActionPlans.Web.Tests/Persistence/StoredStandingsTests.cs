using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.TargetDates;
using ActionPlans.Core.Tests.Progress;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Features.Monitoring.Standings;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Persistence;

/// <summary>
/// The database answers "how did each action stand on day D", and the counts and chart of all plans on that day,
/// exactly as <see cref="ActionProgress.AsAt"/> judges them: on generated records, on SQLite and PostgreSQL, and
/// still after updates, revisions and a plan's acceptance are saved.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StoredStandingsTests(ThrowawayPostgres postgres)
{
    private static readonly DateOnly Today = new(2024, 6, 30);

    [Theory]
    [InlineData("Sqlite", 11)]
    [InlineData("Postgres", 12)]
    public async Task On_any_day_the_database_says_what_the_monitoring_record_judges(string provider, int seed)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        var random = new Random(seed);
        var providers = new[] { "Fenmoor and Dales CRC", "Northmarsh CRC", "Ashby Vale CRC" }
            .Select(n => new Organisation(n, OrganisationKind.CommunityRehabilitationCompany)).ToArray();
        await using (var db = database.Open("generator@test"))
        {
            for (var n = 0; n < 30; n++)
                db.Plans.Add(PlanWithHistories(random, providers[n % providers.Length], n, deliver: n % 10 != 9));
            await db.SaveChangesAsync();
        }
        await AssertAgreesAsync(database, random, days: 40);

        // Saved through the pages' own path: an update and a revision on some actions, an accepted plan published and a
        // submitted one accepted.
        await using (var db = database.Open("owner@test"))
        {
            var ids = await db.Actions.OrderBy(a => a.Id).Select(a => new { a.Id, PlanId = db.Responses.Where(r => r.Id == a.ResponseId).Select(r => r.ActionPlanId).First() }).ToListAsync();
            foreach (var pick in ids.Where((_, i) => i % 7 == 0))
            {
                var tracked = (await TrackedAction.LoadAsync(db, pick.PlanId, pick.Id))!;
                if (!tracked.Plan.IsBeingDelivered || tracked.Progress.ClosedToUpdates(Today) is not null) continue;
                if (tracked.Progress.TargetAsAt(Today).Due != new DateOnly(2025, 3, 31))
                    tracked.Progress.ReviseTarget(TargetDate.Parse("March 2025"), "The team moved.", Today, "Director", Today);
                else tracked.Progress.Record(new UpdateContent(Today, DeliveryStatus.Completed, "Done.", "owner@test", Today.AddDays(-3)), Today);
                await db.SaveChangesAsync();
            }
            var accepted = await db.Plans.FirstAsync(p => p.Status == PlanStatus.Accepted);
            accepted.Publish();
            var draft = await db.Plans.FirstAsync(p => p.Status == PlanStatus.Submitted);
            draft.Accept();
            await db.SaveChangesAsync();
        }
        await AssertAgreesAsync(database, random, days: 15);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Rebuilding_with_another_due_soon_window_gives_that_windows_answers(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        var random = new Random(5);
        await using (var db = database.Open("generator@test"))
        {
            db.Plans.Add(PlanWithHistories(random, new Organisation("Fenmoor and Dales CRC", OrganisationKind.CommunityRehabilitationCompany), 1, deliver: true));
            await db.SaveChangesAsync();
            await StandingProjection.EnsureBuiltAsync(db, new DueSoonWindow(7));
        }
        await AssertAgreesAsync(database, random, days: 20, new DueSoonWindow(7));
    }

    private static async Task AssertAgreesAsync(TestDatabase database, Random random, int days, DueSoonWindow? window = null)
    {
        await using var db = database.Open("reader@test");
        var plans = await db.Plans.WithDeliveryRecord().AsNoTrackingWithIdentityResolution().ToListAsync();
        var delivered = plans.Where(p => p.IsBeingDelivered).ToList();
        var plansPerProvider = await DeliveryFigures.PlansPerProviderAsync(db);
        Assert.Equal(delivered.CountBy(p => p.Inspection.ProviderId).OrderBy(c => c.Key), plansPerProvider.OrderBy(c => c.Key));
        var publishedPerProvider = await DeliveryFigures.PublishedPlansPerProviderAsync(db);
        Assert.Equal(plans.Where(p => p.Status == PlanStatus.Published).CountBy(p => p.Inspection.ProviderId).OrderBy(c => c.Key), publishedPerProvider.OrderBy(c => c.Key));
        foreach (var day in Enumerable.Range(0, days).Select(_ => new DateOnly(2018, 12, 1).AddDays(random.Next(0, 365 * 6))).Append(Today))
        {
            var judged = delivered.Select(p => PlanDelivery.AsAt(p, day, window)).ToList();
            var expected = judged.SelectMany(p => p.Actions).ToDictionary(a => a.Action.Id, a => a.Delivery.State);
            var stored = await db.Set<StoredStanding>().InForceOn(day).ToDictionaryAsync(s => s.ActionId, s => s.State);
            Assert.Equal(expected.OrderBy(e => e.Key), stored.OrderBy(e => e.Key));

            var perProvider = await DeliveryFigures.PerProviderAsync(db, day);
            foreach (var group in judged.GroupBy(p => p.Plan.Inspection.ProviderId))
                Assert.Equal(Counts(DeliverySummary.Combine(group.Select(p => p.Summary))), Counts(perProvider[group.Key]));

            var series = await DeliveryFigures.SeriesAsync(db, day);
            Assert.Equal(DeliverySeries.Sum(judged.Select(p => p.Series).ToList(), day).Months, series.Months);

            var page = delivered.Take(4).Select(p => p.Id).ToList();
            var perPlan = await DeliveryFigures.PerPlanAsync(db, page, day);
            Assert.All(judged.Where(p => page.Contains(p.Plan.Id)), p => Assert.Equal(Counts(p.Summary), Counts(perPlan[p.Plan.Id])));
        }
    }

    private static int[] Counts(DeliverySummary summary) => [.. Enum.GetValues<DeliveryState>().Select(summary.Count)];

    /// <summary>A plan of two recommendations with random lawful records; left under review when not delivered.</summary>
    private static ActionPlan PlanWithHistories(Random random, Organisation provider, int n, bool deliver)
    {
        var published = new DateOnly(2018, 9, 1).AddDays(random.Next(0, 700));
        var inspection = new Inspection(provider, InspectionKind.CrcInspection, published.AddMonths(-4), published);
        var first = inspection.Recommend(1, $"Improve the quality of assessments ({n}).", provider);
        var second = inspection.Recommend(2, $"Make sure workloads are manageable ({n}).", provider);
        var plan = new ActionPlan(inspection);
        plan.Submit(published.AddDays(random.Next(20, 60)));
        if (!deliver)
        {
            plan.ResponseTo(first).AddAction("Draft an audit plan.", "Head of quality", TargetDate.Parse("June 2021"));
            return plan;
        }
        plan.Accept();
        if (random.Next(2) == 0) plan.Publish();
        foreach (var recommendation in new[] { first, second })
            for (var a = random.Next(2, 7); a > 0; a--)
                ActionHistories.Add(random, plan, plan.ResponseTo(recommendation), Today);
        return plan;
    }
}
