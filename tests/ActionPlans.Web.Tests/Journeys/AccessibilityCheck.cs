using ActionPlans.Core.Plans;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace ActionPlans.Web.Tests.Journeys;

/// <summary>
/// The check every journey's pages go through really fails on a violation, whichever way the page is reached; and the
/// pages no journey reaches pass it too.
/// </summary>
[Trait("Category", "Journey")]
[Collection(Chromium.Journeys)]
public sealed class AccessibilityCheck(Chromium chromium) : IClassFixture<Chromium>
{
    private const string Sound = """
        <!DOCTYPE html><html lang="en"><head><title>Find a plan</title></head>
        <body><main><h1>Find a plan</h1>
        <p><a href="/flawed">Results</a></p>
        <form method="post" action="/flawed"><button>Search</button></form>
        </main></body></html>
        """;

    // An image with no text alternative and a field with no label: two of the commonest failures.
    private const string Flawed = """
        <!DOCTYPE html><html lang="en"><head><title>Results</title></head>
        <body><main><h1>Results</h1>
        <img id="chart" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
        <input id="postcode" type="text">
        </main></body></html>
        """;

    private async Task<IPage> PageServingAsync()
    {
        var page = await chromium.NewPageAsync();
        await page.RouteAsync("**/sound", route => route.FulfillAsync(new() { ContentType = "text/html", Body = Sound }));
        await page.RouteAsync("**/flawed", route => route.FulfillAsync(new() { ContentType = "text/html", Body = Flawed }));
        return page;
    }

    [Fact]
    public async Task Visiting_a_page_with_an_image_without_a_text_alternative_and_an_unlabelled_field_fails_naming_each_rule_and_element()
    {
        var page = await PageServingAsync();

        var failure = await Assert.ThrowsAsync<FailException>(() => page.VisitAsync("/flawed"));

        Assert.Contains("/flawed", failure.Message);
        Assert.Contains("image-alt (critical)", failure.Message);
        Assert.Contains("#chart", failure.Message);
        Assert.Contains("label (critical)", failure.Message);
        Assert.Contains("#postcode", failure.Message);
        Assert.Contains("https://dequeuniversity.com/rules/axe/", failure.Message);
    }

    [Fact]
    public async Task A_sound_page_passes_and_following_a_link_or_submitting_a_form_to_a_flawed_page_fails()
    {
        var page = await PageServingAsync();
        await page.VisitAsync("/sound");

        await Assert.ThrowsAsync<FailException>(() => page.GetByRole(AriaRole.Link, new() { Name = "Results" }).FollowAsync());
        await page.VisitAsync("/sound");
        await Assert.ThrowsAsync<FailException>(() => page.GetByRole(AriaRole.Button, new() { Name = "Search" }).SubmitAsync());
        Assert.EndsWith("/flawed", page.Url);
    }

    [Fact]
    public async Task The_pages_no_journey_visits_pass_the_check_for_a_visitor_an_inspector_and_an_administrator()
    {
        var plan = await chromium.Service.PlanIdAsync(PlanStatus.Published);
        var visitor = await chromium.NewPageAsync();
        Assert.Equal(200, (await visitor.VisitAsync("/open-data"))!.Status);

        var inspector = await chromium.SignedInPageAsync("inspector@demo.test");
        foreach (var path in new[] { $"/plans/{plan}/delivery", $"/plans/{plan}/delivery/close", $"/plans/{plan}/versions" })
            Assert.Equal(200, (await inspector.VisitAsync(path))!.Status);
        Assert.Equal(404, (await inspector.VisitAsync("/no-such-page"))!.Status);

        var administrator = await chromium.SignedInPageAsync("admin@demo.test");
        foreach (var path in new[] { "/admin/audit", "/admin/outbox", "/admin/accounts" })
            Assert.Equal(200, (await administrator.VisitAsync(path))!.Status);
    }
}
