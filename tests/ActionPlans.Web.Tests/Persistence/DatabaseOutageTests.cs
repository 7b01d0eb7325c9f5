using System.Diagnostics;
using System.Net;
using System.Text;
using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Features.Import;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ActionPlans.Web.Tests.Persistence;

/// <summary>PostgreSQL stopped and started again under a running service, with its connections pooled as in production.</summary>
public sealed class DatabaseOutageTests
{
    private static byte[] Plan(string place) => Encoding.UTF8.GetBytes(string.Join('\n',
        "Action Plan Submitted: 3rd May 2021",
        "",
        $"A Response to the HMI Probation Inspection: {place}",
        "Community Rehabilitation Company",
        "",
        "Report Published: 26th April 2021",
        "",
        "1. Rec No\t2. Recommendation\t3. Agreed/ Partly Agreed/ Not Agreed\t4. Response Action Taken/Planned\t5. Responsible Owner\t6. Target Date",
        "1\tAnswer every referral within a week\tAgreed\t• Publish the referral rota\tHead of Operations\tJune 2022") + "\n");

    private static async Task<int> ImportAsync(RunningService service, string place)
    {
        using var scope = service.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<DocumentImport>().ImportAsync($"{place}.txt", Plan(place), dryRun: false);
        return result.Id!.Value;
    }

    private static async Task<HttpStatusCode> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health");
        return response.StatusCode;
    }

    /// <summary>Asks /health until it gives the status wanted, for at most a minute.</summary>
    private static async Task<HttpStatusCode> HealthBecomesAsync(HttpClient client, HttpStatusCode wanted)
    {
        var waited = Stopwatch.StartNew();
        HttpStatusCode status;
        while ((status = await HealthAsync(client)) != wanted && waited.Elapsed < TimeSpan.FromMinutes(1))
            await Task.Delay(200);
        return status;
    }

    [Fact]
    public async Task Health_answers_503_while_PostgreSQL_is_down_and_the_service_recovers_by_itself_with_nothing_lost()
    {
        var postgres = await ThrowawayPostgres.OwnAsync();
        var folder = Directory.CreateTempSubdirectory("actionplans-outage-").FullName;
        RunningService? service = null;
        try
        {
            // A keep-alive far too slow to notice the restart, so the first requests after it are sure to meet the
            // pool's closed connections, as they can when a busy machine delays the default one.
            var connection = new NpgsqlConnectionStringBuilder(postgres.NewDatabase()) { Pooling = true, KeepAlive = 3600 }.ConnectionString;
            service = await RunningService.StartAsync(folder, new Dictionary<string, string?>
            {
                [DatabaseSettings.ProviderSetting] = "Postgres",
                [DatabaseSettings.ConnectionSetting] = connection,
            });
            using var client = service.Client();
            var before = await ImportAsync(service, "Ormsby Reach");
            Assert.Equal(HttpStatusCode.OK, await HealthAsync(client));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

            await postgres.HaltAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await HealthBecomesAsync(client, HttpStatusCode.ServiceUnavailable));

            await postgres.ResumeAsync();
            Assert.Equal(HttpStatusCode.OK, await HealthBecomesAsync(client, HttpStatusCode.OK));
            // Once healthy, the first pages and writes succeed: no broken connection is handed out from the pool.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            var after = await ImportAsync(service, "Tolland Cross");

            // A restart that nobody notices while it lasts leaves the pooled connections broken; the first
            // requests after it must still succeed rather than answer 500 until the pool has drained.
            await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync("/")));
            await postgres.HaltAsync();
            await postgres.ResumeAsync();
            var pages = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetAsync("/")));
            Assert.All(pages, page => Assert.Equal(HttpStatusCode.OK, page.StatusCode));
            using var scope = service.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            Assert.Equal([before, after], await db.Plans.Where(p => p.Id == before || p.Id == after).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());
        }
        finally
        {
            if (service is not null) await service.DisposeAsync();
            await postgres.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }
}
