using System.Net;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Http;

/// <summary>Who sees what, through the real HTTP pipeline of the running service with its demo data.</summary>
public sealed class AccessTests(RunningService service) : IClassFixture<RunningService>
{

    [Fact]
    public async Task Anonymous_visitors_read_published_plans_only()
    {
        var (published, draft) = (await service.PlanIdAsync(PlanStatus.Published), await service.PlanIdAsync(PlanStatus.Draft));
        using var client = service.Client();

        var home = await client.PageAsync("/");
        var links = home.QuerySelectorAll("main table a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/plans/{published}"], links);

        var plan = await client.PageAsync($"/plans/{published}");
        Assert.Contains("Fenmoor and Dales CRC", plan.QuerySelector("h1")!.TextContent);
        Assert.Equal(6, plan.QuerySelectorAll("table.app-table--plan thead th").Length);

        var refused = await client.GetAsync($"/plans/{draft}");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/sign-in", refused.RedirectPath());
    }

    [Fact]
    public async Task A_draft_shows_its_deadline_and_what_blocks_submission_and_a_published_plan_its_timeliness()
    {
        var (published, draft) = (await service.PlanIdAsync(PlanStatus.Published), await service.PlanIdAsync(PlanStatus.Draft));
        using var client = service.Client();
        var plan = await client.PageAsync($"/plans/{published}");
        Assert.Equal("Due 26 June 2025, 10 working days after the report; submitted 24 June 2025: on time.", plan.QuerySelector(".app-deadline")!.TextContent.Trim());
        Assert.Null(plan.QuerySelector(".app-plan-check"));

        await client.SignInAsync("midshire.coordinator@demo.test", DemoData.Password);
        var page = await client.PageAsync($"/plans/{draft}");
        Assert.StartsWith("Due 24 November 2026:", page.QuerySelector(".app-deadline")!.TextContent.Trim());
        var blocking = page.QuerySelectorAll(".app-plan-check a").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Equal(["#recommendation-2", "#recommendation-3"], blocking);
        Assert.NotNull(page.QuerySelector("#recommendation-2"));
    }

    [Theory]
    [InlineData("/inspections")]
    [InlineData("/admin/audit")]
    public async Task Work_pages_ask_for_sign_in(string path)
    {
        using var client = service.Client();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.RedirectPath());
    }

    [Fact]
    public async Task A_coordinator_sees_their_own_draft_and_is_refused_another_organisations()
    {
        var (_, draft) = (await service.PlanIdAsync(PlanStatus.Published), await service.PlanIdAsync(PlanStatus.Draft));
        using var midshire = service.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await midshire.SignInAsync("midshire.coordinator@demo.test", DemoData.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await midshire.GetAsync($"/plans/{draft}")).StatusCode);

        using var fenmoor = service.Client();
        await fenmoor.SignInAsync("coordinator@demo.test", DemoData.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await fenmoor.GetAsync($"/plans/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fenmoor.GetAsync("/admin/audit")).StatusCode);
    }

    [Theory]
    [InlineData("review")]
    [InlineData("versions")]
    public async Task The_review_of_a_published_plan_is_for_the_inspectorate_and_the_plans_bodies_only(string page)
    {
        var path = $"/plans/{await service.PlanIdAsync(PlanStatus.Published)}/{page}";
        using var anonymous = service.Client();
        Assert.StartsWith("/sign-in", (await anonymous.GetAsync(path)).RedirectPath());
        using var otherProvider = await service.SignedInClientAsync("midshire.coordinator@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherProvider.GetAsync(path)).StatusCode);
        foreach (var account in new[] { "coordinator@demo.test", "owner@demo.test", "inspector@demo.test" })
        {
            using var party = await service.SignedInClientAsync(account);
            Assert.Equal(HttpStatusCode.OK, (await party.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task An_administrator_reads_the_audit_trail_newest_first_and_filters_it()
    {
        using var client = service.Client();
        await client.SignInAsync("admin@demo.test", DemoData.Password);
        var page = await client.PageAsync("/admin/audit?entity=ActionPlan");
        var rows = page.QuerySelectorAll("main tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.All(rows, r => Assert.Contains("ActionPlan", r.Children[2].TextContent));
        Assert.Contains("Published", rows[0].Children[3].TextContent + rows[1].Children[3].TextContent);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_the_error_summary_and_repeated_failures_lock_the_account()
    {
        using (var scope = service.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ActionPlans.Web.Features.Accounts.ServiceUser>>();
            await users.CreateAsync(new ActionPlans.Web.Features.Accounts.ServiceUser { UserName = "forgetful@demo.test", Email = "forgetful@demo.test" }, DemoData.Password);
        }
        using var client = service.Client();
        var first = await client.SignInAsync("forgetful@demo.test", "not the password");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var page = Browserless.Parse(await first.Content.ReadAsStringAsync());
        Assert.Contains("The email address or password is not right", page.QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.NotNull(page.QuerySelector("#Email-error"));

        for (var i = 0; i < 4; i++) await client.SignInAsync("forgetful@demo.test", "still not it");
        var locked = await client.SignInAsync("forgetful@demo.test", DemoData.Password);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Empty_sign_in_shows_an_error_for_each_field()
    {
        using var client = service.Client();
        var response = await client.SignInAsync("", "");
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        var messages = page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Enter your email address", "Enter your password"], messages);
        Assert.StartsWith("Error:", page.Title);
    }

    [Fact]
    public async Task A_form_post_without_its_anti_forgery_token_is_refused()
    {
        using var client = service.Client();
        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "admin@demo.test", ["Password"] = DemoData.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_no_inline_script()
    {
        using var client = service.Client();
        var response = await client.GetAsync("/");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        Assert.All(page.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), "every script is a file"));
    }

    [Fact]
    public async Task A_coordinator_cannot_import_another_organisations_plan_and_action_owners_cannot_import()
    {
        using var coordinator = service.Client();
        await coordinator.SignInAsync("coordinator@demo.test", DemoData.Password);
        var token = (await coordinator.PageAsync("/import")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(await File.ReadAllBytesAsync(ActionPlans.Documents.Tests.Fixtures.Layouts.PlanInHtmlCells(ActionPlans.Documents.Tests.Fixtures.Copy.Own))), "Upload", "000.txt" },
        };
        var response = await coordinator.PostAsync("/import?handler=Read", form);
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("you can import documents of Fenmoor and Dales CRC only", page.QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Null(page.QuerySelector("button[formaction], form[action*=Save] button"));

        using var owner = service.Client();
        await owner.SignInAsync("owner@demo.test", DemoData.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.GetAsync("/import")).StatusCode);
    }

    [Fact]
    public async Task Health_answers_when_the_database_does()
    {
        using var client = service.Client();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_GOV_UK_styles_are_served_by_the_service()
    {
        using var client = service.Client();
        var css = await client.GetAsync("/lib/govuk/govuk-frontend.min.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains(".govuk-header", await css.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/assets/fonts/bold-b542beb274-v2.woff2")).StatusCode);
    }
}
