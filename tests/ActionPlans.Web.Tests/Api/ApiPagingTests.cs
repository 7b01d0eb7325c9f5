using System.Net;
using System.Text.Json;
using ActionPlans.Core.Access;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Api;

/// <summary>
/// The API's lists read from the database a page at a time, on both databases: following the next links reads every
/// row the caller may read exactly once, in id order, with the caller's filters kept; the CSV is written as it is read.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ApiPagingTests(ThrowawayPostgres postgres)
{
    /// <summary>Beside the demo: 130 plans, every fifth a draft, so the published ones outnumber a batch of the CSV.</summary>
    private const int Added = 130;

    private static PlanStatus StatusOf(int n) => n % 5 == 0 ? PlanStatus.Draft : PlanStatus.Published;

    private static async Task<RunningService> ServiceAsync(string provider, ThrowawayPostgres postgres)
    {
        var service = await RunningService.OnAsync(provider, postgres);
        using var scope = service.Services.CreateScope();
        await ManyPlans.AddAsync(scope.ServiceProvider.GetRequiredService<ActionPlansDb>(), Added, StatusOf);
        return service;
    }

    /// <summary>Follows the next links from <paramref name="path"/> to the end, with every id of every page in order.</summary>
    private static async Task<List<int>> WalkAsync(HttpClient client, string path)
    {
        var ids = new List<int>();
        for (string? next = path; next is not null;)
        {
            var response = await client.GetAsync(next);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {next} answered {(int)response.StatusCode}");
            var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var items = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
            Assert.True(items.Count > 0 && items.Count <= 7, $"{next} gave {items.Count} items");
            ids.AddRange(items);
            next = page.GetProperty("next").GetString();
        }
        return ids;
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Following_next_links_reads_every_row_the_caller_may_read_once(string provider)
    {
        await using var service = await ServiceAsync(provider, postgres);
        List<ActionPlan> plans;
        List<ActionPlans.Core.Inspections.Inspection> inspections;
        Dictionary<string, int?> organisationOf;
        using (var scope = service.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            plans = await db.Plans.WithDeliveryRecord().AsNoTracking().ToListAsync();
            inspections = await db.Inspections.Include(i => i.Recommendations).AsNoTracking().ToListAsync();
            organisationOf = await db.Users.ToDictionaryAsync(u => u.Email!, u => u.OrganisationId);
        }
        var today = service.Services.GetRequiredService<TimeProvider>().TodayInUk();
        var midshireDraft = plans.Single(p => p.Inspection.Provider.Name == "NPS Midshire Division").Id;

        foreach (var account in new string?[] { null, "midshire.coordinator@demo.test", "coordinator@demo.test", "inspector@demo.test" })
        {
            using var client = account is null ? service.Client() : await service.SignedInClientAsync(account);
            var viewer = account is null ? Viewer.Public
                : new Viewer(new HashSet<string> { account.StartsWith("inspector") ? Role.Inspector : Role.Coordinator }, organisationOf[account], true);
            var readablePlans = plans.Where(viewer.CanRead).OrderBy(p => p.Id).ToList();
            var readableInspections = inspections.Where(i => viewer.CanRead(i, today)).ToList();

            var planIds = await WalkAsync(client, "/api/plans?pageSize=7");
            Assert.Equal(readablePlans.Select(p => p.Id), planIds);
            Assert.Equal(readablePlans.SelectMany(p => p.Responses).SelectMany(r => r.Actions).Select(a => a.Id).Order(),
                await WalkAsync(client, "/api/actions?pageSize=7"));
            Assert.Equal(readableInspections.Select(i => i.Id).Order(), await WalkAsync(client, "/api/inspections?pageSize=7"));
            Assert.Equal(readableInspections.SelectMany(i => i.Recommendations).Select(r => r.Id).Order(),
                await WalkAsync(client, "/api/recommendations?pageSize=7"));

            // The rule as each kind of caller meets it.
            Assert.Equal(account is "midshire.coordinator@demo.test" or "inspector@demo.test", planIds.Contains(midshireDraft));
            if (account is null) Assert.All(readablePlans, p => Assert.Equal(PlanStatus.Published, p.Status));
            Assert.Equal(account is "inspector@demo.test", planIds.Count == plans.Count);
        }
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_plan_published_while_a_caller_reads_the_pages_neither_repeats_nor_skips_a_row(string provider)
    {
        await using var service = await ServiceAsync(provider, postgres);
        using var client = service.Client();
        var first = JsonDocument.Parse(await client.GetStringAsync("/api/plans?pageSize=7")).RootElement;
        var read = first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        var last = read[^1];

        // A draft older than the page just read is published: it comes before the next page, so that page must not move.
        int published;
        using (var scope = service.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            var draft = await db.Plans.Where(p => p.Status == PlanStatus.Draft && p.Id < last).OrderBy(p => p.Id).FirstAsync();
            draft.Submit(new DateOnly(2025, 1, 6));
            draft.Accept();
            draft.Publish();
            await db.SaveChangesAsync();
            published = draft.Id;
        }
        var rest = await WalkAsync(client, first.GetProperty("next").GetString()!);

        Assert.Empty(read.Intersect(rest));
        Assert.DoesNotContain(published, rest);
        using (var scope = service.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            var after = await db.Plans.Where(p => p.Status == PlanStatus.Published && p.Id > last).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
            Assert.Equal(after, rest);
        }
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Plans_are_filtered_by_provider_in_any_case_and_by_year_across_pages(string provider)
    {
        await using var service = await ServiceAsync(provider, postgres);
        using var client = service.Client();
        var expected = new List<int>();
        using (var scope = service.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            expected = await db.Plans.Where(p => p.Status == PlanStatus.Published && p.Inspection.Provider.Name == "Northfield CRC"
                && p.Inspection.Published >= new DateOnly(2022, 1, 1) && p.Inspection.Published < new DateOnly(2023, 1, 1)).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        }
        Assert.True(expected.Count > 2, "the filter should span more than one page");

        var first = JsonDocument.Parse(await client.GetStringAsync("/api/plans?provider=NORTHFIELD%20crc&year=2022&pageSize=2")).RootElement;
        var next = first.GetProperty("next").GetString()!;
        Assert.Contains("provider=NORTHFIELD%20crc", next);
        Assert.Contains("year=2022", next);
        Assert.Equal(expected, await WalkAsync(client, "/api/plans?provider=NORTHFIELD%20crc&year=2022&pageSize=2"));
        Assert.Empty(JsonDocument.Parse(await client.GetStringAsync("/api/plans?provider=Northfield")).RootElement.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task The_csv_is_written_as_it_is_read_with_every_published_action_once(string provider)
    {
        await using var service = await ServiceAsync(provider, postgres);
        List<(string Text, PlanStatus Status)> actions;
        using (var scope = service.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            actions = (await db.Plans.Include(p => p.Responses).ThenInclude(r => r.Actions).AsNoTracking().ToListAsync())
                .SelectMany(p => p.Responses.SelectMany(r => r.Actions).Select(a => (a.Text, p.Status))).ToList();
        }
        using var client = service.Client();
        var response = await client.GetAsync("/api/actions.csv", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Sent in chunks as it is written: its length is not known before the last row.
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.True(response.Headers.TransferEncodingChunked);
        var csv = await response.Content.ReadAsStringAsync();

        Assert.True(actions.Count(a => a.Status == PlanStatus.Published) > 100);
        foreach (var (text, status) in actions)
            Assert.True(Occurrences(csv, text) == (status == PlanStatus.Published ? 1 : 0), $"{status} action \"{text}\" is in the CSV {Occurrences(csv, text)} times");
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
