using ActionPlans.Core.Tests.Seeds;
using ActionPlans.Web.Features.Import;
using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Http;

/// <summary>The public list of published plans and its filters, with the demo and the three seed plans in the service.</summary>
public sealed class PublicListTests(RunningService service) : IClassFixture<RunningService>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        using var scope = service.Services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<DocumentImport>();
        foreach (var seed in SeedDocuments.Plans)
            await importer.ImportAsync(Path.GetFileName(seed), await File.ReadAllBytesAsync(seed), dryRun: false);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<string>> ProvidersListedAsync(string query)
    {
        using var client = service.Client();
        var page = await client.PageAsync("/" + query);
        return page.QuerySelectorAll("table.app-published-plans tbody th a").Select(a => a.TextContent.Trim()).ToList();
    }

    [SkippableFact]
    public async Task Every_published_plan_is_listed_newest_report_first()
    {
        var all = await ProvidersListedAsync("");
        Assert.Equal(4, all.Count);
        Assert.Equal("Fenmoor and Dales CRC", all[0]);
        Assert.Equal("Northumbria Community Rehabilitation Company", all[1]);
    }

    [SkippableFact]
    public async Task Plans_filter_by_provider_and_by_year_of_the_report()
    {
        Assert.Equal(["Northumbria Community Rehabilitation Company"], await ProvidersListedAsync("?provider=Northumbria+Community+Rehabilitation+Company"));
        var of2019 = await ProvidersListedAsync("?year=2019");
        Assert.Equal(2, of2019.Count);
        Assert.Contains("North West Division - National Probation Service", of2019);
    }

    [SkippableFact]
    public async Task A_plan_page_shows_the_standard_layout_with_a_header_where_the_addressee_changes()
    {
        using var client = service.Client();
        var home = await client.PageAsync("/?provider=North+West+Division+-+National+Probation+Service");
        var plan = await client.PageAsync(home.QuerySelector("table.app-published-plans tbody th a")!.GetAttribute("href")!);

        Assert.Equal(3, plan.QuerySelectorAll("table.app-definitions tbody tr").Length);
        Assert.Equal(
            // The demo already knows HMPPS by its short name: the plan's longer name finds that body.
            ["HM Prison and Probation Service should:", "Ministry of Justice should:", "Her Majesty's Courts and Tribunal Service should:"],
            plan.QuerySelectorAll("tr.app-addressee").Select(r => r.TextContent.Trim()));
        Assert.Equal("8", plan.QuerySelectorAll("caption").Single(c => c.TextContent.Contains("Summary")).ParentElement!.QuerySelectorAll("td").Last().TextContent);
    }

    [SkippableFact]
    public async Task Plans_filter_by_delivery_as_at_today()
    {
        // Nothing has been reported on the seed plans' actions, whose targets passed years ago.
        var overdue = await ProvidersListedAsync("?delivery=Overdue");
        Assert.Contains("Northumbria Community Rehabilitation Company", overdue);
        Assert.Empty(await ProvidersListedAsync("?delivery=Delivered"));
    }
}
