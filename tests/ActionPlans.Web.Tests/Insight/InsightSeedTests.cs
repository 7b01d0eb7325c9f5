using ActionPlans.Core.Insight;
using ActionPlans.Documents.Tests.Fixtures;
using ActionPlans.Web.Features.Import;
using ActionPlans.Web.Features.Insight;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Insight;

/// <summary>
/// The published Northumbria report and the plan that answers it, imported, counted as the documents say: five
/// standards Good and five Requires improvement (a score of 15, Requires improvement overall), and the plan's five
/// agreed, two partly agreed and one not agreed.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class InsightSeedTests(ThrowawayPostgres postgres)
{
    [SkippableTheory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task The_published_report_and_plan_are_counted_as_the_documents_say(string provider)
    {
        string[] documents = [Layouts.Report(Copy.Published), Layouts.PlanInHtmlCells(Copy.Published)];
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        foreach (var path in documents)
        {
            await using var importing = database.Open("inspector@test");
            await new DocumentImport(importing, new NamedAuditActor("inspector@test"), TimeProvider.System).ImportAsync(Path.GetFileName(path), await File.ReadAllBytesAsync(path), false);
        }

        await using var db = database.Open("reader");
        var filter = InsightFilter.Everything(DateOnly.FromDateTime(DateTime.UtcNow));
        var scope = new InsightScope(db, filter);
        var ratings = await RatingsInsight.ReadAsync(scope, default);
        var responses = await ResponsesInsight.ReadAsync(scope, default);

        Assert.Equal(10, ratings.Standards.Count);
        Assert.Equal([(2020, new RatingCounts(0, 5, 5, 0))], ratings.ByYear);
        Assert.Equal(new RatingCounts(0, 1, 0, 0), ratings.Standards.Single(s => s.Id == "4.2").Counts);
        Assert.Equal([(15, 1)], ratings.Scores);
        Assert.Equal(new RatingCounts(0, 0, 1, 0), ratings.Overall);
        Assert.Equal(new ResponseCounts(5, 2, 1), responses.Total);
    }
}
