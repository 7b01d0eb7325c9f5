using System.Net;
using System.Text.Json;
using ActionPlans.Core;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Tests.Infrastructure;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Progress;

/// <summary>
/// The delivery views over the demo's published Fenmoor plan, through the real pipeline. Dates are fixed
/// days in the demo's history (submitted 24 June 2025, first update 8 September 2025), so the answers
/// never change with the day the tests run.
/// </summary>
public sealed class DeliveryPagesTests(RunningService service) : IClassFixture<RunningService>
{
    private static string Text(IElement? element) => string.Join(' ', (element?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<string> States(IHtmlDocument page) =>
        page.QuerySelectorAll("table.app-actions-delivery .app-state").Select(Text).ToList();

    private static string Count(IHtmlDocument page, string state) =>
        Text(page.QuerySelector($"table.app-state-counts tr[data-state={state}] td"));

    /// <summary>Sends the page's form that goes to <paramref name="handler"/> (null: the page's own post), as a person pressing its button.</summary>
    private static async Task<HttpResponseMessage> PressAsync(HttpClient client, string path, string? handler = null)
    {
        var page = await client.PageAsync(path);
        var form = page.QuerySelectorAll("main form[method=post]")
            .First(f => handler is null || (f.GetAttribute("action") ?? "").Contains($"handler={handler}"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : path;
        return await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    [Fact]
    public async Task The_due_soon_window_is_a_setting()
    {
        // As at 15 March 2026 the quarterly audit is next due on 31 March: due soon in the default 30 days, not in 10.
        var folder = Path.Combine(Path.GetTempPath(), "actionplans-window-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var narrow = await RunningService.StartAsync(folder, new Dictionary<string, string?> { [DeliverySettings.DueSoonDaysSetting] = "10" });
            using var visitor = narrow.Client();

            var page = await visitor.PageAsync($"/plans/{await narrow.PlanIdAsync(PlanStatus.Published)}/delivery?asAt=2026-03-15");

            Assert.Equal(["Completed on time", "On track", "On track", "Completed on time", "Overdue", "Overdue"], States(page));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_published_plans_delivery_page_lists_every_recommendation_and_action_with_its_state()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        using var visitor = service.Client();

        var page = await visitor.PageAsync($"/plans/{plan}/delivery?asAt=2026-03-15");

        Assert.Equal("As at 15 March 2026", Text(page.QuerySelector(".app-as-at-day")));
        Assert.Equal(["recommendation-1", "recommendation-2", "recommendation-3", "recommendation-4"],
            page.QuerySelectorAll("section.app-recommendation-delivery").Select(s => s.Id!));
        Assert.Equal(["Completed on time", "Due soon", "On track", "Completed on time", "Overdue", "Overdue"], States(page));
        Assert.Equal(["govuk-tag--green", "govuk-tag--yellow", "govuk-tag--blue", "govuk-tag--green", "govuk-tag--red", "govuk-tag--red"],
            page.QuerySelectorAll("table.app-actions-delivery .app-state").Select(t => t.ClassList.First(c => c.StartsWith("govuk-tag--"))));

        var rows = page.QuerySelectorAll("table.app-actions-delivery tbody tr").ToList();
        using (var scope = service.Services.CreateScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<ActionPlansDb>().Plans.WithDeliveryRecord().SingleAsync(p => p.Id == plan);
            var actions = stored.Responses.OrderBy(r => r.Recommendation.Number).SelectMany(r => r.Actions.OrderBy(a => a.Position));
            Assert.Equal(actions.Select(a => $"/plans/{plan}/actions/{a.Id}/progress"), rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")!));
        }

        var training = rows[2];
        Assert.Equal("June 2026 revised from March 2026", Text(training.QuerySelector(".app-target")));
        Assert.Equal("30 June 2026", Text(training.QuerySelector(".app-due")));
        Assert.Equal("1 December 2025 · In progress Eight of fourteen teams trained so far.", Text(training.QuerySelector(".app-latest")));
        var sharing = rows[5];
        Assert.Equal("30 November 2025", Text(sharing.QuerySelector(".app-due")));
        Assert.StartsWith("8 September 2025 · Not started", Text(sharing.QuerySelector(".app-latest")));

        Assert.Equal("Agreed Amber 1 of 3 actions delivered, 1 due soon, 1 on track", Text(page.QuerySelector("#recommendation-1 .app-recommendation-delivery__roll-up")));
        Assert.Equal("Not Agreed No RAG No actions: not agreed", Text(page.QuerySelector("#recommendation-3 .app-recommendation-delivery__roll-up")));
        Assert.Equal("2 of 6 actions delivered (33% of those still expected).", Text(page.QuerySelector(".app-share-delivered")));
        Assert.Equal("2", Count(page, "Overdue"));
        Assert.Equal(["Delivered: 2", "In progress: 2", "Overdue: 2", "Not delivered, superseded or with no due date: 0"],
            page.QuerySelectorAll(".app-delivery-bar__key li").Select(Text));
        Assert.Equal([("app-delivery-bar__delivered", "200"), ("app-delivery-bar__in-progress", "200"), ("app-delivery-bar__overdue", "200")],
            page.QuerySelectorAll(".app-delivery-bar__image rect[class]").Select(r => (r.GetAttribute("class")!, r.GetAttribute("width")!)));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task As_at_a_day_before_the_first_update_nothing_is_reported_or_overdue_and_targets_are_as_agreed()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        using var visitor = service.Client();

        var page = await visitor.PageAsync($"/plans/{plan}/delivery?asAt=2025-07-01");

        Assert.Equal(["Completed on time", "On track", "On track", "On track", "On track", "On track"], States(page));
        Assert.All(page.QuerySelectorAll("table.app-actions-delivery .app-latest").Skip(1), cell => Assert.Equal("No update yet", Text(cell)));
        Assert.Equal("March 2026", Text(page.QuerySelectorAll("table.app-actions-delivery .app-target")[2]));
        Assert.Equal("0", Count(page, "Overdue"));
    }

    [Fact]
    public async Task The_chart_is_inline_svg_with_its_months_in_a_table_beside_it()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        using var visitor = service.Client();

        var page = await visitor.PageAsync($"/plans/{plan}/delivery?asAt=2025-07-01");

        var chart = page.QuerySelector("figure.app-delivery-chart svg")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Contains("Fenmoor and Dales CRC", Text(chart.QuerySelector("title")));
        var months = page.QuerySelectorAll("details table.app-delivery-chart__figures tbody th").Select(Text).ToList();
        Assert.Equal(["Jun 2025", "Jul 2025", "Aug 2025", "Sep 2025", "Oct 2025", "Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026", "Mar 2026", "In all"], months);
        var december = page.QuerySelectorAll("details table.app-delivery-chart__figures tbody tr")[6].QuerySelectorAll("td").Select(Text);
        Assert.Equal(["1", "0"], december);
    }

    [Fact]
    public async Task A_published_plans_delivery_is_public_and_a_drafts_is_for_those_who_work_on_it()
    {
        var (published, draft) = (await service.PlanIdAsync(PlanStatus.Published), await service.PlanIdAsync(PlanStatus.Draft));
        using var visitor = service.Client();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/plans/{published}/delivery")).StatusCode);
        var refused = await visitor.GetAsync($"/plans/{draft}/delivery");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/sign-in", refused.RedirectPath());
        Assert.Equal($"/plans/{published}/delivery", (await visitor.PageAsync($"/plans/{published}")).QuerySelector("a.app-delivery-link")?.GetAttribute("href"));

        using var fenmoor = await service.SignedInClientAsync("coordinator@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await fenmoor.GetAsync($"/plans/{draft}/delivery")).StatusCode);

        using var midshire = await service.SignedInClientAsync("midshire.coordinator@demo.test");
        Assert.Null((await midshire.PageAsync($"/plans/{draft}")).QuerySelector("a.app-delivery-link"));
        Assert.Contains("is draft", Text((await midshire.PageAsync($"/plans/{draft}/delivery")).QuerySelector(".app-not-delivered")));
    }

    [Theory]
    [InlineData("?AsAt.Day=31&AsAt.Month=2&AsAt.Year=2026", "The date to view as at must be a real date")]
    [InlineData("?AsAt.Day=1&AsAt.Month=&AsAt.Year=2026", "The date to view as at must include a month")]
    [InlineData("?asAt=2099-01-01", "The date to view as at must be today or in the past")]
    [InlineData("?asAt=last-week", "The date to view as at must be a real date, like")]
    [InlineData("?asAt=0001-01-01", "A progress report cannot be as at a day before the plan was submitted on ")]
    public async Task A_wrong_or_future_day_is_refused_clearly_and_the_page_shows_today(string query, string message)
    {
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        using var visitor = service.Client();

        var page = await visitor.PageAsync($"/plans/{plan}/delivery{query}");

        Assert.StartsWith(message, Text(page.QuerySelector(".govuk-error-summary a")));
        Assert.Equal("#AsAt", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#AsAt-error"));
        Assert.EndsWith("(today)", Text(page.QuerySelector(".app-as-at-day")));
    }

    [Fact]
    public async Task The_overview_as_at_a_day_long_before_any_plan_charts_only_the_months_the_plans_were_alive()
    {
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");

        var answer = await inspector.GetAsync("/delivery?asAt=0001-01-01");

        var html = await answer.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.True(html.Length < 500_000, $"the page is {html.Length / 1000} kB");
        Assert.InRange(Browserless.Parse(html).QuerySelectorAll(".app-delivery-chart__figures tbody tr").Length, 1, 60);
    }

    [Fact]
    public async Task The_date_input_shows_the_plan_as_at_the_day_entered()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        using var visitor = service.Client();

        var page = await visitor.PageAsync($"/plans/{plan}/delivery?AsAt.Day=1&AsAt.Month=7&AsAt.Year=2025");

        Assert.Equal("As at 1 July 2025", Text(page.QuerySelector(".app-as-at-day")));
        Assert.Null(page.QuerySelector(".govuk-error-summary"));
        Assert.Equal("7", page.QuerySelector("#AsAt_Month")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_overview_is_for_the_inspectorate_only()
    {
        using var visitor = service.Client();
        var anonymous = await visitor.GetAsync("/delivery");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/sign-in", anonymous.RedirectPath());

        using var coordinator = await service.SignedInClientAsync("coordinator@demo.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/delivery")).StatusCode);
        Assert.DoesNotContain((await coordinator.PageAsync("/")).QuerySelectorAll("#navigation a"), a => a.GetAttribute("href") == "/delivery");

        using var admin = await service.SignedInClientAsync("admin@demo.test");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/delivery")).StatusCode);
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        Assert.Contains((await inspector.PageAsync("/")).QuerySelectorAll("#navigation a"), a => a.GetAttribute("href") == "/delivery");
    }

    [Fact]
    public async Task The_overview_lists_overdue_actions_oldest_first_with_counts_per_provider_as_at_the_day_asked()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");

        var before = await inspector.PageAsync("/delivery?asAt=2025-07-01");
        Assert.Equal("0", Text(before.QuerySelector("#count-overdue")));
        Assert.NotNull(before.QuerySelector(".app-no-overdue"));

        var after = await inspector.PageAsync("/delivery?asAt=2026-03-15");
        Assert.Equal(("6", "2", "2", "1", "1"), (Text(after.QuerySelector("#count-total")), Text(after.QuerySelector("#count-delivered")),
            Text(after.QuerySelector("#count-overdue")), Text(after.QuerySelector("#count-due-soon")), Text(after.QuerySelector("#count-on-track"))));

        var overdue = after.QuerySelectorAll("table.app-overdue tbody tr").Select(r => r.QuerySelectorAll("td").Select(Text).ToList()).ToList();
        Assert.Equal(2, overdue.Count);
        Assert.Equal(["Fenmoor and Dales CRC", "Report of 12 June 2025", "4", "Send a weekly list of planned releases from each local prison to the CRC.",
            "Head of Offender Management in Custody", "30 November 2025", "105"], overdue[0]);
        Assert.Equal(["2", "Quality Lead", "31 January 2026", "43"], [overdue[1][2], overdue[1][4], overdue[1][5], overdue[1][6]]);
        Assert.Equal($"/plans/{plan}/delivery?asAt=2026-03-15#recommendation-4", after.QuerySelector("table.app-overdue a")!.GetAttribute("href"));

        var providers = after.QuerySelectorAll("table.app-providers tbody tr").ToList();
        Assert.Single(providers);
        Assert.Equal(["Fenmoor and Dales CRC", "1", "6", "2", "2", "33%", "Red"],
            providers[0].QuerySelectorAll("th, td").Select(Text));
        Assert.NotNull(after.QuerySelector("figure.app-delivery-chart svg[role=img]"));
        Assert.Contains("Jun 2025", after.QuerySelectorAll("table.app-delivery-chart__figures tbody th").Select(Text));
    }

    [Fact]
    public async Task Overdue_actions_from_the_loaded_plans_match_those_the_verb_lists()
    {
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        var day = new DateOnly(2026, 3, 15);

        var overview = await DeliveryOverview.AsAtAsync(db, day, plansPage: null, overduePage: null);
        var all = await OverdueActions.AllAsync(db, day).ToListAsync();

        Assert.Equal(all.Take(DeliveryOverview.OverduePerPage), overview.Overdue);
        Assert.Equal([105, 43], all.Select(a => a.DaysOverdue(day)));
    }

    [Fact]
    public async Task An_inspector_closes_monitoring_after_confirming_and_the_page_says_so()
    {
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        var today = DateOnly.FromDateTime(DateTime.Now);
        using var coordinator = await service.SignedInClientAsync("coordinator@demo.test");
        Assert.Null((await coordinator.PageAsync($"/plans/{plan}/delivery")).QuerySelector("a.app-close-link"));
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync($"/plans/{plan}/delivery/close")).StatusCode);

        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var delivery = await inspector.PageAsync($"/plans/{plan}/delivery");
        Assert.Equal($"/plans/{plan}/delivery/close", delivery.QuerySelector("a.app-close-link")?.GetAttribute("href"));
        Assert.Null(delivery.QuerySelector(".app-closed"));

        var closed = await PressAsync(inspector, $"/plans/{plan}/delivery/close");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal($"/plans/{plan}/delivery", closed.RedirectPath());

        var after = await inspector.PageAsync($"/plans/{plan}/delivery");
        Assert.StartsWith($"Monitoring was closed on {today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}.", Text(after.QuerySelector(".app-closed")));
        Assert.Contains("Monitoring closed on", Text(after.QuerySelector(".govuk-notification-banner")));
        Assert.Null(after.QuerySelector("a.app-close-link"));
        var again = await inspector.PageAsync($"/plans/{plan}/delivery/close");
        Assert.Empty(again.QuerySelectorAll("main form[method=post]"));

        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        var stored = await db.Plans.WithDeliveryRecord().SingleAsync(p => p.Id == plan);
        Assert.Equal(today, stored.Closed);
        var audited = await db.AuditEntries.Where(a => a.Entity == "ActionPlan" && a.EntityId == plan.ToString() && a.Action == AuditAction.Modified).ToListAsync();
        Assert.Contains(audited, a => a.Actor == "inspector@demo.test" && JsonDocument.Parse(a.Changes).RootElement.TryGetProperty("Closed", out _));
        var action = stored.Responses.SelectMany(r => r.Actions).First(a => !a.CompletedAtSubmission && a.Owner == "Quality Lead");
        var refused = Assert.Throws<DomainRuleException>(() => new ActionProgress(stored, action)
            .Record(new UpdateContent(today, DeliveryStatus.InProgress, "Late news.", "Olive Owner"), today));
        Assert.Contains("closed", refused.Message);
    }

    [Fact]
    public async Task The_next_inspection_starts_from_the_previous_recommendations_with_the_delivery_of_each_beside_it()
    {
        int followUp;
        using (var scope = service.Services.CreateScope())
            followUp = await scope.ServiceProvider.GetRequiredService<ActionPlansDb>().Inspections
                .Where(i => i.Published == new DateOnly(2026, 11, 16)).Select(i => i.Id).SingleAsync();
        var path = $"/inspections/{followUp}/recommendations";
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");

        Assert.Equal(HttpStatusCode.Redirect, (await PressAsync(inspector, path, "FromEarlier")).StatusCode);

        var page = await inspector.PageAsync(path);
        var rows = page.QuerySelectorAll("form[action*='handler=Judge'] tbody tr").ToList();
        Assert.Equal(4, rows.Count);
        // Every target of the demo plan is past by the service's own days, so these hold on any day the tests run.
        Assert.Equal([
            "Agreed Red 1 of 3 actions delivered, 2 overdue",
            "Agreed Red 1 of 2 actions delivered, 1 overdue",
            "Not Agreed No RAG No actions: not agreed",
            "Partly Agreed Red 0 of 1 action delivered, 1 overdue",
        ], rows.Select(r => Text(r.QuerySelector(".app-previous-delivery"))).Select(t => t[..t.IndexOf(" The delivery", StringComparison.Ordinal)]));
        Assert.All(rows, r => Assert.NotNull(r.QuerySelector("select[name^=Progress]")));
        Assert.EndsWith("/delivery#recommendation-4", rows[3].QuerySelector(".app-previous-delivery a")!.GetAttribute("href"));
    }
}
