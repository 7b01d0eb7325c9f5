using ActionPlans.Core.Plans;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ActionPlans.Web.Tests.Journeys;

[Trait("Category", "Journey")]
[Collection(Chromium.Journeys)]
public sealed class ThemeCorrectionJourney(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task An_inspector_puts_a_recommendation_in_a_theme_and_sees_the_count_move_on_the_insight()
    {
        int inspection;
        using (var scope = chromium.Service.Services.CreateScope())
        {
            var plan = await chromium.Service.PlanIdAsync(PlanStatus.Published);
            inspection = await scope.ServiceProvider.GetRequiredService<ActionPlansDb>().Plans.Where(p => p.Id == plan).Select(p => p.InspectionId).SingleAsync();
        }
        var page = await chromium.SignedInPageAsync("inspector@demo.test");
        var training = page.Locator("#themes-by-theme-table tbody tr", new() { HasText = "Training" }).Locator("td");

        await page.VisitAsync("/insight");
        var before = int.Parse(await training.InnerTextAsync());

        await page.VisitAsync($"/inspections/{inspection}/recommendations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Themes of recommendation 3" }).FollowAsync();
        Assert.True(await page.GetByLabel("Estates and IT").IsCheckedAsync());
        await page.GetByLabel("Training").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save themes" }).SubmitAsync();
        Assert.Contains("Themes of recommendation 3 saved.", await page.Locator("main").InnerTextAsync());

        await page.VisitAsync("/insight");
        Assert.Equal(before + 1, int.Parse(await training.InnerTextAsync()));
    }
}
