using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using ActionPlans.Web.Tests.Insight;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ActionPlans.Web.Tests.Journeys;

/// <summary>
/// A visitor who has not signed in narrows the national insight to a period, reads the ratings chart and its table,
/// and downloads the table as CSV.
/// </summary>
[Trait("Category", "Journey")]
[Collection(Chromium.Journeys)]
public sealed class InsightJourney(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task A_visitor_filters_by_period_reads_the_ratings_chart_and_table_and_downloads_the_csv()
    {
        using (var scope = chromium.Service.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            if (!await db.Organisations.AnyAsync(o => o.Name == "Wendle CRC")) await InsightWorld.AddToAsync(db);
        }
        var page = await chromium.NewPageAsync();
        await page.VisitAsync("/insight");
        await page.GetByLabel("Reports published from").FillAsync("2020-01-01");
        await page.GetByLabel("Reports published to").FillAsync("2020-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show figures" }).SubmitAsync();

        Assert.Contains("from=2020-01-01", page.Url);
        Assert.Contains("from 1 January 2020 to 31 December 2020", await page.Locator(".app-insight-scope").InnerTextAsync());
        var figure = page.Locator("#ratings-by-provider");
        // The chart is an image named by its title, which describes every bar.
        var chart = figure.GetByRole(AriaRole.Img, new() { Name = "Ratings given to all standards, by provider" });
        Assert.Equal(1, await chart.CountAsync());
        Assert.Contains("Harbourside CRC: 1 Outstanding, 1 Good", await chart.Locator("desc").TextContentAsync());
        var rows = await figure.Locator("table tbody tr").AllInnerTextsAsync();
        // Only the reports of 2020: Wendle's of 2019 is left out.
        Assert.Contains(rows, r => r.StartsWith("Harbourside CRC\t1\t1\t0\t0", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("NPS Fellside Division\t0\t10\t0\t0", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.StartsWith("Wendle CRC", StringComparison.Ordinal));

        var download = await page.RunAndWaitForDownloadAsync(() => figure.GetByRole(AriaRole.Link, new() { NameRegex = new("Download this table as CSV") }).ClickAsync());
        Assert.Equal("insight-ratings-by-provider.csv", download.SuggestedFilename);
        var csv = (await File.ReadAllLinesAsync((await download.PathAsync())!)).ToList();
        Assert.Equal("Provider,Outstanding,Good,Requires improvement,Inadequate", csv[0]);
        Assert.Equal(rows.Select(r => r.Replace('\t', ',')), csv.Skip(1));
    }
}
