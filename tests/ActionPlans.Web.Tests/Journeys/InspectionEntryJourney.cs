using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ActionPlans.Web.Tests.Journeys;

[Trait("Category", "Journey")]
[Collection(Chromium.Journeys)]
public sealed class InspectionEntryJourney(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task An_inspector_records_an_inspection_its_figures_ratings_and_recommendations()
    {
        var page = await chromium.SignedInPageAsync("inspector@demo.test");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record an inspection" }).FollowAsync();
        await page.GetByLabel("Provider inspected").SelectOptionAsync(new SelectOptionValue { Label = "Fenmoor and Dales CRC" });
        await page.GetByLabel("Community Rehabilitation Company").CheckAsync();
        await page.Locator("#Fieldwork_Day").FillAsync("31");
        await page.Locator("#Fieldwork_Month").FillAsync("2");
        await page.Locator("#Fieldwork_Year").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and enter ratings" }).SubmitAsync();
        Assert.Contains("must be a real date", await page.Locator(".govuk-error-summary").InnerTextAsync());

        await page.Locator("#Fieldwork_Day").FillAsync("2");
        await page.Locator("#Published_Day").FillAsync("20");
        await page.Locator("#Published_Month").FillAsync("10");
        await page.Locator("#Published_Year").FillAsync("2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and enter ratings" }).SubmitAsync();
        await page.WaitForURLAsync("**/ratings");

        var assessment = page.Locator("fieldset#standard-2\\.1");
        await page.Locator("#Standards_4__Figures_0__Current").FillAsync("70");
        await page.Locator("#Standards_4__Figures_1__Current").FillAsync("62");
        await page.Locator("#Standards_4__Figures_2__Current").FillAsync("58");
        await page.Locator("#Standards_4__Stated").SelectOptionAsync("Good");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check ratings" }).SubmitAsync();
        var checkedText = await assessment.InnerTextAsync();
        Assert.True(checkedText.Contains("Requires improvement (lowest 58%)"), checkedText);
        Assert.Contains("Differs from the rating given", await assessment.InnerTextAsync());

        await page.Locator("#Standards_4__Figures_2__Current").FillAsync("158");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save ratings" }).SubmitAsync();
        Assert.Contains("must be a percentage from 0 to 100", await page.Locator(".govuk-error-summary").InnerTextAsync());

        await page.Locator("#Standards_4__Figures_2__Current").FillAsync("58");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save ratings" }).SubmitAsync();
        Assert.Contains("neither within 5 points", await page.Locator(".govuk-error-summary").InnerTextAsync());

        await page.Locator("#Standards_4__Stated").SelectOptionAsync("RequiresImprovement");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save ratings" }).SubmitAsync();
        await page.WaitForURLAsync("**/inspections/*");
        var assessed = page.Locator("tr", new() { HasText = "2.1 Assessment" });
        Assert.Contains("Requires improvement (lowest 58%)", await assessed.InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Enter recommendations" }).FollowAsync();
        await page.GetByLabel("Recommendation", new() { Exact = true }).FillAsync("Fenmoor and Dales CRC should review <b>every</b> case within six weeks.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add recommendation" }).SubmitAsync();
        Assert.True(await page.Locator(".govuk-notification-banner").CountAsync() == 1, await page.Locator("main").InnerTextAsync());
        Assert.Contains("Recommendation 1 added", await page.Locator(".govuk-notification-banner").InnerTextAsync());
        Assert.Contains("<b>every</b>", await page.Locator("table").First.InnerTextAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Start from the previous inspection's recommendations" }).SubmitAsync();
        await page.GetByLabel("Progress on recommendation 2").SelectOptionAsync("Sufficient");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save progress judgements" }).SubmitAsync();
        Assert.Equal("Sufficient", await page.GetByLabel("Progress on recommendation 2").InputValueAsync());
        Assert.Equal(4, await page.Locator("select[id^=Progress_]").CountAsync());
    }
}
