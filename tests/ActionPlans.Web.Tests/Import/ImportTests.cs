using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Ratings;
using ActionPlans.Core.Recommendations;
using ActionPlans.Core.Tests.Seeds;
using ActionPlans.Web.Features.Import;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Import;

/// <summary>Importing the seed documents into a real database, in either order, once only, all or nothing.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ImportTests(ThrowawayPostgres postgres)
{
    private static async Task<ImportResult> ImportAsync(TestDatabase database, string path, bool dryRun = false)
    {
        await using var db = database.Open("importer@test");
        return await new DocumentImport(db, new NamedAuditActor("importer@test"), TimeProvider.System).ImportAsync(Path.GetFileName(path), await File.ReadAllBytesAsync(path), dryRun);
    }

    private static async Task<(int Organisations, int Inspections, int Plans, int Actions, int Documents)> CountsAsync(TestDatabase database)
    {
        await using var db = database.Open("reader");
        return (await db.Organisations.CountAsync(), await db.Inspections.CountAsync(), await db.Plans.CountAsync(), await db.Actions.CountAsync(), await db.ImportedDocuments.CountAsync());
    }

    [SkippableTheory]
    [InlineData("Sqlite", true)]
    [InlineData("Sqlite", false)]
    [InlineData("Postgres", true)]
    public async Task A_report_and_the_plan_that_answers_it_join_on_one_inspection_whichever_comes_first(string provider, bool reportFirst)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        string[] order = reportFirst ? [SeedDocuments.ReportNorthumbria, SeedDocuments.PlanNorthumbria] : [SeedDocuments.PlanNorthumbria, SeedDocuments.ReportNorthumbria];
        foreach (var path in order)
        {
            var result = await ImportAsync(database, path);
            Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("reads differently"));
        }

        await using var db = database.Open("reader");
        var inspection = await db.Inspections.Include(i => i.Provider).Include(i => i.Standards).Include(i => i.Recommendations)
            .Include(i => i.PreviousRecommendations).AsSplitQuery().SingleAsync();
        Assert.Equal(new DateOnly(2020, 2, 10), inspection.Published);
        Assert.Equal(new DateOnly(2019, 9, 16), inspection.FieldworkStarted);
        Assert.Equal(OrganisationKind.CommunityRehabilitationCompany, inspection.Provider.Kind);
        Assert.Equal(10, inspection.Standards.Count);
        Assert.Equal(Rating.Good, inspection.Standards.Single(s => s.StandardId == "4.2").StatedRating);
        Assert.NotNull(inspection.Standards.Single(s => s.StandardId == "2.4").DiscretionRationale);
        Assert.Equal(Enumerable.Range(1, 8), inspection.Recommendations.Select(r => r.Number).Order());
        Assert.True(inspection.Recommendations.Single(r => r.Number == 3).IsRepeated);
        Assert.Equal(6, inspection.PreviousRecommendations.Count);
        Assert.Equal(ProgressJudgement.Sufficient, inspection.PreviousRecommendations.Single(r => r.Number == 6).Progress);

        var plan = await db.Plans.Include(p => p.Responses).SingleAsync();
        Assert.Equal(inspection.Id, plan.InspectionId);
        Assert.True(plan.Imported);
        Assert.Equal(PlanStatus.Published, plan.Status);
        Assert.Equal(new ResponseSummary(5, 2, 1), plan.Summary);
        Assert.Equal(1, await db.Organisations.CountAsync());
    }

    [SkippableFact]
    public async Task A_plan_answered_by_several_bodies_creates_each_body_once()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", postgres);
        await ImportAsync(database, SeedDocuments.PlanNpsNorthWest);

        await using var db = database.Open("reader");
        var kinds = await db.Organisations.ToDictionaryAsync(o => o.Kind, o => o.Name);
        Assert.Equal(
            [OrganisationKind.NpsDivision, OrganisationKind.Hmpps, OrganisationKind.MinistryOfJustice, OrganisationKind.Hmcts],
            kinds.Keys.OrderBy(k => k));
        var addressees = await db.Recommendations.OrderBy(r => r.Number).Select(r => r.Addressee.Kind).ToListAsync();
        Assert.Equal([OrganisationKind.NpsDivision, OrganisationKind.NpsDivision, OrganisationKind.NpsDivision, OrganisationKind.NpsDivision,
            OrganisationKind.Hmpps, OrganisationKind.Hmpps, OrganisationKind.MinistryOfJustice, OrganisationKind.Hmcts], addressees);
    }

    [SkippableFact]
    public async Task Importing_the_same_document_again_changes_nothing_and_says_so()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", postgres);
        var first = await ImportAsync(database, SeedDocuments.PlanCumbriaLancashire);
        var before = await CountsAsync(database);

        var again = await ImportAsync(database, SeedDocuments.PlanCumbriaLancashire);
        Assert.True(again.AlreadyImported);
        Assert.Equal(first.Id, again.Id);
        Assert.Contains("already imported as plan", again.Describe());
        Assert.Equal(before, await CountsAsync(database));
    }

    [SkippableFact]
    public async Task A_dry_run_reads_and_checks_everything_and_stores_nothing()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", postgres);
        var result = await ImportAsync(database, SeedDocuments.PlanCumbriaLancashire, dryRun: true);
        Assert.Null(result.Id);
        Assert.Equal(2, result.Warnings.Count);
        Assert.Equal((0, 0, 0, 0, 0), await CountsAsync(database));
    }

    [SkippableFact]
    public async Task The_source_is_kept_with_the_imported_plan_and_the_import_is_audited()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", postgres);
        var result = await ImportAsync(database, SeedDocuments.PlanNorthumbria);

        await using var db = database.Open("reader");
        var kept = await db.ImportedDocuments.SingleAsync();
        Assert.Equal(result.Id, kept.PlanId);
        Assert.Equal(await File.ReadAllBytesAsync(SeedDocuments.PlanNorthumbria), kept.Content);
        Assert.Contains(await db.AuditEntries.ToListAsync(), e => e is { Entity: "ActionPlan", Action: AuditAction.Added, Actor: "importer@test" });
    }

    [SkippableFact]
    public async Task A_plan_exported_to_Word_imports_to_the_same_recommendations_responses_and_actions()
    {
        var reading = ActionPlans.Documents.Plans.PlanReader.Read(await File.ReadAllTextAsync(SeedDocuments.PlanNpsNorthWest));
        var docx = ActionPlans.Documents.Publishing.WordPlanWriter.Write(ActionPlans.Documents.Publishing.PublishedPlan.From(reading));
        await using var fromText = await TestDatabase.CreateAsync("Sqlite", postgres);
        await using var fromWord = await TestDatabase.CreateAsync("Sqlite", postgres);
        await ImportAsync(fromText, SeedDocuments.PlanNpsNorthWest);
        await using (var db = fromWord.Open("importer@test"))
            await new DocumentImport(db, new NamedAuditActor("importer@test"), TimeProvider.System).ImportAsync("plan.docx", docx, dryRun: false);

        Assert.Equal(await ShapeAsync(fromText), await ShapeAsync(fromWord));
        Assert.Equal(8, (await ShapeAsync(fromWord)).Count);
    }

    private static async Task<List<string>> ShapeAsync(TestDatabase database)
    {
        await using var db = database.Open("reader");
        var plan = await db.Plans.Include(p => p.Responses).ThenInclude(r => r.Recommendation).ThenInclude(r => r.Addressee)
            .Include(p => p.Responses).ThenInclude(r => r.Actions).AsSplitQuery().SingleAsync();
        return plan.Responses.OrderBy(r => r.Recommendation.Number).Select(r =>
            $"{r.Recommendation.Number}|{r.Recommendation.Text}|{r.Recommendation.Addressee.Name}|{r.Kind}|" +
            string.Join("/", r.Actions.OrderBy(a => a.Position).Select(a => $"{a.Text}~{a.Owner}~{a.Target.Text}"))).ToList();
    }

    [SkippableFact]
    public async Task A_repeated_recommendation_links_to_the_previous_inspections_when_that_is_in_the_service()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", postgres);
        int earlierId;
        await using (var db = database.Open("inspector@test"))
        {
            var provider = new Organisation("Northumbria CRC", OrganisationKind.CommunityRehabilitationCompany);
            var earlier = new ActionPlans.Core.Inspections.Inspection(provider, ActionPlans.Core.Inspections.InspectionKind.CrcInspection, new DateOnly(2017, 10, 2), new DateOnly(2018, 3, 1));
            earlier.Recommend(1, "Our own wording of an older recommendation on staff supervision.", provider);
            var original = earlier.Recommend(2, "Improve the quality of management oversight to strengthen risk management and sentence plans.", provider);
            db.Inspections.Add(earlier);
            await db.SaveChangesAsync();
            earlierId = original.Id;
        }

        await ImportAsync(database, SeedDocuments.PlanNorthumbria);

        await using var reader = database.Open("reader");
        var repeated = await reader.Recommendations.SingleAsync(r => r.Number == 3 && r.InspectionId != reader.Recommendations.Single(x => x.Id == earlierId).InspectionId);
        Assert.True(repeated.IsRepeated);
        Assert.Equal(earlierId, repeated.RepeatedFromId);
        Assert.Null((await reader.Recommendations.SingleAsync(r => r.Number == 1 && r.Id != repeated.Id && r.InspectionId == repeated.InspectionId)).RepeatedFromId);
    }

    [Fact]
    public async Task An_import_leaves_what_an_inspector_recorded_and_warns_of_each_difference()
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", postgres);
        var report = new ActionPlans.Documents.Reports.InspectionReportReader().Read(await File.ReadAllTextAsync(SeedDocuments.ReportNorthumbria));
        var judged = report.PreviousRecommendations.First(r => r.Progress is not null and not ProgressJudgement.None);
        int originalId;
        await using (var db = database.Open("inspector@test"))
        {
            // An inspector recorded both inspections by hand: other dates, and a different view of progress.
            var provider = new Organisation("Northumbria CRC", OrganisationKind.CommunityRehabilitationCompany);
            var earlier = new ActionPlans.Core.Inspections.Inspection(provider, ActionPlans.Core.Inspections.InspectionKind.CrcInspection, new DateOnly(2018, 1, 8), new DateOnly(2018, 6, 1));
            var original = earlier.Recommend(judged.Number, judged.Text, provider);
            original.Judge(ProgressJudgement.None);
            var current = new ActionPlans.Core.Inspections.Inspection(provider, ActionPlans.Core.Inspections.InspectionKind.CrcInspection, new DateOnly(2019, 9, 2), new DateOnly(2020, 2, 11));
            current.RecordPreviousRecommendation(judged.Number, judged.Text, ProgressJudgement.None, original);
            db.Inspections.AddRange(earlier, current);
            await db.SaveChangesAsync();
            originalId = original.Id;
        }

        var reportWarnings = (await ImportAsync(database, SeedDocuments.ReportNorthumbria)).Warnings.Select(w => w.Message).ToList();
        var planWarnings = (await ImportAsync(database, SeedDocuments.PlanNorthumbria)).Warnings.Select(w => w.Message).ToList();

        await using var reader = database.Open("reader");
        var inspection = await reader.Inspections.Include(i => i.PreviousRecommendations).SingleAsync(i => i.Published!.Value.Year == 2020);
        Assert.Equal(new DateOnly(2019, 9, 2), inspection.FieldworkStarted);
        Assert.Equal(new DateOnly(2020, 2, 11), inspection.Published);
        Assert.Equal(ProgressJudgement.None, inspection.PreviousRecommendations.Single(r => r.Number == judged.Number).Progress);
        Assert.Equal(ProgressJudgement.None, (await reader.Recommendations.SingleAsync(r => r.Id == originalId)).JudgedProgress);
        Assert.Contains(reportWarnings, w => w.StartsWith("The report says fieldwork started on 16 September 2019; the inspection records 2 September 2019"));
        var judgedWords = judged.Progress == ProgressJudgement.Sufficient ? "sufficient progress" : "some progress";
        Assert.Contains(reportWarnings, w => w.StartsWith($"The report judges progress on previous recommendation {judged.Number} as {judgedWords}; the inspection records no progress"));
        Assert.Contains(reportWarnings, w => w.StartsWith($"The report judges progress on recommendation {judged.Number} of the previous inspection as {judgedWords}; the previous inspection records no progress"));
        Assert.Contains(planWarnings, w => w.StartsWith("The plan says the report was published on 10 February 2020; the inspection records 11 February 2020"));
    }

    public static TheoryData<string, string> BadDocuments => new()
    {
        { "empty", "The file is empty" },
        { "binary", "binary file" },
        { "huge", "MB; a plan or report is at most 20 MB" },
        { "truncated", "line 18: The text ends before the plan table" },
        { "latin1", "not UTF-8" },
        { "zip", "line 1: The file is a zip package but not a Word document" },
    };

    [SkippableTheory]
    [MemberData(nameof(BadDocuments))]
    public async Task A_document_that_is_not_a_plan_is_refused_naming_the_file_and_nothing_is_stored(string kind, string words)
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", postgres);
        var seed = await File.ReadAllBytesAsync(SeedDocuments.PlanNorthumbria);
        byte[] content = kind switch
        {
            "empty" => [],
            "binary" => [0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3],
            "huge" => new byte[50 * 1024 * 1024],
            "truncated" => seed[..(seed.Length / 12)],
            "zip" => [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0],
            _ => [.. "Action Plan Submitted: 1 May 2020\n"u8, 0xe9, 0xe9, 0xff],
        };
        if (kind == "huge") Array.Fill(content, (byte)'a');

        await using var db = database.Open("importer@test");
        var refused = await Assert.ThrowsAsync<ImportRefused>(() => new DocumentImport(db, new NamedAuditActor("importer@test"), TimeProvider.System).ImportAsync($"{kind}.txt", content, false));
        Assert.StartsWith($"{kind}.txt", refused.Message);
        Assert.Contains(words, refused.Message);
        Assert.Equal((0, 0, 0, 0, 0), await CountsAsync(database));
    }
}
