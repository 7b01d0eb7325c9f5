using ActionPlans.Documents.Tests.Fixtures;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace ActionPlans.Web.Tests.Journeys;

[Trait("Category", "Journey")]
[Collection(Chromium.Journeys)]
public sealed class ImportJourney(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task An_inspector_uploads_a_published_plan_checks_the_reading_and_saves_it()
    {
        var plan = Layouts.PlanWithLostBullets(Copy.Own);
        var page = await chromium.SignedInPageAsync("inspector@demo.test");

        await page.GetByRole(AriaRole.Link, new() { Name = "Import", Exact = true }).FollowAsync();
        await page.GetByLabel("Upload a file").SetInputFilesAsync(plan);
        await page.GetByRole(AriaRole.Button, new() { Name = "Read the file" }).SubmitAsync();

        Assert.Equal("Check what was read", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("Warnings (2)", await page.Locator("h2", new() { HasText = "Warnings" }).InnerTextAsync());
        // The warnings point at their source lines, which are highlighted.
        Assert.Equal(2, await page.Locator("tr.app-source__line--warning").CountAsync());
        Assert.Equal("line-29", await page.Locator("tr.app-source__line--warning").First.GetAttributeAsync("id"));
        Assert.Equal(7, await page.Locator(".app-reading").CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).SubmitAsync();
        await page.WaitForURLAsync("**/plans/*");
        Assert.Contains("imported as plan", await page.Locator(".govuk-notification-banner").InnerTextAsync());
        Assert.Contains("Harrowfield & Stoke", await page.Locator("h1").InnerTextAsync());
        Assert.Contains(Path.GetFileName(plan), await page.Locator(".app-imported").InnerTextAsync());
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".app-imported a").ClickAsync());
        Assert.Equal(await File.ReadAllBytesAsync(plan), await File.ReadAllBytesAsync((await download.PathAsync())!));

        await page.VisitAsync("/");
        Assert.Contains("Harrowfield & Stoke", await page.Locator("main table").InnerTextAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_a_plan_is_refused_with_the_error_summary()
    {
        var page = await chromium.SignedInPageAsync("coordinator@demo.test");
        await page.VisitAsync("/import");
        await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload { Name = "notes.txt", MimeType = "text/plain", Buffer = "Shopping list\nmilk\neggs\n"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Read the file" }).SubmitAsync();

        var summary = await page.Locator(".govuk-error-summary").InnerTextAsync();
        Assert.Contains("notes.txt", summary);
        Assert.Contains("not an action plan", summary);
        Assert.StartsWith("Error:", await page.TitleAsync());
    }
}
