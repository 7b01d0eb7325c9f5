using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.TargetDates;
using ActionPlans.Web.Features;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Progress;

/// <summary>
/// With more plans and actions than a page holds, every national list shows one page of rows with GOV.UK
/// pagination, the pages together show each row once, and the overdue list downloads whole as CSV.
/// </summary>
public sealed class NationalListsTests(RunningService service) : IClassFixture<RunningService>, IAsyncLifetime
{
    private const int Plans = 40;
    private const int ActionsEach = 3;

    public async Task InitializeAsync()
    {
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        // xunit makes the class once a test on the one service: the plans are added for the first.
        if (await db.Organisations.AnyAsync(o => o.Name == "Wealdmoor CRC")) return;
        var owner = await scope.ServiceProvider.GetRequiredService<UserManager<ServiceUser>>().FindByEmailAsync("owner@demo.test");
        var fenmoor = await db.Organisations.SingleAsync(o => o.Name == "Fenmoor and Dales CRC");
        var others = new[] { "Wealdmoor CRC", "Saltmere CRC" }.Select(n => new Organisation(n, OrganisationKind.CommunityRehabilitationCompany)).ToArray();
        for (var n = 0; n < Plans; n++)
        {
            // Fenmoor's plans carry actions assigned to the demo's owner, so "My actions" has more than a page of them too.
            var provider = n % 2 == 0 ? fenmoor : others[n % 4 / 2];
            var published = new DateOnly(2018, 1, 1).AddDays(n * 20);
            var inspection = new Inspection(provider, InspectionKind.CrcInspection, published.AddMonths(-3), published);
            var recommendation = inspection.Recommend(1, $"Improve the supervision of cases ({n}).", provider);
            var plan = new ActionPlan(inspection);
            for (var a = 0; a < ActionsEach; a++)
            {
                var action = plan.ResponseTo(recommendation).AddAction($"Audit {n * 10 + a} cases.", "Head of quality", TargetDate.Parse(DateWordsOf(published.AddMonths(6 + a))));
                if (provider == fenmoor) action.AssignTo(owner!.Id);
            }
            plan.Submit(published.AddDays(30));
            plan.Accept();
            plan.Publish();
            db.Plans.Add(plan);
        }
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string DateWordsOf(DateOnly day) => day.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    [Fact]
    public async Task The_delivery_overview_pages_its_plans_and_overdue_actions_and_downloads_every_overdue_action()
    {
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var first = await inspector.PageAsync("/delivery");

        var overdueTotal = int.Parse(first.QuerySelector("#count-overdue")!.TextContent.Trim());
        Assert.True(overdueTotal >= Plans * ActionsEach, $"{overdueTotal} overdue");
        Assert.Equal(DeliveryOverview.PlansPerPage, first.QuerySelectorAll("table.app-plans tbody tr").Length);
        Assert.Equal(DeliveryOverview.OverduePerPage, first.QuerySelectorAll("table.app-overdue tbody tr").Length);

        var plans = new List<string>();
        var pages = first.QuerySelectorAll("nav[aria-label='Pages of plans being delivered'] .govuk-pagination__item a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(pages.Count >= 2);
        foreach (var href in pages)
            plans.AddRange((await inspector.PageAsync(href)).QuerySelectorAll("table.app-plans tbody th a").Select(a => a.GetAttribute("href")!));
        Assert.Equal(plans.Distinct().Count(), plans.Count);
        Assert.True(plans.Count >= Plans);

        var overdueRows = new List<string>();
        for (var page = 1; page <= (overdueTotal + DeliveryOverview.OverduePerPage - 1) / DeliveryOverview.OverduePerPage; page++)
            overdueRows.AddRange((await inspector.PageAsync($"/delivery?overdue={page}")).QuerySelectorAll("table.app-overdue tbody tr")
                .Select(r => string.Join("|", r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()))));
        Assert.Equal(overdueTotal, overdueRows.Count);

        var download = first.QuerySelector("a.app-overdue-csv")!.GetAttribute("href")!;
        using var csv = await inspector.GetAsync(download);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Provider,Plan,Report published,Recommendation,Action,Owner,Due,Days overdue", lines[0]);
        Assert.Equal(overdueTotal, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains("Audit 390 cases."));
    }

    [Fact]
    public async Task The_public_list_shows_a_page_of_plans_and_its_pages_show_each_plan_once()
    {
        using var client = service.Client();
        var first = await client.PageAsync("/");
        Assert.Equal(IndexModel.PlansPerPage, first.QuerySelectorAll("table.app-published-plans tbody tr").Length);

        var seen = new List<string>();
        foreach (var href in first.QuerySelectorAll(".govuk-pagination__item a").Select(a => a.GetAttribute("href")!))
            seen.AddRange((await client.PageAsync(href)).QuerySelectorAll("table.app-published-plans tbody th a").Select(a => a.GetAttribute("href")!));
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.True(seen.Count > Plans);

        var filtered = await client.PageAsync("/?provider=Saltmere+CRC&delivery=Overdue");
        Assert.Equal(Plans / 4, filtered.QuerySelectorAll("table.app-published-plans tbody tr").Length);
        var none = await client.PageAsync("/?provider=Saltmere+CRC&delivery=Delivered");
        Assert.Empty(none.QuerySelectorAll("table.app-published-plans tbody tr"));
    }

    [Fact]
    public async Task My_actions_shows_a_page_of_each_group_with_pagination_for_the_rest()
    {
        using var owner = await service.SignedInClientAsync("owner@demo.test");
        var page = await owner.PageAsync("/my-actions");

        var overdue = page.QuerySelector("table#overdue")!;
        var count = int.Parse(overdue.QuerySelector("caption")!.TextContent.Split('(', ')')[1]);
        Assert.True(count > MyActionsModel.PerGroupPage, $"{count} overdue");
        Assert.Equal(MyActionsModel.PerGroupPage, overdue.QuerySelectorAll("tbody tr").Length);

        var rest = await owner.PageAsync("/my-actions?overdue=2");
        var second = rest.QuerySelectorAll("table#overdue tbody tr .app-my-action__link").Select(a => a.TextContent).ToList();
        Assert.Equal(Math.Min(count - MyActionsModel.PerGroupPage, MyActionsModel.PerGroupPage), second.Count);
        Assert.Empty(second.Intersect(overdue.QuerySelectorAll(".app-my-action__link").Select(a => a.TextContent)));
    }
}
