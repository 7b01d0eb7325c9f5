using ActionPlans.Core.Access;
using ActionPlans.Web.Features.OpenData;
using ActionPlans.Web.Features.Insight;
using ActionPlans.Web.Features.Insight.Tallies;
using ActionPlans.Web.Features.Insight.Themes;
using ActionPlans.Web.Infrastructure.Authorization;
using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Features.Monitoring.Standings;
using ActionPlans.Web.Features.Plans;
using ActionPlans.Web.Features.Publishing;
using ActionPlans.Web.Features.Reminders;
using ActionPlans.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Infrastructure.Hosting;

/// <summary>Composes the web service; the same composition serves requests, runs verbs and runs under test.</summary>
public static class ServiceApp
{
    public const string DemoSetting = "Demo:Enabled";

    /// <param name="args">Command-line arguments; "--no-demo" starts with an empty database.</param>
    /// <param name="settings">Settings that win over every other source (used by tests).</param>
    /// <param name="clock">The service's clock; the system's unless a test sets the day.</param>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var noDemo = args.Contains(ServiceArguments.NoDemo);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args.Where(a => a != ServiceArguments.NoDemo).ToArray(),
            // Pages are found in this assembly even when a test host is the entry point.
            ApplicationName = typeof(ServiceApp).Assembly.GetName().Name,
            ContentRootPath = settings?.GetValueOrDefault(WebHostDefaults.ContentRootKey),
        });
        if (noDemo) builder.Configuration[DemoSetting] = "false";
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls("http://localhost:5000");

        // Logs are structured (message templates); Logging:Format=json writes each entry as one JSON object.
        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
            builder.Logging.ClearProviders().AddJsonConsole(o => o.IncludeScopes = true);
        else
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });

        var database = DatabaseSettings.From(builder.Configuration);
        builder.Services.AddSingleton(database);
        database.Register(builder.Services);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAuditActor, RequestAuditActor>();
        UkClock.EnsureZone();
        builder.Services.AddSingleton(clock ?? TimeProvider.System);
        builder.Services.AddSingleton(DeliverySettings.From(builder.Configuration));
        var security = SecuritySettings.From(builder.Configuration, DemoOn(builder.Configuration));
        builder.Services.AddSingleton(security);
        RateLimits.Add(builder.Services, security.RateLimits);
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Only the proxies named (and this machine) are believed about the client's address and scheme.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in security.KnownProxies) o.KnownIPNetworks.Add(proxy);
        });

        builder.Services.AddIdentity<ServiceUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<ActionPlansDb>()
            .AddClaimsPrincipalFactory<ServiceClaims>()
            .AddDefaultTokenProviders();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.Cookie.Name = "actionplans";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // A refusal is a 403 with the error page, not a redirect that hides what happened.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        builder.Services.AddAuthorization(o =>
        {
            // Everything asks for sign-in unless a page says it shows published material.
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            foreach (var role in Role.All) o.AddPolicy(role, p => p.RequireRole(role));
            Rules.AddPolicies(o);
        });
        builder.Services.AddAccessRules();
        builder.Services.AddDataProtection().SetApplicationName("ActionPlans").PersistKeysToDbContext<ActionPlansDb>();
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "actionplans-antiforgery");
        builder.Services.AddRazorPages(o =>
        {
            // Each capability keeps its pages beside its code and mappings, in one folder under Features.
            o.RootDirectory = "/Features";
            o.Conventions.AuthorizeFolder("/Admin", Role.Administrator);
            RateLimits.Apply(o.Conventions);
            PublicPages.Apply(o.Conventions);
        }).AddRazorPagesOptions(o =>
            {
                o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
                o.Conventions.ConfigureFilter(new RefusalFilter());
            })
            // Pages validate their fields themselves, with GOV.UK wording; an absent optional list is not an error.
            .AddMvcOptions(o => o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true);
        builder.Services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataProvider, QuietTempData>();
        builder.Services.AddPublicPages();
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks().AddDbContextCheck<ActionPlansDb>("database");
        builder.Services.AddScoped<DemoData>();
        builder.Services.AddScoped<ActionPlans.Web.Features.Import.DocumentImport>();
        builder.Services.AddScoped<ActionPlans.Web.Features.Plans.PlanReview>();
        builder.Services.AddSingleton(PlanDueDays.From(builder.Configuration));
        builder.Services.AddReminders(builder.Configuration);

        var app = builder.Build();
        if (security.ForwardedHeaders) app.UseForwardedHeaders();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        // Both act on HTTPS requests only (as seen through the proxy's forwarded headers).
        if (security.Hsts) app.UseHsts();
        app.UseCookiePolicy(new CookiePolicyOptions { Secure = security.CookieAlwaysSecure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest });
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<TwoFactorGate>();
        app.UseRateLimiter();
        app.UseAuthorization();
        // After authentication, so that a signed-in request is never answered from, nor kept in, the public copy.
        app.UseOutputCache();
        if (database.Provider == DatabaseProvider.Postgres) app.UseMiddleware<ReconnectAfterDatabaseRestart>();
        app.MapHealthChecks("/health", new HealthCheckOptions()).AllowAnonymous();
        app.MapRazorPages();
        app.MapOpenApi().AllowAnonymous();
        app.MapOpenDataApi();
        app.MapInsightApi();
        app.MapInsightReport();
        return app;
    }

    /// <summary>Applies migrations and, on an empty database, loads the demo. Fails with a one-line message.</summary>
    public static async Task PrepareAsync(WebApplication app)
    {
        var database = app.Services.GetRequiredService<DatabaseSettings>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ActionPlans.Startup");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        try
        {
            // On PostgreSQL a migration that indexes or fills a table of millions of rows takes minutes, not the query
            // timeout. SQLite's timeout only bounds waiting for a lock, which should stay short.
            if (db.Database.IsNpgsql()) db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.MigrateAsync();
            db.Database.SetCommandTimeout(null);
        }
        catch (Exception e) when (e is not StartupFailure)
        {
            throw new StartupFailure($"Cannot open or migrate the {database.Describe()} named by {DatabaseSettings.ConnectionSetting}: {FirstLine(e)}", e);
        }
        await StandingProjection.EnsureBuiltAsync(db, app.Services.GetRequiredService<DeliverySettings>().DueSoon);
        await ThemeAssignment.EnsureAsync(db);
        await InsightTallies.EnsureBuiltAsync(db);
        await PlannerStatistics.RefreshAsync(db);
        log.LogInformation("Database ready: {Database}", database.Describe());
        if (DemoOn(app.Configuration))
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadIfEmptyAsync();
    }

    private static bool DemoOn(IConfiguration configuration) => SettingValue.YesNo(configuration, DemoSetting) ?? true;

    private static string FirstLine(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null && inner.Message.Contains("See the inner exception", StringComparison.OrdinalIgnoreCase)) inner = inner.InnerException;
        return inner.Message.Split('\n')[0].Trim();
    }
}
