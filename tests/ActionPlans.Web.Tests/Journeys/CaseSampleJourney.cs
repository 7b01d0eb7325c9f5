using ActionPlans.Core.Plans;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Cases;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ActionPlans.Web.Tests.Journeys;

[Trait("Category", "Journey")]
[Collection(Chromium.Journeys)]
public sealed class CaseSampleJourney(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task An_inspector_uploads_the_cases_reads_their_figures_and_rates_with_them()
    {
        int inspection;
        using (var scope = chromium.Service.Services.CreateScope())
        {
            var plan = await chromium.Service.PlanIdAsync(PlanStatus.Published);
            inspection = await scope.ServiceProvider.GetRequiredService<ActionPlansDb>().Plans.Where(p => p.Id == plan).Select(p => p.InspectionId).SingleAsync();
        }
        var file = Path.Combine(Path.GetTempPath(), $"cases-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, CaseCsv.Good);
        try
        {
            var page = await chromium.SignedInPageAsync("inspector@demo.test");
            await page.VisitAsync($"{chromium.Service.BaseAddress}inspections/{inspection}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Case sample" }).FollowAsync();

            await page.GetByLabel("CSV file of cases").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Import and replace the sample" }).SubmitAsync();
            Assert.Contains("5 case(s) imported", await page.Locator(".govuk-notification-banner").InnerTextAsync());
            var assessment = page.Locator("#key-question-figures tr[data-question='2.1.1']");
            Assert.Equal(["3", "4", "75.0", "27.7"], (await assessment.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim()));

            await page.GetByLabel("Cases", new() { Exact = true }).SelectOptionAsync("PSO cases");
            await page.GetByRole(AriaRole.Button, new() { Name = "Show figures" }).SubmitAsync();
            Assert.Equal(["1", "2", "50.0", "45.3"], (await assessment.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim()));

            await page.GetByRole(AriaRole.Link, new() { Name = "Use these figures on the ratings page" }).FollowAsync();
            Assert.Contains("Typed figure differs by -4 points", await page.Locator(".app-from-cases[data-question='2.1.1']").InnerTextAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = "Use the case sample's figures" }).SubmitAsync();
            Assert.Equal("75", await page.Locator("#Standards_4__Figures_0__Current").InputValueAsync());
            Assert.Equal("50", await page.Locator("#Standards_4__Figures_2__Current").InputValueAsync());
            var standard = page.Locator("fieldset#standard-2\\.1");
            // 75 and 50 from the cases, 63 as typed for 2.1.2, which no case answers: the lowest decides.
            Assert.Contains("Requires improvement (lowest 50%)", await standard.InnerTextAsync());

            await page.Locator("#Standards_4__Stated").SelectOptionAsync("RequiresImprovement");
            // The one unpaid work case answered 4.1.1 yes: the rules now read 4.1 as outstanding, not the good it was given.
            await page.GetByRole(AriaRole.Button, new() { Name = "Save ratings" }).SubmitAsync();
            Assert.Contains("Standard 4.1 is rated Good but its figures give Outstanding", await page.Locator(".govuk-error-summary").InnerTextAsync());
            await page.Locator("#Standards_8__Stated").SelectOptionAsync("Outstanding");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save ratings" }).SubmitAsync();
            await page.WaitForURLAsync($"**/inspections/{inspection}");
            Assert.Contains("Requires improvement (lowest 50%)", await page.Locator("tr", new() { HasText = "2.1 Assessment" }).InnerTextAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
