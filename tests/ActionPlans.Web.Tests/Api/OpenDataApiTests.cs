using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ActionPlans.Core.Plans;
using ActionPlans.Core.TargetDates;
using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Api;

/// <summary>The open data API through the real HTTP pipeline, against the demo: one published plan (Fenmoor) and one draft (Midshire).</summary>
public sealed class OpenDataApiTests(RunningService service) : IClassFixture<RunningService>
{
    private const string Published = "Fenmoor and Dales CRC";
    private const string Draft = "NPS Midshire Division";

    private async Task<(int Published, int Draft)> DemoPlansAsync()
    {
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        var plans = await db.Plans.Select(p => new { p.Id, p.Status }).ToListAsync();
        return (plans.Single(p => p.Status == PlanStatus.Published).Id, plans.Single(p => p.Status == PlanStatus.Draft).Id);
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    [Fact]
    public async Task Anonymous_callers_list_the_published_plan_only_and_a_draft_is_not_found()
    {
        var (published, draft) = await DemoPlansAsync();
        using var client = service.Client();

        var plans = await JsonAsync(client, "/api/plans");
        var only = Assert.Single(Items(plans));
        Assert.Equal(published, only.GetProperty("id").GetInt32());
        Assert.Equal(Published, only.GetProperty("provider").GetString());
        Assert.Equal("Published", only.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, plans.GetProperty("next").ValueKind);

        var refused = await client.GetAsync($"/api/plans/{draft}");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/plans/999999")).StatusCode);
    }

    [Fact]
    public async Task A_published_plan_gives_its_summary_responses_and_actions_with_iso_dates()
    {
        var (published, _) = await DemoPlansAsync();
        using var client = service.Client();

        var plan = await JsonAsync(client, $"/api/plans/{published}");
        Assert.Equal("2025-06-24", plan.GetProperty("submitted").GetString());
        var summary = plan.GetProperty("summary");
        Assert.Equal((2, 1, 1, 4), (summary.GetProperty("agreed").GetInt32(), summary.GetProperty("partlyAgreed").GetInt32(),
            summary.GetProperty("notAgreed").GetInt32(), summary.GetProperty("total").GetInt32()));
        var recommendations = plan.GetProperty("recommendations").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4], recommendations.Select(r => r.GetProperty("number").GetInt32()));
        Assert.Equal(["Agreed", "Agreed", "NotAgreed", "PartlyAgreed"], recommendations.Select(r => r.GetProperty("response").GetString()));
        Assert.Equal("HM Prison and Probation Service", recommendations[3].GetProperty("addressee").GetString());

        var training = recommendations[0].GetProperty("actions")[2];
        Assert.Equal("March 2026", training.GetProperty("target").GetString());
        Assert.Equal("2026-03-31", training.GetProperty("due").GetString());
        Assert.False(training.GetProperty("completed").GetBoolean());
        // The demo moved the training to June 2026, which has passed with the work unfinished.
        Assert.Equal("June 2026", training.GetProperty("currentTarget").GetString());
        Assert.Equal("Overdue", training.GetProperty("delivery").GetString());
        Assert.Equal("2025-12-01", training.GetProperty("lastUpdated").GetString());
        var caseload = recommendations[1].GetProperty("actions")[0];
        Assert.Equal(("CompletedOnTime", "2025-12-15"), (caseload.GetProperty("delivery").GetString(), caseload.GetProperty("completedOn").GetString()));
        var guide = recommendations[0].GetProperty("actions")[0];
        Assert.True(guide.GetProperty("completed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, guide.GetProperty("due").ValueKind);
    }

    [Fact]
    public async Task Anonymous_actions_and_the_csv_leave_out_the_draft_plans_actions()
    {
        var (published, _) = await DemoPlansAsync();
        using var client = service.Client();

        var actions = Items(await JsonAsync(client, "/api/actions?pageSize=200")).ToList();
        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.Equal(published, a.GetProperty("planId").GetInt32()));
        Assert.DoesNotContain(actions, a => a.GetProperty("text").GetString()!.Contains("domestic abuse"));

        var csv = await client.GetStringAsync("/api/actions.csv");
        Assert.Contains("Publish a one-page review guide", csv);
        Assert.DoesNotContain("domestic abuse", csv);
        Assert.DoesNotContain(Draft, csv);
    }

    [Fact]
    public async Task Inspections_and_recommendations_are_those_of_published_reports()
    {
        using var client = service.Client();
        using (var scope = service.Services.CreateScope())
        {
            // A report still being written is not public: the demo's Midshire report is made unpublished here.
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            var midshire = await db.Inspections.SingleAsync(i => i.Provider.Name == Draft);
            midshire.Describe(midshire.Kind, midshire.FieldworkStarted, published: null, midshire.CasesInspected);
            await db.SaveChangesAsync();
        }

        var inspections = Items(await JsonAsync(client, "/api/inspections")).ToList();
        Assert.Equal(["2026-11-16", "2025-06-12"], inspections.Select(i => i.GetProperty("published").GetString()).OrderDescending());
        Assert.All(inspections, i => Assert.Equal(Published, i.GetProperty("provider").GetString()));
        var fenmoor = inspections.Single(i => i.GetProperty("published").GetString() == "2025-06-12");
        Assert.Equal("CrcInspection", fenmoor.GetProperty("kind").GetString());
        Assert.Equal("2025-06-12", fenmoor.GetProperty("published").GetString());
        var id = fenmoor.GetProperty("id").GetInt32();

        var detail = await JsonAsync(client, $"/api/inspections/{id}");
        var reviewing = detail.GetProperty("standards").EnumerateArray().Single(s => s.GetProperty("standard").GetString() == "2.4");
        Assert.Equal("Inadequate", reviewing.GetProperty("statedRating").GetString());
        Assert.Equal(48m, reviewing.GetProperty("keyQuestions")[0].GetProperty("current").GetDecimal());
        Assert.Equal(4, detail.GetProperty("recommendations").GetArrayLength());

        var recommendations = Items(await JsonAsync(client, "/api/recommendations")).ToList();
        // The four of the 2025 report and the two of the 2026 follow-up, both Fenmoor's published reports.
        Assert.Equal(6, recommendations.Count);
        Assert.Equal(4, recommendations.Count(r => r.GetProperty("inspectionId").GetInt32() == id));
        var ids = inspections.Select(i => i.GetProperty("id").GetInt32()).ToHashSet();
        Assert.All(recommendations, r => Assert.Contains(r.GetProperty("inspectionId").GetInt32(), ids));

        var midshireId = await InspectionIdAsync(Draft);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/inspections/{midshireId}")).StatusCode);
        using var inspector = service.Client();
        await inspector.SignInAsync("inspector@demo.test", DemoData.Password);
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"/api/inspections/{midshireId}")).StatusCode);
    }

    private async Task<int> InspectionIdAsync(string provider)
    {
        using var scope = service.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ActionPlansDb>().Inspections.Where(i => i.Provider.Name == provider).Select(i => i.Id).SingleAsync();
    }

    [Fact]
    public async Task A_signed_in_inspector_sees_the_draft_plan_and_its_actions()
    {
        var (_, draft) = await DemoPlansAsync();
        using var client = service.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("inspector@demo.test", DemoData.Password)).StatusCode);

        var plan = await JsonAsync(client, $"/api/plans/{draft}");
        Assert.Equal("Draft", plan.GetProperty("status").GetString());
        Assert.Equal(Draft, plan.GetProperty("provider").GetString());
        Assert.Equal(2, Items(await JsonAsync(client, "/api/plans")).Count());
        Assert.Contains(Items(await JsonAsync(client, "/api/actions?pageSize=200")), a => a.GetProperty("planId").GetInt32() == draft);
        var midshire = await JsonAsync(client, "/api/plans?provider=nps%20midshire%20division");
        Assert.Equal(draft, Assert.Single(Items(midshire)).GetProperty("id").GetInt32());
        var reportedIn2025 = await JsonAsync(client, "/api/plans?year=2025");
        Assert.Equal(Published, Assert.Single(Items(reportedIn2025)).GetProperty("provider").GetString());
    }

    [Fact]
    public async Task Another_organisations_draft_is_not_found_for_a_signed_in_coordinator_either()
    {
        var (published, draft) = await DemoPlansAsync();
        using var client = service.Client();
        await client.SignInAsync("coordinator@demo.test", DemoData.Password);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/plans/{draft}")).StatusCode);
        Assert.Equal([published], Items(await JsonAsync(client, "/api/plans")).Select(p => p.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Pages_link_to_the_next_after_their_last_id_until_the_last()
    {
        using var client = service.Client();
        var first = await JsonAsync(client, "/api/actions?pageSize=1");
        Assert.Equal(1, first.GetProperty("pageSize").GetInt32());
        var id = Items(first).Single().GetProperty("id").GetInt32();
        Assert.Equal($"/api/actions?pageSize=1&after={id}", first.GetProperty("next").GetString());

        var second = await JsonAsync(client, first.GetProperty("next").GetString()!);
        Assert.True(Items(second).Single().GetProperty("id").GetInt32() > id);

        var all = Items(await JsonAsync(client, "/api/actions?pageSize=200")).Select(a => a.GetProperty("id").GetInt32()).ToList();
        var last = await JsonAsync(client, $"/api/actions?pageSize=1&after={all[^2]}");
        Assert.Equal(all[^1], Items(last).Single().GetProperty("id").GetInt32());
        Assert.Equal(JsonValueKind.Null, last.GetProperty("next").ValueKind);
        Assert.Empty(Items(await JsonAsync(client, $"/api/actions?after={all[^1]}")));
        Assert.Equal(50, (await JsonAsync(client, "/api/actions")).GetProperty("pageSize").GetInt32());
    }

    [Theory]
    [InlineData("/api/actions?pageSize=0", "pageSize must be")]
    [InlineData("/api/plans?pageSize=500", "pageSize must be")]
    [InlineData("/api/inspections?after=-1", "after must be")]
    [InlineData("/api/recommendations?after=two", "after must be")]
    [InlineData("/api/actions?after=99999999999", "after must be")]
    [InlineData("/api/plans?year=last", "year must be")]
    [InlineData("/api/plans?page=2", "page is not accepted")]
    public async Task A_bad_parameter_is_refused_with_a_problem_naming_it(string path, string detail)
    {
        using var client = service.Client();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith(detail, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/plans")]
    [InlineData("/api/actions")]
    public async Task A_caller_holding_the_current_body_gets_304_without_it(string path)
    {
        using var client = service.Client();
        var first = await client.GetAsync(path);
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(tag);
        var unchanged = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, path);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task The_csv_has_its_header_and_makes_a_formula_plain_text()
    {
        var (published, _) = await DemoPlansAsync();
        using (var scope = service.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
            var plan = await db.Plans.Include(p => p.Responses).ThenInclude(r => r.Actions).Include(p => p.Responses).ThenInclude(r => r.Recommendation)
                .SingleAsync(p => p.Id == published);
            plan.Responses.Single(r => r.Recommendation.Number == 2).AddAction("=HYPERLINK(\"http://evil.test\",\"Click\")", "Quality Lead", TargetDate.Parse("May 2026"));
            await db.SaveChangesAsync();
        }

        using var client = service.Client();
        var response = await client.GetAsync("/api/actions.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal("Plan,Provider,Rec No,Recommendation,Response,Action,Responsible Owner,Target Date,Due,Completed", lines[0]);
        Assert.Contains(lines, l => l.Contains(",\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"Click\"\")\",Quality Lead,May 2026,2026-05-31,no"));
        Assert.DoesNotContain(lines, l => l.Contains(",=HYPERLINK"));
    }

    [Fact]
    public async Task The_openapi_document_describes_every_route()
    {
        using var client = service.Client();
        var document = await JsonAsync(client, "/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/inspections", "/api/inspections/{id}", "/api/plans", "/api/plans/{id}", "/api/recommendations", "/api/actions", "/api/actions.csv" })
        {
            var get = paths.GetProperty(path).GetProperty("get");
            Assert.False(string.IsNullOrEmpty(get.GetProperty("summary").GetString()), path);
            Assert.True(get.GetProperty("responses").TryGetProperty("200", out _), path);
        }
        var pageSize = paths.GetProperty("/api/plans").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "pageSize");
        Assert.Equal("query", pageSize.GetProperty("in").GetString());
        Assert.Equal("integer", pageSize.GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(200, pageSize.GetProperty("schema").GetProperty("maximum").GetInt32());
        var status = document.GetProperty("components").GetProperty("schemas").GetProperty("PlanStatus").GetProperty("enum");
        Assert.Contains("Published", status.EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task The_reference_page_lists_the_endpoints_for_anyone()
    {
        using var client = service.Client();
        var page = await client.PageAsync("/open-data");
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/openapi/v1.json", links);
        Assert.Contains("/api/actions.csv", links);
        var listed = page.QuerySelectorAll("main h3 code").Select(c => c.TextContent).ToList();
        Assert.Equal(["/api/inspections", "/api/inspections/{id}", "/api/plans", "/api/plans/{id}", "/api/recommendations", "/api/actions", "/api/actions.csv"], listed.Take(7));
        // Then the insight's figures, a JSON and a CSV per section.
        Assert.All(listed.Skip(7), path => Assert.StartsWith("/api/insight/", path));
        Assert.Contains("/api/insight/ratings.csv", listed);
        foreach (var link in links.Where(l => l!.StartsWith("/api/", StringComparison.Ordinal)))
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);
    }
}
