using System.Text.Json;
using ActionPlans.Core.Allocation;
using ActionPlans.Web.Features.Allocation;
using ActionPlans.Web.Tests.Allocation;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Persistence;

/// <summary>A provider's guidance stored, changed and found again on both databases, each change audited.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AllocationGuidancePersistenceTests(ThrowawayPostgres postgres)
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task An_edited_guidance_is_read_back_as_saved_and_each_change_is_audited(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        int id;
        await using (var db = database.Open("inspector@test"))
        {
            var text = new AllocationGuidanceText(KestrelValeGuidance.Json);
            db.AllocationGuidances.Add(text);
            await db.SaveChangesAsync();
            id = text.Id;
        }
        var extended = KestrelValeGuidance.Json.Replace("\"validTo\": \"2021-03-31\"", "\"validTo\": null").Replace("\"high\": { \"low\": \"Tier 1\"", "\"high\": { \"low\": \"Tier 2\"");
        await using (var db = database.Open("second.inspector@test"))
        {
            var text = await db.AllocationGuidances.SingleAsync(g => g.Id == id);
            text.Revise(extended);
            await db.SaveChangesAsync();
        }

        await using var reader = database.Open("reader");
        var stored = await reader.AllocationGuidances.SingleAsync();
        Assert.Equal(("Kestrel Vale CRC", new DateOnly(2020, 4, 1), (DateOnly?)null, extended), (stored.Provider, stored.ValidFrom, stored.ValidTo, stored.Json));
        var guidance = await StoredGuidances.ForAsync(reader, "Kestrel Vale Community Rehabilitation Company", new DateOnly(2024, 1, 1));
        Assert.Equal("Tier 2", guidance.Allocate("60", "low", []).Band);

        var audit = await reader.AuditEntries.Where(a => a.Entity == nameof(AllocationGuidanceText)).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["inspector@test", "second.inspector@test"], audit.Select(a => a.Actor));
        Assert.All(audit, a => Assert.Equal(id.ToString(), a.EntityId));
        var changes = JsonDocument.Parse(audit[1].Changes).RootElement;
        Assert.Equal("2021-03-31", changes.GetProperty("ValidTo").GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Null, changes.GetProperty("ValidTo").GetProperty("to").ValueKind);
        Assert.Equal(KestrelValeGuidance.Json, changes.GetProperty("Json").GetProperty("from").GetString());
        Assert.Equal(extended, changes.GetProperty("Json").GetProperty("to").GetString());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_change_made_from_a_stale_copy_is_refused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (var db = database.Open("inspector@test"))
        {
            db.AllocationGuidances.Add(new AllocationGuidanceText(KestrelValeGuidance.Json));
            await db.SaveChangesAsync();
        }
        await using var first = database.Open("first@test");
        await using var second = database.Open("second@test");
        var mine = await first.AllocationGuidances.SingleAsync();
        var theirs = await second.AllocationGuidances.SingleAsync();
        mine.Revise(KestrelValeGuidance.Json.Replace("2021-03-31", "2021-06-30"));
        await first.SaveChangesAsync();
        theirs.Revise(KestrelValeGuidance.Json.Replace("2021-03-31", "2021-09-30"));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
