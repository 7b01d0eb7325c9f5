using System.Net;
using System.Net.Http.Headers;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using ActionPlans.Web.Tests.Progress;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Http;

/// <summary>
/// The public pages of published plans and inspections: an entity tag from the database and a 304 for a current copy,
/// a short-lived copy kept for anonymous visitors that every change (and the next day) replaces at once, and nothing
/// kept or shared for signed-in people or for a plan not yet published.
/// </summary>
public sealed class PublicPageCacheTests(PublicPageCacheTests.Service fixture) : IClassFixture<PublicPageCacheTests.Service>
{
    /// <summary>The service on a clock the tests can move on by days.</summary>
    public sealed class Service : IAsyncLifetime
    {
        public MovableClock Clock { get; } = new();
        public RunningService Running { get; private set; } = null!;

        public async Task InitializeAsync() => Running = await RunningService.WithClockAsync(Clock);

        public Task DisposeAsync() => Running.DisposeAsync();
    }

    public sealed class MovableClock : TimeProvider
    {
        public TimeSpan Ahead { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Ahead;
    }

    private const string Training = "Run a half-day refresher";
    private const string OversightCheck = "Add a management oversight check";

    private RunningService service => fixture.Running;

    [Fact]
    public async Task A_visitor_holding_the_current_page_is_told_it_has_not_changed()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        foreach (var path in new[] { $"/plans/{plan}", $"/plans/{plan}/delivery", $"/plans/{plan}/progress-report", $"/inspections/{await InspectionOfAsync(service, plan)}" })
        {
            using var visitor = service.Client();
            var first = await visitor.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            var tag = first.Headers.ETag;
            Assert.True(tag is { IsWeak: false }, $"{path} has no strong entity tag");
            Assert.True(first.Headers.CacheControl is { Public: true, NoCache: true }, $"{path}: Cache-Control {first.Headers.CacheControl}");

            var current = await ConditionalAsync(visitor, path, tag!);
            Assert.Equal(HttpStatusCode.NotModified, current.StatusCode);
            Assert.Equal(tag, current.Headers.ETag);
            Assert.Empty(await current.Content.ReadAsByteArrayAsync());

            var stale = await ConditionalAsync(visitor, path, new EntityTagHeaderValue("\"an-older-copy\""));
            Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
            Assert.Equal(tag, stale.Headers.ETag);
        }
    }

    [Fact]
    public async Task Each_change_to_a_published_plan_shows_at_once_under_a_new_tag()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        var delivery = $"/plans/{plan}/delivery";
        using var owner = await service.SignedInClientAsync("owner@demo.test");
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");

        var before = await KeptAsync(delivery);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SendAsync(await service.PathOfAsync(Training), "Update",
            ProgressForms.Update("InProgress", Today, "Registers of the first sessions checked."))).StatusCode);
        var updated = await PublicAsync(delivery);
        Assert.NotEqual(before.Tag, updated.Tag);
        Assert.Contains("Registers of the first sessions checked.", updated.Page.Body!.TextContent);

        before = await KeptAsync(delivery);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SendAsync(await service.PathOfAsync(OversightCheck), "Revise",
            new Dictionary<string, string> { ["NewTarget"] = "March 2031", ["Reason"] = "The audit tool is being replaced." })).StatusCode);
        var revised = await PublicAsync(delivery);
        Assert.NotEqual(before.Tag, revised.Tag);
        Assert.Contains("March 2031", revised.Page.Body!.TextContent);

        before = await KeptAsync($"/plans/{plan}");
        var published = await PublishReportAsync(inspector, plan);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var listed = await PublicAsync($"/plans/{plan}");
        Assert.NotEqual(before.Tag, listed.Tag);
        Assert.Contains($"Delivery as at {DateWords.Day(Today)}", listed.Page.QuerySelector(".app-progress-reports")!.TextContent);
        var report = await PublicAsync(published.RedirectPath());
        using (var visitor = service.Client())
            Assert.Equal(HttpStatusCode.NotModified, (await ConditionalAsync(visitor, published.RedirectPath(), new EntityTagHeaderValue(report.Tag))).StatusCode);

        before = await KeptAsync(delivery);
        Assert.Null(before.Page.QuerySelector(".app-closed"));
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.SubmitAsync($"/plans/{plan}/delivery/close", new Dictionary<string, string>())).StatusCode);
        var closed = await PublicAsync(delivery);
        Assert.NotEqual(before.Tag, closed.Tag);
        Assert.NotNull(closed.Page.QuerySelector(".app-closed"));
    }

    [Fact]
    public async Task A_draft_is_kept_for_nobody_and_once_published_shows_on_its_inspections_public_page_at_once()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Draft);
        using var coordinator = await service.SignedInClientAsync("midshire.coordinator@demo.test");
        await NeverKeptAsync(coordinator, $"/plans/{plan}");
        using (var visitor = service.Client())
        {
            var refused = await visitor.GetAsync($"/plans/{plan}");
            Assert.StartsWith("/sign-in", refused.RedirectPath());
            Assert.Null(refused.Headers.ETag);
        }
        var inspection = $"/inspections/{await InspectionOfAsync(service, plan)}";
        var before = await KeptAsync(inspection);
        Assert.Null(before.Page.QuerySelector($"main a[href='/plans/{plan}']"));

        await service.MakeDraftSubmittableAsync(plan);
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var review = $"/plans/{plan}/review";
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PressAsync(review, "Submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.PressAsync(review, "Accept")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await inspector.PressAsync(review, "Publish")).StatusCode);

        var after = await PublicAsync(inspection);
        Assert.NotEqual(before.Tag, after.Tag);
        Assert.NotNull(after.Page.QuerySelector($"main a[href='/plans/{plan}']"));
        Assert.NotNull((await PublicAsync($"/plans/{plan}")).Tag);
    }

    [Fact]
    public async Task Signed_in_people_are_never_kept_nor_given_the_public_copy()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        await KeptAsync($"/plans/{plan}");

        using var coordinator = await service.SignedInClientAsync("coordinator@demo.test");
        Assert.Contains("Sign out", await NeverKeptAsync(coordinator, $"/plans/{plan}"));
        Assert.DoesNotContain("Sign out", (await PublicAsync($"/plans/{plan}")).Page.Body!.TextContent);
    }

    [Fact]
    public async Task The_next_day_a_plans_delivery_is_shown_as_at_that_day()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        var delivery = $"/plans/{plan}/delivery";
        var day = Today;
        var today = await KeptAsync(delivery);
        Assert.Equal($"As at {DateWords.Day(day)} (today)", today.Page.QuerySelector(".app-as-at-day")!.TextContent);
        try
        {
            fixture.Clock.Ahead = TimeSpan.FromDays(1);
            var tomorrow = await PublicAsync(delivery);
            Assert.NotEqual(today.Tag, tomorrow.Tag);
            Assert.Equal($"As at {DateWords.Day(day.AddDays(1))} (today)", tomorrow.Page.QuerySelector(".app-as-at-day")!.TextContent);
        }
        finally
        {
            fixture.Clock.Ahead = TimeSpan.Zero;
        }
    }

    private DateOnly Today => fixture.Clock.TodayInUk();

    /// <summary>An anonymous visitor's page and its entity tag.</summary>
    private async Task<(string Tag, IHtmlDocument Page)> PublicAsync(string path)
    {
        using var visitor = service.Client();
        var answer = await visitor.GetAsync(path);
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)answer.StatusCode}");
        Assert.True(answer.Headers.ETag is not null, $"GET {path} has no entity tag");
        return (answer.Headers.ETag.Tag, Browserless.Parse(await answer.Content.ReadAsStringAsync()));
    }

    /// <summary>The page as kept for the public: asked twice, the second answer comes from the copy (it has an age).</summary>
    private async Task<(string Tag, IHtmlDocument Page)> KeptAsync(string path)
    {
        var first = await PublicAsync(path);
        using var visitor = service.Client();
        var again = await visitor.GetAsync(path);
        Assert.True(again.Headers.Age is not null, $"GET {path} again was not answered from the kept copy");
        Assert.Equal(first.Tag, again.Headers.ETag?.Tag);
        return first;
    }

    /// <summary>The page as a signed-in person gets it, asked twice: neither answer is a kept copy, has a tag, or may be stored.</summary>
    private static async Task<string> NeverKeptAsync(HttpClient signedIn, string path)
    {
        var text = "";
        foreach (var _ in new[] { 1, 2 })
        {
            var page = await signedIn.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Null(page.Headers.Age);
            Assert.Null(page.Headers.ETag);
            Assert.True(page.Headers.CacheControl is { NoStore: true, Public: false }, $"Cache-Control {page.Headers.CacheControl}");
            text = await page.Content.ReadAsStringAsync();
        }
        return text;
    }

    /// <summary>Presses "Publish this progress report" on the plan's progress report as at today.</summary>
    private static async Task<HttpResponseMessage> PublishReportAsync(HttpClient inspector, int plan)
    {
        var page = await inspector.PageAsync($"/plans/{plan}/progress-report");
        var form = page.QuerySelectorAll("main form[method=post]").Single(f => f.GetAttribute("action")!.Contains("/Publish"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await inspector.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    private static Task<HttpResponseMessage> ConditionalAsync(HttpClient client, string path, EntityTagHeaderValue tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(tag);
        return client.SendAsync(request);
    }

    internal static async Task<int> InspectionOfAsync(RunningService service, int plan)
    {
        using var scope = service.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ActionPlansDb>().Plans.Where(p => p.Id == plan).Select(p => p.InspectionId).SingleAsync();
    }
}

/// <summary>The public pages' entity tags are read by one query that both databases must answer alike.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PublicPageTagTests(ThrowawayPostgres postgres)
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Each_database_gives_the_public_pages_a_tag_that_an_update_moves_on(string provider)
    {
        await using var service = await RunningService.OnAsync(provider, postgres);
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        string[] pages = [$"/plans/{plan}", $"/plans/{plan}/delivery", $"/inspections/{await PublicPageCacheTests.InspectionOfAsync(service, plan)}"];
        var before = await TagsAsync(service, pages);

        using var owner = await service.SignedInClientAsync("owner@demo.test");
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SendAsync(await service.PathOfAsync("Run a half-day refresher"), "Update",
            ProgressForms.Update("InProgress", ProgressForms.Today, "Registers checked."))).StatusCode);

        var after = await TagsAsync(service, pages);
        Assert.All(pages.Zip(before, after), p => Assert.True(p.Second != p.Third, $"{p.First} kept its tag"));
    }

    private static async Task<List<string>> TagsAsync(RunningService service, IEnumerable<string> pages)
    {
        var tags = new List<string>();
        foreach (var page in pages)
        {
            using var visitor = service.Client();
            var answer = await visitor.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            tags.Add(answer.Headers.ETag?.Tag ?? throw new InvalidOperationException($"{page} has no entity tag"));
        }
        return tags;
    }
}
