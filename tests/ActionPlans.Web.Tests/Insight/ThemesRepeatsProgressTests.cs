using ActionPlans.Core.Insight;
using ActionPlans.Core.Insight.Themes;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Recommendations;
using ActionPlans.Documents.Insight;
using ActionPlans.Web.Features.Insight;
using ActionPlans.Web.Features.Insight.Themes;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Insight;

/// <summary>
/// The themes, repeats and progress sections against counts made by hand on <see cref="HarrowgateWorld"/>, on both
/// databases: only published reports and published plans count.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ThemesRepeatsProgressTests(ThrowawayPostgres postgres)
{
    private static InsightScope Scope(ActionPlansDb db, DateOnly? asAt = null) =>
        new(db, InsightFilter.Everything(HarrowgateWorld.Today) with { AsAt = asAt ?? HarrowgateWorld.Today });

    private async Task<TestDatabase> HarrowgateAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider, postgres);
        await using var db = database.Open("seeder@test");
        await HarrowgateWorld.AddAsync(db);
        return database;
    }

    private static Dictionary<string, IReadOnlyList<decimal>> Table(IReadOnlyList<InsightFigure> figures, string key) =>
        figures.Single(f => f.Key == key).Rows.ToDictionary(r => r.Label, r => r.Values);

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Recommendations_are_counted_by_theme_year_and_addressee_from_published_reports_only(string provider)
    {
        await using var database = await HarrowgateAsync(provider);
        await using var reader = database.Open("reader@test");

        var themes = await ThemesInsight.ReadAsync(Scope(reader), default);
        var counts = themes.Themes.ToDictionary(t => t.Theme);
        Assert.Equal(3, counts["Risk of harm"].Recommendations);
        Assert.Equal(new[] { (2019, 1), (2021, 1), (2023, 1) }, counts["Risk of harm"].ByYear);
        Assert.Equal(new[] { (AddresseeGroup.Provider, 3) }, counts["Risk of harm"].ByAddressee);
        // The unpublished report's recommendation would add one to each of these.
        Assert.Equal(1, counts["Training"].Recommendations);
        Assert.Equal(new[] { (AddresseeGroup.MinistryOfJustice, 1) }, counts["Unpaid work"].ByAddressee);
        Assert.Equal(new[] { (AddresseeGroup.Hmpps, 1) }, counts["Information sharing"].ByAddressee);
        Assert.Equal(new[] { (AddresseeGroup.Hmpps, 1) }, counts["Through the gate"].ByAddressee);
        Assert.Equal(1, counts["Workload"].Recommendations);
        Assert.Equal(1, counts["Management oversight"].Recommendations);
        Assert.Equal(0, counts["Estates and IT"].Recommendations);
        Assert.Equal(1, themes.NoTheme);
        Assert.Equal("Risk of harm", themes.Themes[0].Theme);

        var table = Table(themes.Figures, "by-theme");
        Assert.Equal([3m], table["Risk of harm"]);
        Assert.Equal([1m], table[ThemesFigures.NoThemeWords]);
        Assert.Equal(["Theme", "2019", "2021", "2023"], themes.Figures.Single(f => f.Key == "by-year").Columns);

        var hmppsOnly = new InsightScope(reader, InsightFilter.Everything(HarrowgateWorld.Today) with { Addressee = AddresseeGroup.Hmpps });
        var forHmpps = (await ThemesInsight.ReadAsync(hmppsOnly, default)).Themes.Where(t => t.Recommendations > 0).Select(t => t.Theme).Order();
        Assert.Equal(new[] { "Information sharing", "Through the gate" }, forHmpps);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Repeated_recommendations_are_counted_linked_or_flagged_and_followed_back_as_chains(string provider)
    {
        await using var database = await HarrowgateAsync(provider);
        await using var reader = database.Open("reader@test");

        var repeats = await RepeatsInsight.ReadAsync(Scope(reader), default);
        Assert.Equal(new[] { (2021, 1, 1), (2023, 1, 0) }, repeats.ByYear);
        // 2023's repeats 2021's, which repeats 2019's: three inspections. 2021's flagged one: itself and one not in the service.
        // The unpublished report's repeat of 2023's would make that chain four long.
        Assert.Equal(new[] { (2, 1), (3, 1) }, repeats.Lengths);
        Assert.Equal(new[] { ("Risk of harm", 2), ("Management oversight", 1) }, repeats.Themes);
        Assert.Equal(new[] { ((ProgressJudgement?)ProgressJudgement.None, 2) }, repeats.Progress);

        Assert.Equal(2, repeats.ChainCount);
        var latest = repeats.Chains[0];
        Assert.Equal(new DateOnly?[] { new(2023, 3, 1), new(2021, 6, 1), new(2019, 5, 10) }, latest.Steps.Select(s => s.Published));
        Assert.Equal(new ProgressJudgement?[] { null, ProgressJudgement.None, ProgressJudgement.None }, latest.Steps.Select(s => s.JudgedProgress));
        Assert.False(latest.EarlierNotInService);
        var flagged = repeats.Chains[1];
        Assert.Equal("Harrowgate CRC should improve management oversight of cases.", Assert.Single(flagged.Steps).Text);
        Assert.True(flagged.EarlierNotInService);
        Assert.Equal(2, flagged.Inspections);

        var answer = RepeatsAnswer.Of(repeats);
        Assert.Equal((2, 1), (answer.Linked, answer.FlaggedOnly));
        Assert.Equal((2, 2), (answer.ChainsTotal, answer.ChainsListed));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Progress_judged_is_counted_beside_delivery_of_the_published_plans_actions_as_at_the_day(string provider)
    {
        await using var database = await HarrowgateAsync(provider);
        await using var reader = database.Open("reader@test");

        var progress = await ProgressInsight.ReadAsync(Scope(reader), default);
        Assert.Equal(new JudgementCounts(2, 3, 3), progress.Total);
        var delivery = Table(progress.Figures, "by-delivery");
        // Columns: all delivered, some, none, no actions planned, no published plan (the 2021 plan is a draft).
        Assert.Equal([1m, 0m, 0m, 0m, 1m], delivery["Sufficient progress"]);
        Assert.Equal([0m, 0m, 1m, 0m, 2m], delivery["Some progress"]);
        Assert.Equal([0m, 1m, 0m, 1m, 1m], delivery["No progress"]);

        var byTheme = progress.ByTheme.ToDictionary(t => t.Theme, t => t.Counts);
        Assert.Equal(new JudgementCounts(0, 0, 2), byTheme["Risk of harm"]);
        Assert.Equal(new JudgementCounts(1, 0, 0), byTheme["Unpaid work"]);
        Assert.Equal(new JudgementCounts(0, 1, 0), byTheme["Information sharing"]);
        Assert.False(byTheme.ContainsKey("Estates and IT"));

        var byAddressee = progress.ByAddressee.ToDictionary(a => a.Addressee?.Words() ?? ProgressFigures.OriginalNotKnown, a => a.Counts);
        Assert.Equal(new JudgementCounts(1, 1, 3), byAddressee["Provider"]);
        Assert.Equal(new JudgementCounts(0, 1, 0), byAddressee["HMPPS"]);
        Assert.Equal(new JudgementCounts(1, 0, 0), byAddressee["Ministry of Justice"]);
        Assert.Equal(new JudgementCounts(0, 1, 0), byAddressee[ProgressFigures.OriginalNotKnown]);

        // Before anything was delivered, the same plan's actions were none of them delivered.
        var earlier = Table((await ProgressInsight.ReadAsync(Scope(reader, HarrowgateWorld.Delivered.AddDays(-1)), default)).Figures, "by-delivery");
        Assert.Equal([0m, 0m, 1m, 0m, 1m], earlier["Sufficient progress"]);
        Assert.Equal([0m, 0m, 1m, 1m, 1m], earlier["No progress"]);

        // The release dates are reported sent in a later save: from that day the recommendation judged to have made some
        // progress has all its actions delivered, and before it none.
        var sent = new DateOnly(2022, 3, 15);
        await using (var db = database.Open("inspector@test"))
        {
            var plan = await db.Plans.WithDeliveryRecord().SingleAsync(p => p.Status == PlanStatus.Published && p.Responses.Any(r => r.Recommendation.Text.Contains("release information")));
            var action = plan.Responses.Single(r => r.Recommendation.Text.Contains("release information")).Actions[0];
            new ActionProgress(plan, action).Record(new UpdateContent(sent, DeliveryStatus.Completed, "Sent.", "owner@test", sent), HarrowgateWorld.Today);
            await db.SaveChangesAsync();
        }
        await using var after = database.Open("reader@test");
        Assert.Equal([1m, 0m, 0m, 0m, 2m], Table((await ProgressInsight.ReadAsync(Scope(after), default)).Figures, "by-delivery")["Some progress"]);
        Assert.Equal([0m, 0m, 1m, 0m, 2m], Table((await ProgressInsight.ReadAsync(Scope(after, sent.AddDays(-1)), default)).Figures, "by-delivery")["Some progress"]);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Working_the_rules_out_again_keeps_inspectors_corrections(string provider)
    {
        await using var database = await HarrowgateAsync(provider);
        await using (var db = database.Open("inspector@test"))
        {
            var caseloads = await db.Recommendations.SingleAsync(r => r.Text.Contains("reduce caseloads"));
            var centre = await db.Recommendations.SingleAsync(r => r.Text.Contains("reporting centre"));
            var training = await db.Set<Theme>().SingleAsync(t => t.Name == "Training");
            var estates = await db.Set<Theme>().SingleAsync(t => t.Name == "Estates and IT");
            (await db.Set<RecommendationTheme>().SingleAsync(p => p.RecommendationId == caseloads.Id && p.ThemeId == training.Id)).Correct(false);
            db.Add(new RecommendationTheme(centre.Id, estates.Id, ThemePlacement.Inspector));
            await db.SaveChangesAsync();

            // As in a database from before themes, or with rows written round the save: the rules' places are not there.
            await db.Set<RecommendationTheme>().Where(p => p.Placement == ThemePlacement.Rule).ExecuteDeleteAsync();
            await db.Set<ThemesAssigned>().ExecuteDeleteAsync();
            await ThemeAssignment.EnsureAsync(db);
        }
        await using (var reader = database.Open("reader@test"))
        {
            var themes = await ThemesInsight.ReadAsync(Scope(reader), default);
            var counts = themes.Themes.ToDictionary(t => t.Theme, t => t.Recommendations);
            Assert.Equal((3, 0, 1, 1, 0), (counts["Risk of harm"], counts["Training"], counts["Estates and IT"], counts["Workload"], themes.NoTheme));
        }

        // The rules change: every recommendation is placed again, and the inspector's choices still stand.
        await using (var db = database.Open("administrator@test"))
        {
            await db.Set<Theme>().Where(t => t.Name == "Court work").ExecuteUpdateAsync(s => s.SetProperty(t => t.Phrases, t => t.Phrases + "\nreporting centre"));
            await db.Set<Theme>().Where(t => t.Name == "Training").ExecuteUpdateAsync(s => s.SetProperty(t => t.Phrases, "train*\nopen"));
            await ThemeAssignment.EnsureAsync(db);
        }
        await using (var reader = database.Open("reader@test"))
        {
            var counts = (await ThemesInsight.ReadAsync(Scope(reader), default)).Themes.ToDictionary(t => t.Theme, t => t.Recommendations);
            // Training now matches the centre by "open", but the caseloads stay out of it.
            Assert.Equal((1, 1, 1), (counts["Court work"], counts["Training"], counts["Estates and IT"]));
        }
    }
}
