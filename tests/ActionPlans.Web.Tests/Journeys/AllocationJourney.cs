using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ActionPlans.Web.Tests.Journeys;

[Trait("Category", "Journey")]
[Collection(Chromium.Journeys)]
public sealed class AllocationJourney(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task An_inspector_checks_a_case_against_northumbrias_guidance_and_starts_a_guidance_from_it()
    {
        var page = await chromium.SignedInPageAsync("inspector@demo.test");

        await page.GetByRole(AriaRole.Link, new() { Name = "Allocation", Exact = true }).FollowAsync();
        await page.GetByLabel("Provider").SelectOptionAsync(new SelectOptionValue { Label = "Northumbria CRC" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).SubmitAsync();

        await page.GetByLabel("OGRS 3 score").FillAsync("93");
        await page.GetByLabel("Medium").CheckAsync();
        await page.GetByLabel("Prevent case").CheckAsync();
        await page.GetByLabel("Hate crime").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check allocation" }).SubmitAsync();
        Assert.Equal("Red", (await page.Locator("#answer h2").InnerTextAsync()).Trim());
        var summary = await page.Locator("main .govuk-summary-list").First.InnerTextAsync();
        Assert.Contains("Automatic Red: a Prevent case", summary);
        Assert.Contains("Consider a PO: hate crime", summary);

        await page.GetByRole(AriaRole.Link, new() { Name = "Allocation guidances" }).FollowAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Start a guidance from it (Northumbria CRC)" }).FollowAsync();
        // A cell with a band the guidance does not list is refused, naming where it is.
        var json = await page.GetByLabel("Guidance (JSON)").InputValueAsync();
        await page.GetByLabel("Guidance (JSON)").FillAsync(json.Replace("\"low\": { \"low\": \"Green\"", "\"low\": { \"low\": \"Grey\""));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save guidance" }).SubmitAsync();
        Assert.Contains("$.matrix.low.low: 'Grey' is not one of the guidance's bands", await page.Locator(".govuk-error-summary").InnerTextAsync());

        await page.GetByLabel("Guidance (JSON)").FillAsync(json.Replace("\"validFrom\": \"2019-07-01\"", "\"validFrom\": \"2020-01-01\""));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save guidance" }).SubmitAsync();
        await page.WaitForURLAsync("**/allocation/guidances");
        Assert.Contains("The allocation guidance of Northumbria CRC was saved.", await page.Locator(".govuk-notification-banner").InnerTextAsync());
    }
}
