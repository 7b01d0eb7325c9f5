using ActionPlans.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ActionPlans.Web.Tests.Infrastructure;

/// <summary>
/// The real service on a loopback port, with its own SQLite file and the demo loaded: requests go
/// through Kestrel and the whole pipeline, as a browser's would.
/// </summary>
public sealed class RunningService : IAsyncLifetime, IAsyncDisposable
{
    private readonly string _folder;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly bool _ownsFolder;
    private readonly TimeProvider? _clock;
    private WebApplication? _app;

    public RunningService() : this(Path.Combine(Path.GetTempPath(), $"actionplans-web-{Guid.NewGuid():N}"), new Dictionary<string, string?>(), ownsFolder: true) { }

    private RunningService(string folder, IReadOnlyDictionary<string, string?> settings, bool ownsFolder, TimeProvider? clock = null)
    {
        _folder = folder;
        _settings = settings;
        _ownsFolder = ownsFolder;
        _clock = clock;
    }

    /// <summary>The service with the demo on a database of its own, telling the time by <paramref name="clock"/>, removed when disposed.</summary>
    public static async Task<RunningService> WithClockAsync(TimeProvider clock)
    {
        var service = new RunningService(Path.Combine(Path.GetTempPath(), $"actionplans-web-{Guid.NewGuid():N}"), new Dictionary<string, string?>(), ownsFolder: true, clock);
        await service.InitializeAsync();
        return service;
    }

    /// <summary>
    /// Starts the service with extra settings on a database in <paramref name="folder"/> that outlives it, so
    /// that it can be stopped (disposed) and started again, or run twice at once, on the same data.
    /// </summary>
    public static async Task<RunningService> StartAsync(string folder, IReadOnlyDictionary<string, string?> settings, TimeProvider? clock = null)
    {
        var service = new RunningService(folder, settings, ownsFolder: false, clock);
        await service.InitializeAsync();
        return service;
    }

    /// <summary>As <see cref="StartAsync"/>, but not yet started: for a fixture that starts it (a browser's).</summary>
    public static RunningService Unstarted(string folder, IReadOnlyDictionary<string, string?> settings, TimeProvider? clock = null) =>
        new(folder, settings, ownsFolder: false, clock);

    /// <summary>The service with the demo on a database of its own on <paramref name="provider"/> (Sqlite or Postgres), removed when disposed.</summary>
    public static async Task<RunningService> OnAsync(string provider, ThrowawayPostgres postgres)
    {
        var settings = provider == "Postgres"
            ? new Dictionary<string, string?> { [DatabaseSettings.ProviderSetting] = "Postgres", [DatabaseSettings.ConnectionSetting] = postgres.NewDatabase() }
            : new Dictionary<string, string?>();
        var service = new RunningService(Path.Combine(Path.GetTempPath(), $"actionplans-web-{Guid.NewGuid():N}"), settings, ownsFolder: true);
        await service.InitializeAsync();
        return service;
    }

    public Uri BaseAddress { get; private set; } = null!;
    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var settings = new Dictionary<string, string?>
        {
            [WebHostDefaults.ContentRootKey] = Repository.WebProject,
            [DatabaseSettings.ConnectionSetting] = $"Data Source={Path.Combine(_folder, "service.db")}",
            [ServiceApp.DemoSetting] = "true",
            // Tests sign in as staff with the password alone and many times a minute; the tests of these turn them back on.
            [SecuritySettings.RequireTwoFactorSetting] = "false",
            ["RateLimits:SignIn"] = "100000",
        };
        foreach (var (key, value) in _settings) settings[key] = value;
        _app = ServiceApp.Build(["--urls", "http://127.0.0.1:0"], settings, _clock);
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
            scope.ServiceProvider.GetRequiredService<ActionPlans.Web.Infrastructure.Persistence.ActionPlansDb>().Plans.Where(p => p.Status == status).OrderBy(p => p.Id).Select(p => p.Id));
    }

    /// <summary>
    /// Adds an account beside the demo's, with the demo password, acting for the named organisation (added as
    /// <paramref name="kind"/> when the service does not have it); an account that exists already is left as it is.
    /// </summary>
    public async Task AddAccountAsync(string email, string role, string organisation, ActionPlans.Core.Organisations.OrganisationKind kind)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ActionPlans.Web.Features.Accounts.ServiceUser>>();
        if (await users.FindByEmailAsync(email) is not null) return;
        var db = scope.ServiceProvider.GetRequiredService<ActionPlans.Web.Infrastructure.Persistence.ActionPlansDb>();
        var acting = db.Organisations.FirstOrDefault(o => o.Name == organisation);
        if (acting is null)
        {
            acting = new ActionPlans.Core.Organisations.Organisation(organisation, kind);
            db.Organisations.Add(acting);
            await db.SaveChangesAsync();
        }
        var user = new ActionPlans.Web.Features.Accounts.ServiceUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, OrganisationId = acting.Id };
        var created = await users.CreateAsync(user, ActionPlans.Web.Infrastructure.Demo.DemoData.Password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
    }

    /// <summary>Answers the demo draft's open recommendations (not agreed, as a matter of policy) so the plan passes the template's checks.</summary>
    public async Task MakeDraftSubmittableAsync(int planId)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlans.Web.Infrastructure.Persistence.ActionPlansDb>();
        var plan = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            ActionPlans.Web.Features.Monitoring.DeliveryRecord.WithDeliveryRecord(db.Plans), p => p.Id == planId);
        foreach (var response in plan.Responses.Where(r => r.Kind is null))
            response.Answer(ActionPlans.Core.Plans.ResponseKind.NotAgreed, "Not agreed.", reasons: ActionPlans.Core.Plans.ReasonCategories.Policy,
                explanation: "A matter of national policy.");
        await db.SaveChangesAsync();
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see where they lead.</summary>
    public HttpClient Client() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = BaseAddress };

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_ownsFolder) return;
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
