using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Ratings;
using ActionPlans.Core.Recommendations;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Documents.Tests.Fixtures;
using ActionPlans.Web.Features.Import;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Import;

/// <summary>
/// Importing documents in the published layouts (our own copies, and the published documents when at hand) into a real
/// database, in either order, once only, all or nothing.
/// </summary>
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

    /// <summary>What each copy's report and plan say that the import keeps.</summary>
    private static (DateOnly Published, DateOnly Fieldwork, ProgressJudgement SixthPrevious) Joined(Copy copy) => copy == Copy.Own
        ? (new DateOnly(2025, 3, 10), new DateOnly(2024, 10, 14), ProgressJudgement.Some)
        : (new DateOnly(2020, 2, 10), new DateOnly(2019, 9, 16), ProgressJudgement.Sufficient);

    [SkippableTheory]
    [InlineData(Copy.Own, "Sqlite", true)]
    [InlineData(Copy.Own, "Sqlite", false)]
    [InlineData(Copy.Own, "Postgres", true)]
    [InlineData(Copy.Published, "Sqlite", true)]
    [InlineData(Copy.Published, "Sqlite", false)]
    [InlineData(Copy.Published, "Postgres", true)]
    public async Task A_report_and_the_plan_that_answers_it_join_on_one_inspection_whichever_comes_first(Copy copy, string provider, bool reportFirst)
    {
        string[] order = reportFirst ? [Layouts.Report(copy), Layouts.PlanInHtmlCells(copy)] : [Layouts.PlanInHtmlCells(copy), Layouts.Report(copy)];
        var expected = Joined(copy);
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        foreach (var path in order)
        {
            var result = await ImportAsync(database, path);
            Assert.DoesNotContain(result.Warnings, w => w.Message.Contains("reads differently"));
        }

        await using var db = database.Open("reader");
        var inspection = await db.Inspections.Include(i => i.Provider).Include(i => i.Standards).Include(i => i.Recommendations)
            .Include(i => i.PreviousRecommendations).AsSplitQuery().SingleAsync();
        Assert.Equal(expected.Published, inspection.Published);
        Assert.Equal(expected.Fieldwork, inspection.FieldworkStarted);
        Assert.Equal(OrganisationKind.CommunityRehabilitationCompany, inspection.Provider.Kind);
        Assert.Equal(10, inspection.Standards.Count);
        Assert.Equal(Rating.Good, inspection.Standards.Single(s => s.StandardId == "4.2").StatedRating);
        Assert.NotNull(inspection.Standards.Single(s => s.StandardId == "2.4").DiscretionRationale);
        Assert.Equal(Enumerable.Range(1, 8), inspection.Recommendations.Select(r => r.Number).Order());
        Assert.True(inspection.Recommendations.Single(r => r.Number == 3).IsRepeated);
        Assert.Equal(6, inspection.PreviousRecommendations.Count);
        Assert.Equal(expected.SixthPrevious, inspection.PreviousRecommendations.Single(r => r.Number == 6).Progress);

        var plan = await db.Plans.Include(p => p.Responses).SingleAsync();
        Assert.Equal(inspection.Id, plan.InspectionId);
        Assert.True(plan.Imported);
        Assert.Equal(PlanStatus.Published, plan.Status);
        Assert.Equal(new ResponseSummary(5, 2, 1), plan.Summary);
        Assert.Equal(1, await db.Organisations.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public async Task A_plan_answered_by_several_bodies_creates_each_body_once(Copy copy)
    {
        var path = Layouts.PlanWithAddresseeHeaders(copy);
        await using var database = await TestDatabase.CreateAsync("Sqlite", postgres);
        await ImportAsync(database, path);

        await using var db = database.Open("reader");
        var kinds = await db.Organisations.ToDictionaryAsync(o => o.Kind, o => o.Name);
        Assert.Equal(
            [OrganisationKind.NpsDivision, OrganisationKind.Hmpps, OrganisationKind.MinistryOfJustice, OrganisationKind.Hmcts],
            kinds.Keys.OrderBy(k => k));
        var addressees = await db.Recommendations.OrderBy(r => r.Number).Select(r => r.Addressee.Kind).ToListAsync();
        Assert.Equal([OrganisationKind.NpsDivision, OrganisationKind.NpsDivision, OrganisationKind.NpsDivision, OrganisationKind.NpsDivision,
            OrganisationKind.Hmpps, OrganisationKind.Hmpps, OrganisationKind.MinistryOfJustice, OrganisationKind.Hmcts], addressees);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public async Task Importing_the_same_document_again_changes_nothing_and_says_so(Copy copy)
    {
        var path = Layouts.PlanWithLostBullets(copy);
        await using var database = await TestDatabase.CreateAsync("Sqlite", postgres);
        var first = await ImportAsync(database, path);
        var before = await CountsAsync(database);

        var again = await ImportAsync(database, path);
        Assert.True(again.AlreadyImported);
        Assert.Equal(first.Id, again.Id);
        Assert.Contains("already imported as plan", again.Describe());
        Assert.Equal(before, await CountsAsync(database));
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public async Task A_dry_run_reads_and_checks_everything_and_stores_nothing(Copy copy)
    {
        var path = Layouts.PlanWithLostBullets(copy);
        await using var database = await TestDatabase.CreateAsync("Sqlite", postgres);
        var result = await ImportAsync(database, path, dryRun: true);
        Assert.Null(result.Id);
        Assert.Equal(2, result.Warnings.Count);
        Assert.Equal((0, 0, 0, 0, 0), await CountsAsync(database));
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public async Task The_source_is_kept_with_the_imported_plan_and_the_import_is_audited(Copy copy)
    {
        var path = Layouts.PlanInHtmlCells(copy);
        await using var database = await TestDatabase.CreateAsync("Sqlite", postgres);
        var result = await ImportAsync(database, path);

        await using var db = database.Open("reader");
        var kept = await db.ImportedDocuments.SingleAsync();
        Assert.Equal(result.Id, kept.PlanId);
        Assert.Equal(await File.ReadAllBytesAsync(path), kept.Content);
        Assert.Contains(await db.AuditEntries.ToListAsync(), e => e is { Entity: "ActionPlan", Action: AuditAction.Added, Actor: "importer@test" });
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public async Task A_plan_exported_to_Word_imports_to_the_same_recommendations_responses_and_actions(Copy copy)
    {
        var path = Layouts.PlanWithAddresseeHeaders(copy);
        var reading = ActionPlans.Documents.Plans.PlanReader.Read(await File.ReadAllTextAsync(path));
        var docx = ActionPlans.Documents.Publishing.WordPlanWriter.Write(ActionPlans.Documents.Publishing.PublishedPlan.From(reading));
        await using var fromText = await TestDatabase.CreateAsync("Sqlite", postgres);
        await using var fromWord = await TestDatabase.CreateAsync("Sqlite", postgres);
        await ImportAsync(fromText, path);
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

    [SkippableTheory]
    [InlineData(Copy.Own, "Kestrel Vale CRC", "Strengthen how managers check cases, so that risk and sentence plans are sharper.")]
    [InlineData(Copy.Published, "Northumbria CRC", "Improve the quality of management oversight to strengthen risk management and sentence plans.")]
    public async Task A_repeated_recommendation_links_to_the_previous_inspections_when_that_is_in_the_service(Copy copy, string providerName, string olderWording)
    {
        var path = Layouts.PlanInHtmlCells(copy);
        await using var database = await TestDatabase.CreateAsync("Sqlite", postgres);
        int earlierId;
        await using (var db = database.Open("inspector@test"))
        {
            var provider = new Organisation(providerName, OrganisationKind.CommunityRehabilitationCompany);
            var earlier = new ActionPlans.Core.Inspections.Inspection(provider, ActionPlans.Core.Inspections.InspectionKind.CrcInspection, new DateOnly(2017, 10, 2), new DateOnly(2018, 3, 1));
            earlier.Recommend(1, "Our own wording of an older recommendation on staff supervision.", provider);
            var original = earlier.Recommend(2, olderWording, provider);
            db.Inspections.Add(earlier);
            await db.SaveChangesAsync();
            earlierId = original.Id;
        }

        await ImportAsync(database, path);

        await using var reader = database.Open("reader");
        var repeated = await reader.Recommendations.SingleAsync(r => r.Number == 3 && r.InspectionId != reader.Recommendations.Single(x => x.Id == earlierId).InspectionId);
        Assert.True(repeated.IsRepeated);
        Assert.Equal(earlierId, repeated.RepeatedFromId);
        Assert.Null((await reader.Recommendations.SingleAsync(r => r.Number == 1 && r.Id != repeated.Id && r.InspectionId == repeated.InspectionId)).RepeatedFromId);
    }

    /// <summary>A provider as an inspector recorded it by hand, with dates a little off what each copy's documents say.</summary>
    private sealed record Recorded(string Provider, DateOnly EarlierStarted, DateOnly EarlierPublished, DateOnly Started, DateOnly Published, string ReportSays, string PlanSays);

    private static Recorded ByHand(Copy copy) => copy == Copy.Own
        ? new("Kestrel Vale CRC", new(2023, 1, 9), new(2023, 6, 1), new(2024, 10, 1), new(2025, 3, 11),
            "The report says fieldwork started on 14 October 2024; the inspection records 1 October 2024",
            "The plan says the report was published on 10 March 2025; the inspection records 11 March 2025")
        : new("Northumbria CRC", new(2018, 1, 8), new(2018, 6, 1), new(2019, 9, 2), new(2020, 2, 11),
            "The report says fieldwork started on 16 September 2019; the inspection records 2 September 2019",
            "The plan says the report was published on 10 February 2020; the inspection records 11 February 2020");

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public async Task An_import_leaves_what_an_inspector_recorded_and_warns_of_each_difference(Copy copy)
    {
        var recorded = ByHand(copy);
        var (reportPath, planPath) = (Layouts.Report(copy), Layouts.PlanInHtmlCells(copy));
        await using var database = await TestDatabase.CreateAsync("Sqlite", postgres);
        var report = new ActionPlans.Documents.Reports.InspectionReportReader().Read(await File.ReadAllTextAsync(reportPath));
        var judged = report.PreviousRecommendations.First(r => r.Progress is not null and not ProgressJudgement.None);
        int originalId;
        await using (var db = database.Open("inspector@test"))
        {
            // An inspector recorded both inspections by hand: other dates, and a different view of progress.
            var provider = new Organisation(recorded.Provider, OrganisationKind.CommunityRehabilitationCompany);
            var earlier = new ActionPlans.Core.Inspections.Inspection(provider, ActionPlans.Core.Inspections.InspectionKind.CrcInspection, recorded.EarlierStarted, recorded.EarlierPublished);
            var original = earlier.Recommend(judged.Number, judged.Text, provider);
            original.Judge(ProgressJudgement.None);
            var current = new ActionPlans.Core.Inspections.Inspection(provider, ActionPlans.Core.Inspections.InspectionKind.CrcInspection, recorded.Started, recorded.Published);
            current.RecordPreviousRecommendation(judged.Number, judged.Text, ProgressJudgement.None, original);
            db.Inspections.AddRange(earlier, current);
            await db.SaveChangesAsync();
            originalId = original.Id;
        }

        var reportWarnings = (await ImportAsync(database, reportPath)).Warnings.Select(w => w.Message).ToList();
        var planWarnings = (await ImportAsync(database, planPath)).Warnings.Select(w => w.Message).ToList();

        await using var reader = database.Open("reader");
        var inspection = await reader.Inspections.Include(i => i.PreviousRecommendations).SingleAsync(i => i.Published == recorded.Published);
        Assert.Equal(recorded.Started, inspection.FieldworkStarted);
        Assert.Equal(recorded.Published, inspection.Published);
        Assert.Equal(ProgressJudgement.None, inspection.PreviousRecommendations.Single(r => r.Number == judged.Number).Progress);
        Assert.Equal(ProgressJudgement.None, (await reader.Recommendations.SingleAsync(r => r.Id == originalId)).JudgedProgress);
        Assert.Contains(reportWarnings, w => w.StartsWith(recorded.ReportSays));
        var judgedWords = judged.Progress.Words().ToLowerInvariant();
        Assert.Contains(reportWarnings, w => w.StartsWith($"The report judges progress on previous recommendation {judged.Number} as {judgedWords}; the inspection records no progress"));
        Assert.Contains(reportWarnings, w => w.StartsWith($"The report judges progress on recommendation {judged.Number} of the previous inspection as {judgedWords}; the previous inspection records no progress"));
        Assert.Contains(planWarnings, w => w.StartsWith(recorded.PlanSays));
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

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task A_document_that_is_not_a_plan_is_refused_naming_the_file_and_nothing_is_stored(string kind, string words)
    {
        await using var database = await TestDatabase.CreateAsync("Sqlite", postgres);
        var plan = await File.ReadAllBytesAsync(Layouts.PlanInHtmlCells(Copy.Own));
        byte[] content = kind switch
        {
            "empty" => [],
            "binary" => [0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3],
            "huge" => new byte[50 * 1024 * 1024],
            "truncated" => plan[..(plan.Length / 12)],
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
