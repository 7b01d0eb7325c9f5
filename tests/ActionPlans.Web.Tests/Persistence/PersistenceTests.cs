using System.Text.Json;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Ratings;
using ActionPlans.Core.TargetDates;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ActionPlans.Web.Tests.Persistence;

/// <summary>The same behaviour on both databases the service runs on.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PersistenceTests(ThrowawayPostgres postgres)
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Migrations_bring_a_new_database_to_the_latest_model(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using var db = database.Open("reader");
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task The_model_is_the_one_the_last_migration_recorded(string provider)
    {
        // A mapping changed without a migration would leave the database short of what the code expects.
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using var db = database.Open("reader");
        Assert.False(db.Database.HasPendingModelChanges(), "the model differs from the last migration's snapshot: generate a migration");
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_plan_is_read_back_as_it_was_saved(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        int planId;
        await using (var db = database.Open("coordinator@test"))
        {
            planId = await SavePlanAsync(db);
        }

        await using var reader = database.Open("reader");
        var plan = await reader.Plans
            .Include(p => p.Inspection).ThenInclude(i => i.Provider).ThenInclude(o => o.OwningGroup)
            .Include(p => p.Inspection).ThenInclude(i => i.Standards).ThenInclude(s => s.KeyQuestions)
            .Include(p => p.Responses).ThenInclude(r => r.Recommendation).ThenInclude(r => r.Addressee)
            .Include(p => p.Responses).ThenInclude(r => r.Actions).ThenInclude(a => a.Updates).ThenInclude(u => u.Evidence)
            .Include(p => p.Responses).ThenInclude(r => r.Actions).ThenInclude(a => a.Revisions)
            .AsSplitQuery()
            .SingleAsync(p => p.Id == planId);

        Assert.Equal("Owning Group Ltd", plan.Inspection.Provider.OwningGroup!.Name);
        Assert.Equal(new DateOnly(2019, 3, 4), plan.Submitted);
        var standard = Assert.Single(plan.Inspection.Standards);
        Assert.Equal(Rating.RequiresImprovement, standard.StatedRating);
        Assert.Equal(64.5m, standard.KeyQuestions.Single().Current);

        var partly = plan.Responses.Single(r => r.Recommendation.Number == 2);
        Assert.Equal(ResponseKind.PartlyAgreed, partly.Kind);
        Assert.Equal(ReasonCategories.Policy | ReasonCategories.Affordability, partly.Reasons);
        Assert.Equal("HMPPS", partly.Recommendation.Addressee.Name);

        var action = Assert.Single(partly.Actions);
        Assert.Equal("Bi-monthly from March 2019", action.Target.Text);
        Assert.Equal(new DateOnly(2019, 3, 31), action.Target.Due);
        Assert.Equal(Recurrence.BiMonthly, action.Target.Recurrence);
        var update = Assert.Single(action.Updates);
        Assert.Equal(DeliveryStatus.InProgress, update.Status);
        Assert.Equal("https://example.org/board-minutes", Assert.Single(update.Evidence).Link);
        var revision = Assert.Single(action.Revisions);
        Assert.Equal(("Bi-monthly from March 2019", "Bi-monthly from April 2019"), (revision.From.Text, revision.To.Text));
        Assert.Equal(new DateOnly(2019, 4, 30), new ActionProgress(plan, action).TargetAsAt(new DateOnly(2019, 4, 1)).Due);
        Assert.Equal(new ResponseSummary(1, 1, 0), plan.Summary);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_stale_save_is_refused_and_the_first_change_is_kept(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (var db = database.Open("setup")) await SavePlanAsync(db);

        await using var first = database.Open("first@test");
        await using var second = database.Open("second@test");
        var mine = await first.Actions.FirstAsync();
        var theirs = await second.Actions.FirstAsync(a => a.Id == mine.Id);

        mine.Revise("First person's wording", mine.Owner, mine.Target, false);
        await first.SaveChangesAsync();
        theirs.Revise("Second person's wording", theirs.Owner, theirs.Target, false);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var reader = database.Open("reader");
        Assert.Equal("First person's wording", (await reader.Actions.SingleAsync(a => a.Id == mine.Id)).Text);
        Assert.Equal(2, reader.VersionOf(await reader.Actions.SingleAsync(a => a.Id == mine.Id)));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Every_change_is_in_the_audit_trail_with_who_and_what(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (var db = database.Open("coordinator@test")) await SavePlanAsync(db);

        int actionId;
        await using (var db = database.Open("owner@test"))
        {
            var action = await db.Actions.SingleAsync(a => a.Target == TargetDate.Parse("Bi-monthly from March 2019"));
            actionId = action.Id;
            action.Revise(action.Text, "Head of Quality", TargetDate.Parse("June 2019"), false);
            await db.SaveChangesAsync();
        }
        await using (var db = database.Open("coordinator@test"))
        {
            var response = await db.Responses.Include(r => r.Actions).ThenInclude(a => a.Updates).Include(r => r.Actions).ThenInclude(a => a.Revisions)
                .SingleAsync(r => r.Actions.Any(a => a.Text == "Train 40 staff."));
            var untouched = response.Actions.Single();
            response.RemoveAction(untouched);
            db.Actions.Remove(untouched);
            await db.SaveChangesAsync();
        }

        await using var reader = database.Open("reader");
        var entries = await reader.AuditEntries.OrderBy(a => a.Id).ToListAsync();
        Assert.Contains(entries, e => e is { Entity: "ActionPlan", Action: AuditAction.Added, Actor: "coordinator@test" });
        var added = entries.Where(e => e is { Entity: "PlannedAction", Action: AuditAction.Added }).ToList();
        Assert.Equal(2, added.Count);
        Assert.Contains(added, e => e.EntityId == actionId.ToString());

        var modified = entries.Single(e => e.Entity == "PlannedAction" && e.Action == AuditAction.Modified);
        Assert.Equal("owner@test", modified.Actor);
        var changes = JsonDocument.Parse(modified.Changes).RootElement;
        Assert.Equal("Bi-monthly from March 2019", changes.GetProperty("Target").GetProperty("from").GetString());
        Assert.Equal("June 2019", changes.GetProperty("Target").GetProperty("to").GetString());
        Assert.Equal("Head of Quality", changes.GetProperty("Owner").GetProperty("to").GetString());
        Assert.False(changes.TryGetProperty("Text", out _), "unchanged values are not recorded as changes");

        // A deleted row is recorded with every value it had.
        var deleted = JsonDocument.Parse(entries.Single(e => e is { Entity: "PlannedAction", Action: AuditAction.Deleted, Actor: "coordinator@test" }).Changes).RootElement;
        Assert.Equal("Train 40 staff.", deleted.GetProperty("Text").GetProperty("from").GetString());
        Assert.Equal("Head of Learning", deleted.GetProperty("Owner").GetProperty("from").GetString());
        Assert.Equal("December 2019", deleted.GetProperty("Target").GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Null, deleted.GetProperty("Text").GetProperty("to").ValueKind);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_change_whose_audit_cannot_be_written_is_not_saved(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (var db = database.Open("setup"))
        {
            // The database itself refuses every audit entry, as a full disk or a lost connection would.
            await db.Database.ExecuteSqlRawAsync(provider == "Sqlite"
                ? "CREATE TRIGGER refuse_audit BEFORE INSERT ON AuditEntries BEGIN SELECT RAISE(ABORT, 'no audit'); END"
                : """
                  CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'no audit'; END $$ LANGUAGE plpgsql;
                  CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditEntries" FOR EACH ROW EXECUTE FUNCTION refuse_audit();
                  """);
            await Assert.ThrowsAsync<DbUpdateException>(() => SavePlanAsync(db));
        }

        await using var reader = database.Open("reader");
        Assert.Empty(await reader.Plans.ToListAsync());
        Assert.Empty(await reader.Organisations.ToListAsync());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task An_audit_entry_is_stamped_by_the_services_clock(string provider)
    {
        var moment = new DateTimeOffset(2021, 3, 28, 0, 30, 0, TimeSpan.Zero);
        var services = new ServiceCollection().AddSingleton<TimeProvider>(new FixedClock(moment)).BuildServiceProvider();
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (var db = database.Open("coordinator@test", services))
            await SavePlanAsync(db);

        await using var reader = database.Open("reader");
        var stamps = await reader.AuditEntries.Select(e => e.AtUtc).ToListAsync();
        Assert.NotEmpty(stamps);
        Assert.All(stamps, at => Assert.Equal(moment.UtcDateTime, at));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static async Task<int> SavePlanAsync(ActionPlans.Web.Infrastructure.Persistence.ActionPlansDb db)
    {
        var group = new Organisation("Owning Group Ltd", OrganisationKind.OwningCompany);
        var provider = new Organisation("Testshire CRC", OrganisationKind.CommunityRehabilitationCompany, group);
        var hmpps = new Organisation("HMPPS", OrganisationKind.Hmpps);
        var inspection = new Inspection(provider, InspectionKind.CrcInspection, new DateOnly(2018, 10, 1), new DateOnly(2019, 2, 22));
        inspection.RecordStandard("2.1", Rating.RequiresImprovement).RecordKeyQuestion("A key question", 64.5m, 50m, 60m);
        var one = inspection.Recommend(1, "The CRC should do one thing.", provider);
        var two = inspection.Recommend(2, "HMPPS should do another.", hmpps);
        var plan = new ActionPlan(inspection);
        plan.ResponseTo(one).Answer(ResponseKind.Agreed, "Agreed.");
        plan.ResponseTo(one).AddAction("Train 40 staff.", "Head of Learning", TargetDate.Parse("December 2019"));
        var partly = plan.ResponseTo(two);
        partly.Answer(ResponseKind.PartlyAgreed, "Partly.", "The first half.", ReasonCategories.Policy | ReasonCategories.Affordability, "No budget for the rest.");
        var reporting = partly.AddAction("Report to the board.", "Director", TargetDate.Parse("Bi-monthly from March 2019"));
        plan.Submit(new DateOnly(2019, 3, 4));
        plan.Accept();
        var progress = new ActionProgress(plan, reporting);
        progress.ReviseTarget(TargetDate.Parse("Bi-monthly from April 2019"), "The board moved its meetings.", new DateOnly(2019, 3, 20), "Director", new DateOnly(2019, 3, 20));
        progress.Record(new UpdateContent(new DateOnly(2019, 5, 1), DeliveryStatus.InProgress, "Two reports made.", "Director",
            evidence: [new EvidencePolicy().AdmitLink("https://example.org/board-minutes")]), new DateOnly(2019, 5, 1));
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }
}
