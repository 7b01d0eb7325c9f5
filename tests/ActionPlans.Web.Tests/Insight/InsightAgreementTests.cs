using System.Net;
using System.Text.Json;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Insight;

/// <summary>
/// For every combination of the filters, the page's tables, the CSV each links to and the open data's JSON give
/// the same figures, to an anonymous visitor.
/// </summary>
public sealed class InsightAgreementTests(RunningService service) : IClassFixture<RunningService>, IAsyncLifetime
{
    private static readonly (string Key, string Value)[] Filters =
    [
        ("from", "2019-06-01"), ("to", "2020-12-31"), ("providerType", "crc"), ("provider", "Wendle CRC"), ("addressee", "provider"), ("asAt", "2020-06-30"),
    ];

    public async Task InitializeAsync()
    {
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        if (!await db.Organisations.AnyAsync(o => o.Name == "Wendle CRC")) await InsightWorld.AddToAsync(db);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Page_csv_and_json_agree_for_every_combination_of_filters()
    {
        using var client = service.Client();
        var counted = 0;
        for (var chosen = 0; chosen < 1 << Filters.Length; chosen++)
        {
            var query = string.Join("&", Filters.Where((_, i) => (chosen & 1 << i) != 0).Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}"));
            var page = await client.PageAsync("/insight?" + query);
            Assert.Empty(page.QuerySelectorAll(".govuk-error-summary"));
            var tables = new Dictionary<string, List<string[]>>();
            foreach (var figure in page.QuerySelectorAll(".app-insight-figure"))
            {
                var csvLink = figure.QuerySelector("a.app-insight-csv")!.GetAttribute("href")!;
                var csv = Csv(await client.GetStringAsync(csvLink));
                var shown = figure.QuerySelectorAll("table tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
                // A figure with nothing to count shows no table; its CSV has the headings alone.
                if (shown.Count == 0) Assert.Single(csv);
                else Assert.Equal(shown, csv);
                tables[figure.Id!] = csv;
                counted += csv.Count - 1;
            }

            var ratings = await JsonAsync(client, "/api/insight/ratings?" + query);
            Assert.Equal(tables["ratings-by-standard"].Skip(1).Select(r => string.Join("|", r)),
                ratings.GetProperty("standards").EnumerateArray().Select(s =>
                    $"{s.GetProperty("id")} {s.GetProperty("name")}|{s.GetProperty("outstanding")}|{s.GetProperty("good")}|{s.GetProperty("requiresImprovement")}|{s.GetProperty("inadequate")}"));
            var overall = ratings.GetProperty("overall");
            Assert.Equal(tables["ratings-overall"].Skip(1).Select(r => string.Join("|", r.Skip(1))),
                Enumerable.Repeat($"{overall.GetProperty("outstanding")}|{overall.GetProperty("good")}|{overall.GetProperty("requiresImprovement")}|{overall.GetProperty("inadequate")}", 1));

            var responses = await JsonAsync(client, "/api/insight/responses?" + query);
            var byAddressee = tables["responses-by-addressee"].Skip(1).ToList();
            Assert.Equal(byAddressee.Select(r => string.Join("|", r)),
                responses.GetProperty("byAddressee").EnumerateArray().Select(a =>
                    $"{a.GetProperty("addressee").GetString()}|{a.GetProperty("agreed")}|{a.GetProperty("partlyAgreed")}|{a.GetProperty("notAgreed")}"));
            Assert.Equal(byAddressee.Sum(r => int.Parse(r[1])), responses.GetProperty("agreed").GetInt32());
            Assert.Equal(byAddressee.Sum(r => int.Parse(r[2])), responses.GetProperty("partlyAgreed").GetInt32());
            Assert.Equal(byAddressee.Sum(r => int.Parse(r[3])), responses.GetProperty("notAgreed").GetInt32());
            var reasons = responses.GetProperty("reasons");
            Assert.Equal(tables["responses-reasons"].Skip(1).Select(r => r[1]),
                new[] { "commissioning", "policy", "operational", "affordability" }.Select(k => reasons.GetProperty(k).ToString()));
        }
        // The combinations counted something, so the comparisons compared figures.
        Assert.True(counted > 100, $"{counted} rows compared");
    }

    [Fact]
    public async Task A_filter_that_is_not_right_is_refused_by_the_api_and_named_on_the_page()
    {
        using var client = service.Client();
        var answer = await client.GetAsync("/api/insight/ratings.csv?providerType=prison&from=31/12/2020");
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("prison", problem.GetProperty("providerType")[0].GetString());
        Assert.Contains("real date", problem.GetProperty("from")[0].GetString());

        var page = await client.PageAsync("/insight?providerType=prison");
        Assert.Contains("The type of provider must be one of", page.QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.StartsWith("Error:", page.Title);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/insight/ratings.csv?table=nothing")).StatusCode);
    }

    [Fact]
    public async Task The_open_data_page_and_openapi_describe_each_insight_endpoint_with_its_filters()
    {
        using var client = service.Client();
        var page = await client.PageAsync("/open-data");
        var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/insight/ratings", "/api/insight/responses", "/api/insight/ratings.csv", "/api/insight/responses.csv" })
        {
            var heading = page.QuerySelectorAll("h3 code").Single(c => c.TextContent == path);
            var parameters = heading.ParentElement!.NextElementSibling!.NextElementSibling!.QuerySelectorAll("tbody th code").Select(c => c.TextContent).ToList();
            Assert.Superset(new HashSet<string> { "from", "to", "providerType", "provider", "addressee", "asAt" }, new HashSet<string>(parameters));
            var described = openApi.GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
            Assert.Contains("providerType", described);
            Assert.Equal(path.EndsWith(".csv"), described.Contains("table"));
        }
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        var answer = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>The rows of a CSV, with quoted cells unquoted.</summary>
    private static List<string[]> Csv(string text)
    {
        var rows = new List<string[]>();
        foreach (var line in text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var cells = new List<string>();
            var cell = new System.Text.StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = !quoted;
                else if (c == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
                else cell.Append(c);
            }
            cells.Add(cell.ToString());
            rows.Add([.. cells]);
        }
        return rows;
    }
}
