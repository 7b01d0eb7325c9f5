using System.Net;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Http;

/// <summary>Answering a recommendation of the demo's draft plan, as the Midshire coordinator.</summary>
public sealed class RespondTests(RunningService service) : IClassFixture<RunningService>
{

    [Fact]
    public async Task An_answered_recommendation_no_longer_blocks_submission()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Draft);
        using var client = service.Client();
        await client.SignInAsync("midshire.coordinator@demo.test", DemoData.Password);
        var before = await client.PageAsync($"/plans/{plan}");
        Assert.Contains(before.QuerySelectorAll(".app-plan-check a"), a => a.GetAttribute("href") == "#recommendation-2");

        var form = Browserless.FormFields(await client.PageAsync($"/plans/{plan}/recommendations/2"));
        form["Kind"] = "Agreed";
        form["Narrative"] = "We agree and will recruit to every vacant post in the north.";
        form["Added.Text"] = "Run two recruitment campaigns for 12 probation officers.";
        form["Added.Owner"] = "Head of Workforce";
        form["Added.Target"] = "June 2027";
        var saved = await client.PostAsync($"/plans/{plan}/recommendations/2?handler=Save", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await client.PageAsync($"/plans/{plan}");
        Assert.DoesNotContain(after.QuerySelectorAll(".app-plan-check a"), a => a.GetAttribute("href") == "#recommendation-2");
        Assert.Contains("Run two recruitment campaigns for 12 probation officers.", after.QuerySelector("#recommendation-2")!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task A_stale_save_is_refused_and_shows_the_other_persons_version()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Draft);
        using var first = service.Client();
        using var second = service.Client();
        await first.SignInAsync("midshire.coordinator@demo.test", DemoData.Password);
        await second.SignInAsync("midshire.coordinator@demo.test", DemoData.Password);
        var mine = Browserless.FormFields(await first.PageAsync($"/plans/{plan}/recommendations/1"));
        var theirs = Browserless.FormFields(await second.PageAsync($"/plans/{plan}/recommendations/1"));
        mine["Kind"] = theirs["Kind"] = "Agreed";

        mine["Narrative"] = "First person's narrative.";
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync($"/plans/{plan}/recommendations/1?handler=Save", new FormUrlEncodedContent(mine))).StatusCode);

        theirs["Narrative"] = "Second person's narrative.";
        var refused = await second.PostAsync($"/plans/{plan}/recommendations/1?handler=Save", new FormUrlEncodedContent(theirs));
        var page = Browserless.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Someone else saved this response", page.QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Equal("First person's narrative.", page.QuerySelector("#Narrative")!.TextContent);
        Assert.Equal("Second person's narrative.", page.QuerySelector(".app-conflict .govuk-details__text")!.TextContent.Trim());
    }

    [Fact]
    public async Task Another_organisations_coordinator_is_refused_and_published_plans_are_closed_to_editing()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Draft);
        using var client = service.Client();
        await client.SignInAsync("coordinator@demo.test", DemoData.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/plans/{plan}/recommendations/1")).StatusCode);

        var published = await service.PlanIdAsync(PlanStatus.Published);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/plans/{published}/recommendations/1")).StatusCode);
    }

    [Fact]
    public async Task Over_long_text_is_refused_with_its_limit_and_nothing_is_saved()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Draft);
        using var client = service.Client();
        await client.SignInAsync("midshire.coordinator@demo.test", DemoData.Password);
        var form = Browserless.FormFields(await client.PageAsync($"/plans/{plan}/recommendations/1"));
        form["Kind"] = "PartlyAgreed";
        form["Explanation"] = new string('x', 8001);
        var response = await client.PostAsync($"/plans/{plan}/recommendations/1?handler=Save", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("An explanation is at most 8000 characters.", page.QuerySelector(".govuk-error-summary")!.TextContent);

        using var scope = service.Services.CreateScope();
        var kind = await scope.ServiceProvider.GetRequiredService<ActionPlansDb>().Responses
            .Where(r => r.ActionPlanId == plan && r.Recommendation.Number == 1).Select(r => r.Kind).SingleAsync();
        Assert.NotEqual(ResponseKind.PartlyAgreed, kind);
    }

    [Fact]
    public async Task Script_typed_into_a_response_is_shown_as_text()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Draft);
        using var client = service.Client();
        await client.SignInAsync("midshire.coordinator@demo.test", DemoData.Password);
        var form = Browserless.FormFields(await client.PageAsync($"/plans/{plan}/recommendations/3"));
        form["Kind"] = "NotAgreed";
        form["Narrative"] = "<script>alert('x')</script>";
        form["Reasons"] = "Policy";
        form["Explanation"] = "Guidance is a matter for the Ministry.";
        await client.PostAsync($"/plans/{plan}/recommendations/3?handler=Save", new FormUrlEncodedContent(form));

        var html = await client.GetStringAsync($"/plans/{plan}");
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script>alert", html);
    }
}
