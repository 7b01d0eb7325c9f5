using ActionPlans.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ActionPlans.Web.Tests.Infrastructure;

/// <summary>
/// The real service on a loopback port, with its own SQLite file and the demo loaded: requests go
/// through Kestrel and the whole pipeline, as a browser's would.
/// </summary>
public sealed class RunningService : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"actionplans-web-{Guid.NewGuid():N}");
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;
    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _app = ServiceApp.Build(["--urls", "http://127.0.0.1:0"], new Dictionary<string, string?>
        {
            [WebHostDefaults.ContentRootKey] = Repository.WebProject,
            [DatabaseSettings.ConnectionSetting] = $"Data Source={Path.Combine(_folder, "service.db")}",
            [ServiceApp.DemoSetting] = "true",
        });
        await ServiceApp.PrepareAsync(_app);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    /// <summary>The id of the demo's plan in this status (the demo has one published plan and one draft).</summary>
    public async Task<int> PlanIdAsync(ActionPlans.Core.Plans.PlanStatus status)
    {
        using var scope = Services.CreateScope();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            scope.ServiceProvider.GetRequiredService<ActionPlans.Web.Persistence.ActionPlansDb>().Plans.Where(p => p.Status == status).OrderBy(p => p.Id).Select(p => p.Id));
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see where they lead.</summary>
    public HttpClient Client() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = BaseAddress };

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
