using ActionPlans.Core.Tests.Seeds;
using ActionPlans.Web.Import;
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

    [Fact]
    public async Task Every_published_plan_is_listed_newest_report_first()
    {
        var all = await ProvidersListedAsync("");
        Assert.Equal(4, all.Count);
        Assert.Equal("Fenmoor and Dales CRC", all[0]);
        Assert.Equal("Northumbria Community Rehabilitation Company", all[1]);
    }

    [Fact]
    public async Task Plans_filter_by_provider_and_by_year_of_the_report()
    {
        Assert.Equal(["Northumbria Community Rehabilitation Company"], await ProvidersListedAsync("?provider=Northumbria+Community+Rehabilitation+Company"));
        var of2019 = await ProvidersListedAsync("?year=2019");
        Assert.Equal(2, of2019.Count);
        Assert.Contains("North West Division - National Probation Service", of2019);
    }

    [Fact]
    public async Task Plans_filter_by_delivery_as_at_today()
    {
        // Nothing has been reported on the seed plans' actions, whose targets passed years ago.
        var overdue = await ProvidersListedAsync("?delivery=Overdue");
        Assert.Contains("Northumbria Community Rehabilitation Company", overdue);
        Assert.Empty(await ProvidersListedAsync("?delivery=Delivered"));
    }
}
