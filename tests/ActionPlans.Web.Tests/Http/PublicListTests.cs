using ActionPlans.Documents.Tests.Fixtures;
using ActionPlans.Web.Features.Import;
using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Http;

/// <summary>The public list of published plans and its filters, with the demo and our own copies of the three plan layouts in the service.</summary>
public sealed class PublicListTests(RunningService service) : IClassFixture<RunningService>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        using var scope = service.Services.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<DocumentImport>();
        foreach (var plan in Layouts.Plans(Copy.Own))
            await importer.ImportAsync(Path.GetFileName(plan), await File.ReadAllBytesAsync(plan), dryRun: false);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<string>> ProvidersListedAsync(string query)
    {
        using var client = service.Client();
        var page = await client.PageAsync("/" + query);
        return page.QuerySelectorAll("table.app-published-plans tbody th a").Select(a => a.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task Every_published_plan_is_listed_newest_report_first()
    {
        var all = await ProvidersListedAsync("");
        Assert.Equal(4, all.Count);
        Assert.Equal("Eastmarch Division - National Probation Service", all[0]);
        Assert.Equal("Fenmoor and Dales CRC", all[1]);
        Assert.Equal("Harrowfield & Stoke Community Rehabilitation Company", all[3]);
    }

    [Fact]
    public async Task Plans_filter_by_provider_and_by_year_of_the_report()
    {
        Assert.Equal(["Kestrel Vale Community Rehabilitation Company"], await ProvidersListedAsync("?provider=Kestrel+Vale+Community+Rehabilitation+Company"));
        Assert.Equal(["Harrowfield & Stoke Community Rehabilitation Company"], await ProvidersListedAsync("?year=2024"));
        var of2025 = await ProvidersListedAsync("?year=2025");
        Assert.Equal(3, of2025.Count);
        Assert.Contains("Eastmarch Division - National Probation Service", of2025);
    }

    [Fact]
    public async Task A_plan_page_shows_the_standard_layout_with_a_header_where_the_addressee_changes()
    {
        using var client = service.Client();
        var home = await client.PageAsync("/?provider=Eastmarch+Division+-+National+Probation+Service");
        var plan = await client.PageAsync(home.QuerySelector("table.app-published-plans tbody th a")!.GetAttribute("href")!);

        Assert.Equal(3, plan.QuerySelectorAll("table.app-definitions tbody tr").Length);
        Assert.Equal(
            // The demo already knows HMPPS by its short name: the plan's longer name finds that body.
            ["HM Prison and Probation Service should:", "Ministry of Justice should:", "Her Majesty's Courts and Tribunal Service should:"],
            plan.QuerySelectorAll("tr.app-addressee").Select(r => r.TextContent.Trim()));
        Assert.Equal("8", plan.QuerySelectorAll("caption").Single(c => c.TextContent.Contains("Summary")).ParentElement!.QuerySelectorAll("td").Last().TextContent);
    }

    [Fact]
    public async Task Plans_filter_by_delivery_as_at_today()
    {
        // Nothing has been reported on these plans' actions, whose targets passed long ago.
        var overdue = await ProvidersListedAsync("?delivery=Overdue");
        Assert.Contains("Kestrel Vale Community Rehabilitation Company", overdue);
        Assert.Empty(await ProvidersListedAsync("?delivery=Delivered"));
    }
}
