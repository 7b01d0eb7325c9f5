using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ActionPlans.Core;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.TargetDates;
using ActionPlans.Web.Features.Monitoring.Standings;
using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Verbs;

/// <summary>`generate --plans N [--seed S]` run as the executable, on both databases.</summary>
[Collection(PostgresCollection.Name)]
public sealed partial class GenerateVerbTests(ThrowawayPostgres postgres)
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);

    private static async Task GenerateAsync(TestDatabase database, int plans, int seed)
    {
        var outcome = await ServiceProcess.RunAsync(database.ServiceSettings, null, "generate", "--plans", plans.ToString(), "--seed", seed.ToString());
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        await using var db = database.Open("reader");
        var actions = await db.Actions.CountAsync();
        Assert.Contains($"Generated {plans} plans", outcome.Output);
        Assert.Contains($"{actions:N0} actions", outcome.Output);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Plans_are_accepted_or_published_with_every_form_of_target_and_a_history_the_rules_allow(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await GenerateAsync(database, 50, seed: 11);

        await using var db = database.Open("reader");
        var plans = await db.Plans.AsNoTracking().AsSplitQuery()
            .Include(p => p.Inspection).ThenInclude(i => i.Recommendations)
            .Include(p => p.Responses).ThenInclude(r => r.Actions).ThenInclude(a => a.Updates)
            .Include(p => p.Responses).ThenInclude(r => r.Actions).ThenInclude(a => a.Revisions)
            .ToListAsync();
        Assert.Equal(50, plans.Count);
        Assert.All(plans, p => Assert.True(p.IsBeingDelivered, $"Plan {p.Id} is {p.Status}"));
        Assert.Contains(plans, p => p.Status == PlanStatus.Published);
        Assert.Contains(plans, p => p.Status == PlanStatus.Accepted);
        Assert.Empty(await db.AuditEntries.ToListAsync());
        Assert.Contains(plans.SelectMany(p => p.Inspection.Recommendations), r => r.RepeatedFromId is not null);
        Assert.All(plans, p => Assert.InRange(p.Responses.Sum(r => r.Actions.Count), 6, 25));

        var actions = plans.SelectMany(p => p.Responses.SelectMany(r => r.Actions.Select(a => (Plan: p, Action: a)))).ToList();
        // Every stored target reads back as the kind it was written as, and every form the parser knows is there.
        Assert.All(actions, a => Assert.Equal(TargetDate.Parse(a.Action.Target.Text), a.Action.Target));
        var kinds = actions.Select(a => a.Action.Target).ToList();
        foreach (var kind in Enum.GetValues<TargetKind>().Where(k => k != TargetKind.None))
            Assert.Contains(kinds, t => t.Kind == kind);
        foreach (var form in new[] { MonthForm(), SeasonForm(), QuarterForm(), FinancialQuarterForm(), ThroughoutForm(), FromForm(), CompletedForm() })
            Assert.Contains(kinds, t => form.IsMatch(t.Text));
        Assert.InRange(kinds.Count(t => t.Kind == TargetKind.Recurring), 1, kinds.Count / 5);

        var today = Today;
        foreach (var (plan, action) in actions)
        {
            var submitted = plan.Submitted!.Value;
            var updates = action.Updates.OrderBy(u => u.On).ThenBy(u => u.Id).ToList();
            Assert.All(updates, u => Assert.InRange(u.On, submitted, plan.Closed ?? today));
            Assert.All(updates, u => Assert.True(u.CompletedOn is null || u.CompletedOn <= u.On, $"Update {u.Id} completed after it was written"));
            // Nothing is reported on an action after its completion.
            var completion = updates.FindIndex(u => u.Status == DeliveryStatus.Completed);
            Assert.True(completion < 0 || completion == updates.Count - 1, $"Action {action.Id} has updates after its completion");
            Assert.True(!action.CompletedAtSubmission || updates.Count == 0, $"Action {action.Id} was done at submission yet has updates");
            var revisions = action.Revisions.OrderBy(r => r.Id).ToList();
            Assert.Equal(revisions.OrderBy(r => r.On).Select(r => r.Id), revisions.Select(r => r.Id));
            Assert.All(revisions, r => Assert.InRange(r.On, submitted, today));
        }
        Assert.Contains(actions, a => a.Action.Revisions.Count > 0);
        Assert.Contains(actions, a => a.Action.AssignedTo is not null);
        var states = actions.Select(a => new ActionProgress(a.Plan, a.Action).AsAt(today).State).ToHashSet();
        foreach (var state in new[] { DeliveryState.CompletedOnTime, DeliveryState.CompletedLate, DeliveryState.Overdue, DeliveryState.NotDelivered, DeliveryState.Superseded })
            Assert.Contains(state, states);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task The_same_seed_makes_the_same_rows_and_another_seed_others(string provider)
    {
        await using var first = await TestDatabase.CreateAsync(provider, postgres);
        await using var second = await TestDatabase.CreateAsync(provider, postgres);
        await using var third = await TestDatabase.CreateAsync(provider, postgres);
        await GenerateAsync(first, 20, seed: 5);
        await GenerateAsync(second, 20, seed: 5);
        await GenerateAsync(third, 20, seed: 6);
        Assert.Equal(await DigestAsync(first), await DigestAsync(second));
        Assert.NotEqual(await DigestAsync(first), await DigestAsync(third));
    }

    [Fact]
    public async Task Generated_plans_are_served_to_the_public_and_to_the_accounts_it_makes()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", postgres);
        await GenerateAsync(database, 30, seed: 2);
        int published, accepted;
        string busiest;
        List<string> assigned;
        await using (var db = database.Open("reader"))
        {
            published = await db.Plans.Where(p => p.Status == PlanStatus.Published).Select(p => p.Id).FirstAsync();
            accepted = await db.Plans.Where(p => p.Status == PlanStatus.Accepted).Select(p => p.Id).FirstAsync();
            var account = await db.Actions.Where(a => a.AssignedTo != null).GroupBy(a => a.AssignedTo).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            busiest = (await db.Users.SingleAsync(u => u.Id == account)).Email!;
            assigned = await db.Actions.Where(a => a.AssignedTo == account).Select(a => a.Text).Distinct().ToListAsync();
        }

        await using var service = await ServiceProcess.StartAsync(new Dictionary<string, string>(database.ServiceSettings) { ["Security__RequireTwoFactor"] = "false" });
        using var anonymous = service.Client();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/plans/{published}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync($"/plans/{accepted}")).StatusCode);

        using var inspector = service.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.SignInAsync(Generation.InspectorEmail, Generation.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"/plans/{accepted}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"/plans/{accepted}/delivery")).StatusCode);

        // The account with the most actions assigned to it finds them on its own list.
        using var assignee = service.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await assignee.SignInAsync(busiest, Generation.Password)).StatusCode);
        var mine = await assignee.PageAsync("/my-actions");
        Assert.Contains(mine.QuerySelectorAll("main a"), e => assigned.Contains(e.TextContent.Trim()));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task What_the_generator_writes_for_the_national_views_is_what_working_it_out_again_gives(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await GenerateAsync(database, 30, seed: 7);
        var written = await CountedAsync(database);
        await using (var db = database.Open("reader"))
            await StandingProjection.RebuildAsync(db, new DueSoonWindow(DueSoonWindow.DefaultDays));
        var rebuilt = await CountedAsync(database);

        Assert.Equal(rebuilt.Standings, written.Standings);
        Assert.Equal(rebuilt.Plans, written.Plans);
        Assert.Equal(rebuilt.Tallies, written.Tallies);
        Assert.Contains(written.Standings, s => s.EndsWith("|assigned", StringComparison.Ordinal));
        Assert.NotEmpty(written.Plans);
    }

    /// <summary>The standings, delivered plans and tallies as lines, so that two sets can be compared in full.</summary>
    private static async Task<(List<string> Standings, List<string> Plans, List<string> Tallies)> CountedAsync(TestDatabase database)
    {
        await using var db = database.Open("reader");
        var assignees = await db.Actions.Where(a => a.AssignedTo != null).ToDictionaryAsync(a => a.Id, a => a.AssignedTo);
        var standings = (await db.Set<StoredStanding>().AsNoTracking().OrderBy(s => s.ActionId).ThenBy(s => s.From).ToListAsync())
            .Select(s => $"{s.ActionId}|{s.PlanId}|{s.ProviderId}|{s.From}|{s.Until}|{s.State}|{s.PlannedIn}|{s.CompletedIn}|"
                + (s.AssignedTo is null ? "" : s.AssignedTo == assignees[s.ActionId] ? "assigned" : "another")).ToList();
        var plans = (await db.Set<DeliveredPlan>().AsNoTracking().OrderBy(d => d.PlanId).ToListAsync()).Select(d => $"{d.PlanId}|{d.ProviderId}|{d.ChartStart}").ToList();
        var tallies = (await db.Set<DeliveryTally>().AsNoTracking().Where(t => t.Change != 0).ToListAsync())
            .Select(t => $"{t.Span}|{t.Start}|{t.Measure}|{t.ProviderId}|{t.Key}|{t.Change}").Order(StringComparer.Ordinal).ToList();
        return (standings, plans, tallies);
    }

    [Theory]
    [InlineData("0", "--plans must be a whole number of at least 1, not 0.")]
    [InlineData("abc", "abc")]
    public async Task A_number_of_plans_that_is_not_a_positive_whole_number_is_refused(string plans, string message)
    {
        var folder = Directory.CreateTempSubdirectory("actionplans-generate-").FullName;
        try
        {
            var outcome = await ServiceProcess.RunAsync(new Dictionary<string, string> { ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(folder, "db.sqlite")}" },
                null, "generate", "--plans", plans);
            Assert.Equal(2, outcome.ExitCode);
            Assert.Contains(message, outcome.Error);
            Assert.Contains("--plans", outcome.Error);
            Assert.DoesNotContain("   at ", outcome.Error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A digest of what the generated rows say, ids and keys included.</summary>
    private static async Task<string> DigestAsync(TestDatabase database)
    {
        await using var db = database.Open("reader");
        var text = new StringBuilder();
        foreach (var p in await db.Plans.AsNoTracking().OrderBy(p => p.Id).ToListAsync()) text.AppendLine($"{p.Id}|{p.InspectionId}|{p.Status}|{p.Submitted}|{p.Closed}");
        foreach (var i in await db.Inspections.AsNoTracking().OrderBy(i => i.Id).ToListAsync()) text.AppendLine($"{i.Id}|{i.ProviderId}|{i.Published}|{i.FieldworkStarted}|{i.StatedScore}");
        foreach (var r in await db.Recommendations.AsNoTracking().OrderBy(r => r.Id).ToListAsync()) text.AppendLine($"{r.Id}|{r.InspectionId}|{r.Number}|{r.Text}|{r.AddresseeId}|{r.RepeatedFromId}");
        foreach (var a in await db.Actions.AsNoTracking().OrderBy(a => a.Id).ToListAsync()) text.AppendLine($"{a.Id}|{a.ResponseId}|{a.Text}|{a.Owner}|{a.Target.Text}|{a.AssignedTo}");
        foreach (var u in await db.ProgressUpdates.AsNoTracking().OrderBy(u => u.Id).ToListAsync()) text.AppendLine($"{u.Id}|{u.PlannedActionId}|{u.On}|{u.Status}|{u.Narrative}|{u.CompletedOn}|{u.Author}");
        foreach (var r in await db.TargetRevisions.AsNoTracking().OrderBy(r => r.Id).ToListAsync()) text.AppendLine($"{r.Id}|{r.PlannedActionId}|{r.On}|{r.From.Text}|{r.To.Text}|{r.Reason}");
        foreach (var e in await db.Evidence.AsNoTracking().OrderBy(e => e.Id).ToListAsync()) text.AppendLine($"{e.Id}|{e.ProgressUpdateId}|{e.FileName}|{e.Link}|{e.Size}");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    [GeneratedRegex(@"^[A-Z][a-z]+ [0-9]{4}$", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex MonthForm();

    [GeneratedRegex(@"^(Spring|Summer|Autumn|Winter) [0-9]{4}$", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex SeasonForm();

    [GeneratedRegex(@"^Q[1-4] [0-9]{4}$", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex QuarterForm();

    [GeneratedRegex(@"^Q[1-4] [0-9]{4}/[0-9]{2}$", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex FinancialQuarterForm();

    [GeneratedRegex(@" throughout [0-9]{4}$", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex ThroughoutForm();

    [GeneratedRegex(@"^Quarterly from ", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex FromForm();

    [GeneratedRegex(@"^Completed [A-Z][a-z]+ [0-9]{4}$", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex CompletedForm();
}
