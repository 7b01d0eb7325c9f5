using ActionPlans.Core.Allocation;
using System.Text.Json;
using ActionPlans.Core.Cases;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Ratings;
using ActionPlans.Web.Features.Cases;
using ActionPlans.Web.Tests.Cases;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Persistence;

/// <summary>A case sample stored and replaced on both databases, with every change audited.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CaseSamplePersistenceTests(ThrowawayPostgres postgres)
{
    private static async Task<int> InspectionAsync(TestDatabase database)
    {
        await using var db = database.Open("inspector@test");
        var provider = new Organisation("Harrow Vale CRC", OrganisationKind.CommunityRehabilitationCompany);
        var inspection = new Inspection(provider, InspectionKind.CrcInspection, new DateOnly(2019, 3, 1), null);
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync();
        return inspection.Id;
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_sample_is_read_back_as_imported_and_a_second_import_replaces_it_whole(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        var id = await InspectionAsync(database);
        await using (var db = database.Open("inspector@test"))
        {
            var loaded = (await InspectionCases.LoadAsync(db, id))!;
            loaded.Sample.RecordPopulation(1200);
            Assert.Empty(await loaded.ImportAsync(db, CaseCsv.Bytes(CaseCsv.Good)));
        }

        await using (var reader = database.Open("reader"))
        {
            var sample = await reader.CaseSamples.Include(s => s.Cases).SingleAsync(s => s.InspectionId == id);
            Assert.Equal(1200, sample.Population);
            Assert.Equal(["C001", "C002", "C003", "C004", "U005"], sample.Cases.Select(c => c.Reference).Order());
            var first = sample.Cases.Single(c => c.Reference == "C001");
            Assert.Equal((CaseKind.Community, OfficerGrade.PO, true), (first.Kind, first.Grade, first.HarmFactors));
            Assert.Equal(new Dictionary<string, bool> { ["2.1.1"] = true, ["2.1.1a"] = true, ["2.1.3"] = false }, first.Answers);
            Assert.Equal((45, "low", "Blue"), (first.Ogrs, first.Rosh, first.Band));
            Assert.Equal(["iom", "drr"], first.Flags);
            Assert.Null(sample.Cases.Single(c => c.Reference == "U005").Grade);
            var figures = CaseFigures.Of(sample.Cases, CaseQuestions.Of(Frameworks.Load(Frameworks.AdultProbation2018)));
            Assert.Equal((3, 4), (figures.KeyQuestion("2.1.1")!.Yes, figures.KeyQuestion("2.1.1")!.Applicable));
        }

        // The same references again, one changed: the old rows go and the new ones come in the one save.
        await using (var db = database.Open("second@test"))
        {
            var loaded = (await InspectionCases.LoadAsync(db, id))!;
            Assert.Empty(await loaded.ImportAsync(db, CaseCsv.Bytes("reference,kind,grade,harm,2.1.1\nC001,post-release,PSO,no,no\nC009,community,PO,no,yes\n")));
        }
        await using var after = database.Open("reader");
        var replaced = await after.CaseSamples.Include(s => s.Cases).SingleAsync(s => s.InspectionId == id);
        Assert.Equal(["C001", "C009"], replaced.Cases.Select(c => c.Reference).Order());
        Assert.Equal(CaseKind.PostRelease, replaced.Cases.Single(c => c.Reference == "C001").Kind);
        Assert.Equal(1200, replaced.Population);

        var audit = await after.AuditEntries.Where(a => a.Entity == nameof(InspectedCase)).ToListAsync();
        Assert.Equal(5, audit.Count(a => a.Actor == "inspector@test" && a.Action.ToString() == "Added"));
        Assert.Equal(5, audit.Count(a => a.Actor == "second@test" && a.Action.ToString() == "Deleted"));
        Assert.Equal(2, audit.Count(a => a.Actor == "second@test" && a.Action.ToString() == "Added"));
        var added = audit.First(a => a.Actor == "second@test" && a.Action.ToString() == "Added" && a.Changes.Contains("C009"));
        Assert.Equal("2.1.1=yes", JsonDocument.Parse(added.Changes).RootElement.GetProperty("AnswerRecord").GetProperty("to").GetString());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_refused_file_leaves_the_stored_sample_as_it_was(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        var id = await InspectionAsync(database);
        await using (var db = database.Open("inspector@test"))
            Assert.Empty(await (await InspectionCases.LoadAsync(db, id))!.ImportAsync(db, CaseCsv.Bytes(CaseCsv.Good)));
        await using (var db = database.Open("inspector@test"))
        {
            var problems = await (await InspectionCases.LoadAsync(db, id))!.ImportAsync(db, CaseCsv.Bytes(CaseCsv.Bad));
            Assert.Equal(9, problems.Count);
        }
        await using var reader = database.Open("reader");
        Assert.Equal(5, await reader.CaseSamples.Where(s => s.InspectionId == id).SelectMany(s => s.Cases).CountAsync());
        Assert.Equal(5, await reader.AuditEntries.CountAsync(a => a.Entity == nameof(InspectedCase)));
    }
}
