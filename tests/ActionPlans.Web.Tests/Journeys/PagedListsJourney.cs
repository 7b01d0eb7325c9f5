using ActionPlans.Core.Plans;
using ActionPlans.Web.Features.Admin;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Api;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace ActionPlans.Web.Tests.Journeys;

/// <summary>
/// The inspections list and the audit trail in the browser, with more rows than a page holds: no page shows more than
/// a page, and the GOV.UK pagination links lead through every row once and back.
/// </summary>
[Trait("Category", "Journey")]
[Collection(Chromium.Journeys)]
public sealed class PagedListsJourney(Chromium chromium) : IClassFixture<Chromium>
{
    private const int PageSize = 50;

    private async Task<ActionPlansDb> AddPlansAsync(IServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        if (!await db.Organisations.AnyAsync(o => o.Name == ManyPlans.Providers[0]))
            await ManyPlans.AddAsync(db, 70, _ => PlanStatus.Published);
        return db;
    }

    private static async Task<IReadOnlyList<string>> RowsAsync(IPage page) =>
        await page.Locator("main tbody tr").AllInnerTextsAsync();

    [Fact]
    public async Task An_inspector_pages_through_every_inspection_fifty_at_a_time()
    {
        int count;
        using (var scope = chromium.Service.Services.CreateScope())
            count = await (await AddPlansAsync(scope)).Inspections.CountAsync();
        Assert.True(count > PageSize && count <= 2 * PageSize);
        var page = await chromium.SignedInPageAsync("inspector@demo.test");

        await page.VisitAsync("/inspections");
        var first = await RowsAsync(page);
        Assert.Equal(PageSize, first.Count);
        var pagination = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages of inspections" });
        await pagination.GetByRole(AriaRole.Link, new() { Name = "Next page" }).FollowAsync();
        var second = await RowsAsync(page);
        Assert.Equal(count - PageSize, second.Count);
        Assert.Equal("page", await pagination.GetByRole(AriaRole.Link, new() { Name = "Page 2" }).GetAttributeAsync("aria-current"));
        Assert.Empty(first.Intersect(second));

        await pagination.GetByRole(AriaRole.Link, new() { Name = "Previous page" }).FollowAsync();
        Assert.Equal(first, await RowsAsync(page));
    }

    [Fact]
    public async Task An_administrator_reads_the_audit_trail_a_page_at_a_time_older_and_back_newer()
    {
        long count;
        using (var scope = chromium.Service.Services.CreateScope())
            count = await (await AddPlansAsync(scope)).AuditEntries.LongCountAsync();
        var page = await chromium.SignedInPageAsync("admin@demo.test");

        await page.VisitAsync("/admin/audit");
        var pagination = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages of the audit trail" });
        Assert.Equal(0, await pagination.GetByRole(AriaRole.Link, new() { Name = "Newer page" }).CountAsync());
        var first = await RowsAsync(page);
        var seen = first.Count;
        Assert.Equal(AuditModel.PageSize, seen);

        // A change made while the page is read does not shift the next page: it starts after this page's last entry.
        using (var scope = chromium.Service.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            var hmpps = await db.Organisations.SingleAsync(o => o.Name == "HM Prison and Probation Service");
            hmpps.Rename("HM Prison and Probation Service (renamed)");
            await db.SaveChangesAsync();
        }
        await pagination.GetByRole(AriaRole.Link, new() { Name = "Older page" }).FollowAsync();
        var second = await RowsAsync(page);
        Assert.Equal(AuditModel.PageSize, second.Count);
        Assert.Empty(first.Intersect(second));
        await pagination.GetByRole(AriaRole.Link, new() { Name = "Newer page" }).FollowAsync();
        Assert.Equal(first, await RowsAsync(page));

        // Older to the end: every entry once, never more than a page at a time.
        while (await pagination.GetByRole(AriaRole.Link, new() { Name = "Older page" }).CountAsync() > 0)
        {
            await pagination.GetByRole(AriaRole.Link, new() { Name = "Older page" }).FollowAsync();
            var rows = (await RowsAsync(page)).Count;
            Assert.InRange(rows, 1, AuditModel.PageSize);
            seen += rows;
        }
        Assert.Equal(count, seen);
    }
}
