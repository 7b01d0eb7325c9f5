using Microsoft.Playwright;

namespace ActionPlans.Web.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download), with the flags this closed network needs,
/// and the running service beside it.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>Browser journeys run one after another: several Chromiums at once starve a two-core machine.</summary>
    public const string Journeys = "Browser journeys";

    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    // xunit builds a class fixture through its one public constructor.
    public Chromium() : this(new RunningService()) { }

    private Chromium(RunningService service) => Service = service;

    /// <summary>A browser beside <paramref name="service"/>, which it starts (it must not have been started) and stops.</summary>
    public static Chromium Beside(RunningService service) => new(service);

    public RunningService Service { get; }
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"Browser tests need Chromium at {ExecutablePath}: apt-get install -y chromium (.ci/run does this).");
        await Service.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Service.BaseAddress.ToString() });
        return await context.NewPageAsync();
    }

    /// <summary>A new page already signed in as a demo account, the way a person signs in.</summary>
    public async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await NewPageAsync();
        await page.VisitAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(ActionPlans.Web.Infrastructure.Demo.DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).SubmitAsync();
        await page.WaitForURLAsync("**/inspections");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Service.DisposeAsync();
    }
}

[CollectionDefinition(Chromium.Journeys)]
public sealed class JourneyCollection;
