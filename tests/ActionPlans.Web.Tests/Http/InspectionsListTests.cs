using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Http;

/// <summary>The inspections list filters by the read rule in its query: a report not yet published is its provider's and the inspectorate's.</summary>
public sealed class InspectionsListTests(RunningService service) : IClassFixture<RunningService>
{
    [Fact]
    public async Task An_unpublished_report_is_listed_for_its_providers_coordinator_and_the_inspector_only()
    {
        using (var scope = service.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            var midshire = await db.Inspections.SingleAsync(i => i.Provider.Name == "NPS Midshire Division");
            midshire.Describe(midshire.Kind, midshire.FieldworkStarted, published: null, midshire.CasesInspected);
            await db.SaveChangesAsync();
        }

        foreach (var (account, listed) in new[] { ("midshire.coordinator@demo.test", true), ("inspector@demo.test", true), ("coordinator@demo.test", false) })
        {
            using var client = await service.SignedInClientAsync(account);
            var providers = (await client.PageAsync("/inspections")).QuerySelectorAll("main tbody th").Select(th => th.TextContent.Trim()).ToList();
            Assert.Contains("Fenmoor and Dales CRC", providers);
            Assert.True(listed == providers.Contains("NPS Midshire Division"), $"{account} sees [{string.Join(", ", providers)}]");
        }
    }
}
