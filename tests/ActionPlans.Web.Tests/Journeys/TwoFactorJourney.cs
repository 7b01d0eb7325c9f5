using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Tests.Infrastructure;
using ActionPlans.Web.Tests.SignIn;
using Microsoft.Playwright;

namespace ActionPlans.Web.Tests.Journeys;

[Trait("Category", "Journey")]
[Collection(Chromium.Journeys)]
public sealed class TwoFactorJourney(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task The_inspector_scans_the_QR_code_from_the_screen_turns_two_factor_on_and_signs_in_with_a_code()
    {
        var page = await chromium.SignedInPageAsync("inspector@demo.test");
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        await page.GetByRole(AriaRole.Link, new() { Name = "Two-factor sign-in" }).FollowAsync();
        Assert.Equal("Set up two-factor sign-in", await page.Locator("h1").InnerTextAsync());
        // What the phone's camera sees: the code as the browser draws it.
        var picture = Path.Combine(Path.GetTempPath(), $"actionplans-qr-{Guid.NewGuid():N}.png");
        await page.Locator("svg.app-qr-code").ScreenshotAsync(new() { Path = picture });
        var scanned = await Authenticator.ReadPictureAsync(picture);
        File.Delete(picture);
        var key = System.Web.HttpUtility.ParseQueryString(scanned.Split('?')[1])["secret"]!;
        Assert.Equal(key.ToLowerInvariant(), (await page.Locator("code.app-authenticator-key").InnerTextAsync()).Replace(" ", ""));

        await page.GetByLabel("Code from the app").FillAsync(Authenticator.Now(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).SubmitAsync();
        Assert.Equal("Two-factor sign-in is on", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(10, await page.Locator(".app-recovery-codes li").CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).SubmitAsync();
        await page.VisitAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync("inspector@demo.test");
        await page.GetByLabel("Password").FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).SubmitAsync();
        Assert.Equal("Enter your code", await page.Locator("h1").InnerTextAsync());
        await page.GetByLabel("Code").FillAsync(Authenticator.Now(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).SubmitAsync();
        await page.WaitForURLAsync("**/inspections");
        Assert.Empty(errors);
    }
}
