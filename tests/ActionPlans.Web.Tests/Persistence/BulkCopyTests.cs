using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Persistence;

/// <summary>Rows written in bulk are the rows the service reads back, in the context's transaction, with no audit entries.</summary>
[Collection(PostgresCollection.Name)]
public sealed class BulkCopyTests(ThrowawayPostgres postgres)
{
    private static readonly string[] OrganisationColumns = ["Id", "Name", "Kind", "OwningGroupId", "Version"];

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Rows_in_their_stored_form_read_back_as_the_entities_they_describe(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (var db = database.Open("generator"))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            // More rows than one SQLite statement takes, so that full statements and the rest are both written.
            await BulkCopy.IntoAsync(db, Table<Organisation>(db), OrganisationColumns,
                Enumerable.Range(1, 1001).Select(i => new object?[] { i, $"Provider {i:0000}", "CommunityRehabilitationCompany", i > 1 ? 1 : null, 1 }));
            await BulkCopy.IntoAsync(db, Table<Inspection>(db),
                ["Id", "ProviderId", "Kind", "FieldworkStarted", "Published", "FrameworkId", "CasesInspected", "StatedScore", "Version"],
                [new object?[] { 7, 2, "CrcInspection", new DateOnly(2019, 1, 14), new DateOnly(2019, 4, 30), Inspection.DefaultFrameworkId, 120, null, 1 }]);
            await transaction.CommitAsync();
        }

        await using var read = database.Open("reader");
        Assert.Equal(1001, await read.Organisations.CountAsync());
        var second = await read.Organisations.Include(o => o.OwningGroup).SingleAsync(o => o.Id == 2);
        Assert.Equal(("Provider 0002", OrganisationKind.CommunityRehabilitationCompany, "Provider 0001"), (second.Name, second.Kind, second.OwningGroup!.Name));
        Assert.Null((await read.Organisations.SingleAsync(o => o.Id == 1)).OwningGroupId);
        var inspection = await read.Inspections.Include(i => i.Provider).SingleAsync();
        Assert.Equal((new DateOnly(2019, 4, 30), (int?)120, (int?)null, "Provider 0002"),
            (inspection.Published, inspection.CasesInspected, inspection.StatedScore, inspection.Provider.Name));
        Assert.Equal(1, read.VersionOf(inspection));
        Assert.Empty(await read.AuditEntries.ToListAsync());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Rows_written_in_a_transaction_that_is_rolled_back_are_not_kept(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using (var db = database.Open("generator"))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await BulkCopy.IntoAsync(db, Table<Organisation>(db), OrganisationColumns, [new object?[] { 1, "Kept nowhere", "Hmpps", null, 1 }]);
            Assert.Equal(1, await db.Organisations.CountAsync());
            await transaction.RollbackAsync();
        }
        await using var read = database.Open("reader");
        Assert.Equal(0, await read.Organisations.CountAsync());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_row_of_the_wrong_width_is_refused_naming_the_table(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using var db = database.Open("generator");
        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            BulkCopy.IntoAsync(db, Table<Organisation>(db), OrganisationColumns, [new object?[] { 1, "Too short" }]));
        Assert.Contains("Organisations", refused.Message);
    }

    private static string Table<T>(ActionPlansDb db) => db.Model.FindEntityType(typeof(T))!.GetTableName()!;
}
