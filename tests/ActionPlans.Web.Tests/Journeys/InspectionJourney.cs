using ActionPlans.Documents.Tests.Fixtures;
using ActionPlans.Web.Features.Import;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ActionPlans.Web.Tests.Journeys;

[Trait("Category", "Journey")]
[Collection(Chromium.Journeys)]
public sealed class InspectionJourney(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task A_visitor_goes_from_a_published_plan_to_the_inspection_and_reads_its_ratings_and_figures()
    {
        using (var scope = chromium.Service.Services.CreateScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<DocumentImport>();
            foreach (var document in new[] { Layouts.Report(Copy.Own), Layouts.PlanInHtmlCells(Copy.Own) })
                await importer.ImportAsync(Path.GetFileName(document), await File.ReadAllBytesAsync(document), dryRun: false);
        }

        var page = await chromium.NewPageAsync();
        await page.VisitAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kestrel Vale Community Rehabilitation Company" }).FollowAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "The inspection" }).FollowAsync();

        Assert.Equal("Kestrel Vale Community Rehabilitation Company", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("score 13 of 30", await page.Locator(".govuk-summary-list").InnerTextAsync());
        Assert.Equal(3, await page.Locator(".app-discretion").CountAsync());
        var reviewing = page.Locator("tr", new() { HasText = "2.4 Reviewing" });
        Assert.Equal("Requires improvement", await reviewing.Locator(".govuk-tag").First.InnerTextAsync());
        Assert.Contains("Inadequate (lowest 47%)", await reviewing.InnerTextAsync());
        Assert.True(await page.Locator("svg.app-figure-bar").CountAsync() >= 17);

        var recommendations = page.Locator("table.app-recommendations tbody tr");
        Assert.Equal(8, await recommendations.CountAsync());
        Assert.Contains("Not Agreed", await recommendations.Nth(6).InnerTextAsync());
        Assert.Contains("repeated from the previous inspection", await recommendations.Nth(2).InnerTextAsync());
        Assert.Equal(6, await page.Locator("h2:has-text('previous inspection') + table tbody tr").CountAsync());
    }
}
