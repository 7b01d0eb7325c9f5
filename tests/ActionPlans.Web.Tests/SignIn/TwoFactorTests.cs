using System.Net;
using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.SignIn;

/// <summary>The demo service with two-factor sign-in required for inspectors and administrators, as it is outside the demo.</summary>
public sealed class TwoFactorService : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actionplans-2fa-").FullName;
    public RunningService Service { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Service = await RunningService.StartAsync(_folder, new Dictionary<string, string?> { [SecuritySettings.RequireTwoFactorSetting] = "true" });

    /// <summary>A new account in a role, with the demo password.</summary>
    public async Task<string> AccountAsync(string name, string? role)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.test";
        using var scope = Service.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ServiceUser>>();
        var user = new ServiceUser { UserName = email, Email = email, DisplayName = name };
        Assert.True((await users.CreateAsync(user, DemoData.Password)).Succeeded);
        if (role is not null)
        {
            await Roles.EnsureAsync(scope.ServiceProvider, role);
            await users.AddToRoleAsync(user, role);
        }
        return email;
    }

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

public sealed class TwoFactorTests(TwoFactorService fixture) : IClassFixture<TwoFactorService>
{
    private RunningService Service => fixture.Service;

    private static async Task<string> ErrorsAsync(HttpResponseMessage response) =>
        Browserless.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".govuk-error-summary__list")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task An_inspector_sets_up_an_authenticator_before_anything_else_then_signs_in_with_its_code()
    {
        var email = await fixture.AccountAsync("inspector", "Inspector");
        using var client = Service.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, DemoData.Password)).StatusCode);
        var held = await client.GetAsync("/inspections");
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        Assert.Equal("/account/two-factor", held.RedirectPath());

        // A code from another time is refused beside the field, and nothing is turned on.
        var page = await client.PageAsync("/account/two-factor");
        var key = page.QuerySelector("code.app-authenticator-key")!.TextContent.Replace(" ", "").ToUpperInvariant();
        var stale = await client.SubmitAsync("/account/two-factor", new Dictionary<string, string> { ["Code"] = Authenticator.Code(key, DateTimeOffset.UtcNow.AddHours(-1)) });
        Assert.Contains("The code is not right", await ErrorsAsync(stale));

        var (scannedKey, done) = await Authenticator.SetUpAsync(client, email);
        Assert.Equal(key, scannedKey);
        Assert.Equal(10, done.QuerySelectorAll(".app-recovery-codes li").Length);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/inspections")).StatusCode);

        // Next time the password alone is not enough: the code of the moment is asked for.
        using var again = Service.Client();
        var password = await again.SignInAsync(email, DemoData.Password);
        Assert.StartsWith("/sign-in/two-factor", password.RedirectPath());
        Assert.NotEqual(HttpStatusCode.OK, (await again.GetAsync("/inspections")).StatusCode);
        var wrong = await again.SubmitAsync("/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = Authenticator.Code(key, DateTimeOffset.UtcNow.AddHours(-1)) });
        Assert.Contains("The code is not right", await ErrorsAsync(wrong));
        var signedIn = await again.SubmitAsync("/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = Authenticator.Now(key) });
        Assert.Equal("/inspections", signedIn.RedirectPath());
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/inspections")).StatusCode);

        using var scope = Service.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<ActionPlansDb>().AuditEntries.Where(a => a.Entity == AccountAudit.Entity && a.EntityId == email).ToListAsync();
        Assert.Contains(audit, a => a.Actor == email && a.Changes.Contains("\"TwoFactor\"") && a.Changes.Contains("\"to\":\"on\""));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var email = await fixture.AccountAsync("admin", "Administrator");
        using var client = Service.Client();
        await client.SignInAsync(email, DemoData.Password);
        var (_, done) = await Authenticator.SetUpAsync(client, email);
        var code = done.QuerySelector(".app-recovery-codes li")!.TextContent.Trim();

        using var first = Service.Client();
        await first.SignInAsync(email, DemoData.Password);
        // Typed as a person might copy it: lower case, with a space for the dash.
        var used = await first.SubmitAsync("/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = code.ToLowerInvariant().Replace("-", " ") });
        Assert.Equal("/inspections", used.RedirectPath());
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/admin/audit")).StatusCode);

        using var second = Service.Client();
        await second.SignInAsync(email, DemoData.Password);
        var reused = await second.SubmitAsync("/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = code });
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("The code is not right", await ErrorsAsync(reused));
    }

    [Fact]
    public async Task Coordinators_are_not_held_at_the_set_up_page()
    {
        using var coordinator = await Service.SignedInClientAsync("coordinator@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/inspections")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_resets_a_lost_authenticator_and_the_reset_is_audited()
    {
        var inspector = await fixture.AccountAsync("lost-phone", "Inspector");
        using (var client = Service.Client())
        {
            await client.SignInAsync(inspector, DemoData.Password);
            await Authenticator.SetUpAsync(client, inspector);
        }
        var adminEmail = await fixture.AccountAsync("admin", "Administrator");
        using var admin = Service.Client();
        await admin.SignInAsync(adminEmail, DemoData.Password);
        await Authenticator.SetUpAsync(admin, adminEmail);

        var accounts = await admin.PageAsync("/admin/accounts");
        var row = accounts.QuerySelectorAll("main tbody tr").Single(r => r.Children[0].TextContent == inspector);
        var form = row.QuerySelector("form")!;
        var reset = await admin.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains($"The authenticator of {inspector} was reset", await reset.Content.ReadAsStringAsync());

        // The password alone signs in again, straight to setting up a new authenticator.
        using var back = Service.Client();
        Assert.Equal("/inspections", (await back.SignInAsync(inspector, DemoData.Password)).RedirectPath());
        Assert.Equal("/account/two-factor", (await back.GetAsync("/inspections")).RedirectPath());

        using var scope = Service.Services.CreateScope();
        var entry = await scope.ServiceProvider.GetRequiredService<ActionPlansDb>().AuditEntries
            .Where(a => a.Entity == AccountAudit.Entity && a.EntityId == inspector).OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal(adminEmail, entry.Actor);
        Assert.Contains("\"to\":\"reset\"", entry.Changes);
    }

    [Fact]
    public async Task A_locked_account_gets_the_same_answer_as_a_wrong_password_or_an_unknown_account()
    {
        var email = await fixture.AccountAsync("careful", null);
        using var client = Service.Client();
        var unknown = await ErrorsAsync(await client.SignInAsync($"nobody-{Guid.NewGuid():N}@example.test", "whatever-it-is"));
        var wrong = await ErrorsAsync(await client.SignInAsync(email, "not the password"));
        for (var i = 0; i < 4; i++) await client.SignInAsync(email, "still not it");
        var locked = await client.SignInAsync(email, DemoData.Password);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal(SignInModel.NotRight, unknown);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, await ErrorsAsync(locked));
    }
}
