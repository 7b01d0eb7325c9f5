using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ActionPlans.Web.Tests.Journeys;

[Trait("Category", "Journey")]
[Collection(Chromium.Journeys)]
public sealed class SignInJourney(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task The_demo_inspector_signs_in_from_the_home_page_and_sees_the_demo_inspection()
    {
        var page = await chromium.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        await page.VisitAsync("/");
        Assert.Equal("Inspection action plans", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Fenmoor and Dales CRC", await page.Locator("main table").InnerTextAsync());
        // GOV.UK Frontend started from our own script file: the content security policy let it run.
        Assert.Contains("govuk-frontend-supported", await page.Locator("body").GetAttributeAsync("class") ?? "");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).FollowAsync();
        await page.GetByLabel("Email address").FillAsync("inspector@demo.test");
        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).SubmitAsync();

        await page.WaitForURLAsync("**/inspections");
        var table = await page.Locator("main table").InnerTextAsync();
        Assert.Contains("Fenmoor and Dales CRC", table);
        Assert.Contains("NPS Midshire Division", table);

        await page.Locator("tr", new() { HasText = "12 June 2025" }).GetByRole(AriaRole.Link, new() { Name = "Fenmoor and Dales CRC" }).FollowAsync();
        Assert.Equal("Fenmoor and Dales CRC", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("Inadequate", await page.Locator("main").InnerTextAsync());
        Assert.Empty(errors);
    }
}
