using System.Net;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Http;

/// <summary>
/// Several requests for the same thing at the same moment, as double clicks and two people at once send them:
/// each gets an answer (the thing done, the thing already done, or the conflict page), never an error, and the
/// thing is done once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RaceTests(ThrowawayPostgres postgres)
{
    private const int Together = 6;

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Publishing_one_days_progress_report_six_times_at_once_publishes_it_once_and_answers_each_with_it(string provider)
    {
        await using var service = await RunningService.OnAsync(provider, postgres);
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        using var inspector = await service.SignedInClientAsync("inspector@demo.test");
        var form = Browserless.FormFields(await inspector.PageAsync($"/plans/{plan}/progress-report?asAt=2026-01-15"));

        var answers = await AllAtOnceAsync(() => inspector.PostAsync($"/plans/{plan}/progress-report/Publish?asAt=2026-01-15", new FormUrlEncodedContent(form)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        var report = Assert.Single(answers.Select(a => a.RedirectPath()).Distinct());
        Assert.Matches($"^/plans/{plan}/progress-reports/[0-9]+$", report);
        Assert.Equal(1, await CountAsync(service, db => db.ProgressReports.CountAsync(r => r.ActionPlanId == plan)));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Submitting_a_plan_six_times_at_once_submits_it_once_and_answers_the_others_without_an_error(string provider)
    {
        await using var service = await RunningService.OnAsync(provider, postgres);
        var plan = await service.PlanIdAsync(PlanStatus.Draft);
        await service.MakeDraftSubmittableAsync(plan);
        using var coordinator = await service.SignedInClientAsync("midshire.coordinator@demo.test");
        var form = Browserless.FormFields(await coordinator.PageAsync($"/plans/{plan}/review"));

        var answers = await AllAtOnceAsync(() => coordinator.PostAsync($"/plans/{plan}/review?handler=Submit", new FormUrlEncodedContent(form)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        foreach (var other in answers.Where(a => a.StatusCode != HttpStatusCode.Redirect))
        {
            // Lost the race in the database (the conflict page) or came after it (the page saying the plan is submitted).
            Assert.True(other.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.OK, $"answered {(int)other.StatusCode}");
            var page = Browserless.Parse(await other.Content.ReadAsStringAsync());
            Assert.Matches("Someone else changed this at the same time|cannot be submitted", page.QuerySelector("main")!.TextContent);
        }
        Assert.Equal(1, await CountAsync(service, db => db.FrozenVersions.CountAsync(v => v.ActionPlanId == plan)));
        Assert.Equal(PlanStatus.Submitted, await CountAsync(service, db => db.Plans.Where(p => p.Id == plan).Select(p => p.Status).SingleAsync()));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task One_add_action_form_sent_six_times_at_once_adds_one_action_and_shows_the_others_the_saved_version(string provider)
    {
        await using var service = await RunningService.OnAsync(provider, postgres);
        var plan = await service.PlanIdAsync(PlanStatus.Draft);
        using var coordinator = await service.SignedInClientAsync("midshire.coordinator@demo.test");
        var form = Browserless.FormFields(await coordinator.PageAsync($"/plans/{plan}/recommendations/1"));
        form["Added.Text"] = "Brief every court team on the new check.";
        form["Added.Owner"] = "Head of Court Services";
        form["Added.Target"] = "March 2027";

        var answers = await AllAtOnceAsync(() => coordinator.PostAsync($"/plans/{plan}/recommendations/1?handler=Save", new FormUrlEncodedContent(form)));
        // The same form again later is as stale as the ones sent with it.
        answers.Add(await coordinator.PostAsync($"/plans/{plan}/recommendations/1?handler=Save", new FormUrlEncodedContent(form)));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        foreach (var other in answers.Where(a => a.StatusCode != HttpStatusCode.Redirect))
        {
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
            Assert.Contains("Someone else saved this response", Browserless.Parse(await other.Content.ReadAsStringAsync()).QuerySelector(".govuk-error-summary")!.TextContent);
        }
        var positions = await CountAsync(service, db => db.Actions
            .Where(a => db.Responses.Any(r => r.Id == a.ResponseId && r.ActionPlanId == plan && r.Recommendation.Number == 1))
            .Select(a => new { a.Text, a.Position }).ToListAsync());
        Assert.Equal(1, positions.Count(a => a.Text == "Brief every court team on the new check."));
        Assert.Equal(positions.Count, positions.Select(a => a.Position).Distinct().Count());
    }

    private static async Task<List<HttpResponseMessage>> AllAtOnceAsync(Func<Task<HttpResponseMessage>> send)
    {
        using var start = new ManualResetEventSlim();
        var sending = Enumerable.Range(0, Together).Select(_ => Task.Run(async () => { start.Wait(); return await send(); })).ToList();
        start.Set();
        return [.. await Task.WhenAll(sending)];
    }

    private static async Task<T> CountAsync<T>(RunningService service, Func<ActionPlansDb, Task<T>> query)
    {
        using var scope = service.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<ActionPlansDb>());
    }
}
