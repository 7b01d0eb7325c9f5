using System.Net;
using ActionPlans.Core.Access;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Tests.Infrastructure;
using ActionPlans.Web.Tests.Progress;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Http;

/// <summary>
/// Every page handler and API route of the running service, as its endpoints list them, asked by each kind of
/// account; the answers must be the table's. A route or handler the table does not name fails the test with its
/// name, so a new one cannot arrive without a rule.
/// </summary>
public sealed class AuthorizationMatrixTests(RunningService service) : IClassFixture<RunningService>
{
    private const string Hmpps = "hmpps.coordinator@test";

    /// <summary>The columns of the table, in order, with the account each signs in as (none for the public).</summary>
    private static readonly (string Who, string? Account)[] Columns =
    [
        ("anonymous", null),
        ("inspector", "inspector@demo.test"),
        ("coordinator of the provider", "coordinator@demo.test"),
        ("coordinator of another provider", "midshire.coordinator@demo.test"),
        ("coordinator of an addressee", Hmpps),
        ("action owner", "owner@demo.test"),
        ("administrator", "admin@demo.test"),
    ];

    /// <summary>
    /// Y answered (2xx, or a redirect elsewhere than sign-in), S sent to sign in, F refused (403), N not found (404),
    /// any other answer by its status code, in the order of <see cref="Columns"/>. Route values are the demo's published plan of Fenmoor and Dales CRC,
    /// whose recommendation 4 is addressed to HMPPS: the plan, its inspection, recommendation 4, an action assigned
    /// to the action owner with an evidence file, and a published progress report of the plan (so the inspector's
    /// second one for the day leads to the one published). Posts carry the fields given, chosen so that an allowed post is
    /// refused by the domain rather than changing the record; the inspector's post to close the plan's monitoring
    /// does close it, after which updates are refused beside the form, which is still an answer (Y).
    /// </summary>
    private static readonly Dictionary<string, (string Answers, string Fields)> Table = new()
    {
        ["GET /"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /Index"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /error/{code:int?}"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /health"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /openapi/{documentName}.json"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /open-data"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /sign-in"] = ("Y Y Y Y Y Y Y", ""),
        ["POST /sign-in"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /sign-out"] = ("Y Y Y Y Y Y Y", ""),
        ["POST /sign-out"] = ("Y Y Y Y Y Y Y", ""),

        ["GET /plans/{id:int}"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /plans/{id:int} Download"] = ("Y Y Y Y Y Y Y", "format=json"),
        ["GET /plans/{id:int} Source"] = ("N N N N N N N", ""),
        ["GET /plans/{id:int}/recommendations/{number:int}"] = ("S F F F F F F", ""),
        ["POST /plans/{id:int}/recommendations/{number:int} Save"] = ("S F F F F F F", ""),
        ["POST /plans/{id:int}/recommendations/{number:int} Move"] = ("S F F F F F F", ""),
        ["GET /plans/{id:int}/review"] = ("S Y Y F Y Y Y", ""),
        ["POST /plans/{id:int}/review Submit"] = ("S Y Y F Y Y Y", ""),
        ["POST /plans/{id:int}/review Comment"] = ("S Y Y F Y Y Y", ""),
        ["POST /plans/{id:int}/review Return"] = ("S Y Y F Y Y Y", ""),
        ["POST /plans/{id:int}/review Answer"] = ("S N N F N N N", "commentId=0"),
        ["POST /plans/{id:int}/review Accept"] = ("S Y Y F Y Y Y", ""),
        ["POST /plans/{id:int}/review Publish"] = ("S Y Y F Y Y Y", ""),
        ["GET /plans/{id:int}/versions"] = ("S Y Y F Y Y Y", ""),
        ["GET /plans/{id:int}/delivery"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /plans/{id:int}/delivery/close"] = ("S Y F F F F F", ""),
        ["POST /plans/{id:int}/delivery/close"] = ("S Y F F F F F", ""),
        ["GET /plans/{id:int}/progress-report/{handler?}"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /plans/{id:int}/progress-report/{handler?} Download"] = ("Y Y Y Y Y Y Y", "format=json"),
        ["POST /plans/{id:int}/progress-report/{handler?} Publish"] = ("F Y F F F F F", ""),
        ["GET /plans/{id:int}/progress-reports/{reportId:int}/{handler?}"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /plans/{id:int}/progress-reports/{reportId:int}/{handler?} Download"] = ("Y Y Y Y Y Y Y", "format=json"),
        ["GET /plans/{planId:int}/actions/{actionId:int}/progress"] = ("S Y Y F F Y Y", ""),
        ["POST /plans/{planId:int}/actions/{actionId:int}/progress Update"] = ("S F Y F F Y F", ""),
        ["POST /plans/{planId:int}/actions/{actionId:int}/progress Revise"] = ("S F Y F F Y F", ""),
        ["POST /plans/{planId:int}/actions/{actionId:int}/progress Assign"] = ("S F Y F F F F", "AssignTo=nobody"),
        ["GET /evidence/{id:int}"] = ("S Y Y F Y Y Y", ""),
        ["GET /my-actions"] = ("S Y Y Y Y Y Y", ""),

        ["GET /inspections"] = ("S Y Y Y Y Y Y", ""),
        ["GET /inspections/new"] = ("S Y F F F F F", ""),
        ["POST /inspections/new"] = ("S Y F F F F F", ""),
        ["GET /inspections/{id:int}"] = ("Y Y Y Y Y Y Y", ""),
        ["POST /inspections/{id:int} StartPlan"] = ("F F F F F F F", ""),
        ["GET /inspections/{id:int}/ratings"] = ("S Y F F F F F", ""),
        ["POST /inspections/{id:int}/ratings Check"] = ("S Y F F F F F", ""),
        ["POST /inspections/{id:int}/ratings Save"] = ("S Y F F F F F", ""),
        ["GET /inspections/{id:int}/recommendations"] = ("S Y F F F F F", ""),
        ["POST /inspections/{id:int}/recommendations Add"] = ("S Y F F F F F", ""),
        ["POST /inspections/{id:int}/recommendations Remove"] = ("S Y F F F F F", ""),
        ["POST /inspections/{id:int}/recommendations Previous"] = ("S Y F F F F F", ""),
        ["POST /inspections/{id:int}/recommendations FromEarlier"] = ("S Y F F F F F", ""),
        ["POST /inspections/{id:int}/recommendations Judge"] = ("S Y F F F F F", ""),
        ["GET /inspections/{id:int}/cases"] = ("S Y F F F F F", ""),
        ["POST /inspections/{id:int}/cases Population"] = ("S Y F F F F F", ""),
        ["POST /inspections/{id:int}/cases Upload"] = ("S Y F F F F F", ""),
        ["GET /inspections/{id:int}/case/{caseId:int?}"] = ("S Y F F F F F", ""),
        ["POST /inspections/{id:int}/case/{caseId:int?} Save"] = ("S Y F F F F F", ""),
        ["POST /inspections/{id:int}/case/{caseId:int?} Remove"] = ("S N F F F F F", ""),
        ["POST /inspections/{id:int}/ratings UseCases"] = ("S Y F F F F F", ""),
        ["GET /import"] = ("S Y Y Y Y F F", ""),
        ["POST /import Read"] = ("S Y Y Y Y F F", ""),
        ["POST /import Save"] = ("S Y Y Y Y F F", ""),

        ["GET /delivery"] = ("S Y F F F F Y", ""),
        ["GET /delivery OverdueCsv"] = ("S Y F F F F Y", ""),
        ["GET /account/two-factor"] = ("S Y Y Y Y Y Y", ""),
        ["POST /account/two-factor"] = ("S Y Y Y Y Y Y", ""),
        ["POST /account/two-factor RecoveryCodes"] = ("S Y Y Y Y Y Y", ""),
        ["GET /account/notifications"] = ("S Y Y Y Y Y Y", ""),
        ["POST /account/notifications"] = ("S Y Y Y Y Y Y", ""),
        ["GET /unsubscribe/{token}"] = ("Y Y Y Y Y Y Y", ""),
        ["POST /unsubscribe/{token}"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /sign-in/two-factor"] = ("S S S S S S S", ""),
        ["POST /sign-in/two-factor"] = ("S S S S S S S", ""),
        ["GET /admin/accounts"] = ("S F F F F F Y", ""),
        ["POST /admin/accounts Reset"] = ("S F F F F F N", "id=nobody"),
        ["GET /admin/audit"] = ("S F F F F F Y", ""),
        ["GET /admin/outbox"] = ("S F F F F F Y", ""),
        ["POST /admin/outbox Retry"] = ("S F F F F F Y", "id=0"),

        ["GET /allocation"] = ("S Y F F F F F", ""),
        ["GET /allocation/guidances"] = ("S Y F F F F F", ""),
        ["GET /allocation/guidances/edit/{id:int?}"] = ("S Y F F F F F", ""),
        ["POST /allocation/guidances/edit/{id:int?}"] = ("S Y F F F F F", ""),

        ["GET /api/inspections"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/inspections/{id:int}"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/plans"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/plans/{id:int}"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/recommendations"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/actions"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/actions.csv"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /insight"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/insight/ratings"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/insight/ratings.csv"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/insight/responses"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/insight/responses.csv"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/insight/delivery"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/insight/delivery.csv"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /insight/report.docx"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /insight/report.pdf"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/insight/themes"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/insight/themes.csv"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/insight/repeats"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/insight/repeats.csv"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/insight/progress"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /api/insight/progress.csv"] = ("Y Y Y Y Y Y Y", ""),
        ["GET /inspections/{id:int}/recommendations/{number:int}/themes"] = ("S Y F F F F F", ""),
        ["POST /inspections/{id:int}/recommendations/{number:int}/themes"] = ("S Y F F F F F", ""),
    };

    private sealed record Endpoint(string Key, string Method, RoutePattern Route, string? Handler);

    /// <summary>
    /// A page the public may read sets no cookie, so that nothing is stored on a visitor's machine and shared caches may
    /// keep the page: every GET the table answers for the anonymous column, except the sign-in pages, whose form needs
    /// its anti-forgery cookie.
    /// </summary>
    [Fact]
    public async Task Anonymous_answers_set_no_cookie()
    {
        var values = await RouteValuesAsync();
        var readable = (await EndpointsAsync()).Where(e => e.Method == "GET" && !e.Key.StartsWith("GET /sign-in", StringComparison.Ordinal)
            && Table.TryGetValue(e.Key, out var row) && row.Answers.StartsWith('Y')).ToList();
        Assert.Contains(readable, e => e.Key == "GET /plans/{id:int}");
        var setting = new List<string>();
        foreach (var endpoint in readable)
        {
            using var visitor = service.Client();
            var answer = await AskAsync(visitor, endpoint, values, token: "");
            if (answer.Headers.TryGetValues("Set-Cookie", out var cookies)) setting.Add($"{endpoint.Key}: {string.Join("; ", cookies)}");
        }
        Assert.True(setting.Count == 0, $"Anonymous answers that set a cookie:\n{string.Join("\n", setting)}");
    }

    [Fact]
    public async Task Every_endpoint_answers_each_kind_of_account_as_the_table_says()
    {
        var values = await RouteValuesAsync();
        var endpoints = await EndpointsAsync();

        var unruled = endpoints.Where(e => !Table.ContainsKey(e.Key)).Select(e => e.Key).ToList();
        Assert.True(unruled.Count == 0, $"Endpoints without a rule in the table: {string.Join("; ", unruled)}");
        var gone = Table.Keys.Except(endpoints.Select(e => e.Key)).ToList();
        Assert.True(gone.Count == 0, $"Rules for endpoints the service no longer has: {string.Join("; ", gone)}");

        var differences = new List<string>();
        // Signing out ends the client's session, so those requests go last.
        var ordered = endpoints.OrderBy(e => e.Key == "POST /sign-out").ToList();
        var clients = new List<HttpClient>();
        try
        {
            foreach (var (_, account) in Columns) clients.Add(account is null ? service.Client() : await service.SignedInClientAsync(account));
            var answers = ordered.ToDictionary(e => e.Key, _ => new string[Columns.Length]);
            for (var column = 0; column < Columns.Length; column++)
            {
                var token = Browserless.FormFields(await clients[column].PageAsync("/sign-in"))["__RequestVerificationToken"];
                foreach (var endpoint in ordered)
                    answers[endpoint.Key][column] = Answer(await AskAsync(clients[column], endpoint, values, token));
            }
            foreach (var endpoint in ordered)
            {
                var expected = Table[endpoint.Key].Answers;
                var actual = string.Join(' ', answers[endpoint.Key]);
                if (actual != expected) differences.Add($"{endpoint.Key}: expected {expected}, answered {actual}");
            }
        }
        finally
        {
            foreach (var client in clients) client.Dispose();
        }
        Assert.True(differences.Count == 0, $"Columns: {string.Join(", ", Columns.Select(c => c.Who))}\n{string.Join("\n", differences)}");
    }

    private async Task<List<Endpoint>> EndpointsAsync()
    {
        var loader = service.Services.GetRequiredService<PageLoader>();
        var found = new List<Endpoint>();
        foreach (var endpoint in service.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var handlers = (await loader.LoadAsync(page, endpoint.Metadata)).HandlerMethods
                    .Select(h => (Method: h.HttpMethod.ToUpperInvariant(), h.Name)).Distinct().ToList();
                if (handlers.Count == 0) handlers.Add(("GET", null));
                found.AddRange(handlers.Select(h => new Endpoint($"{h.Method} {template}{(h.Name is null ? "" : " " + h.Name)}", h.Method, endpoint.RoutePattern, h.Name)));
            }
            else
            {
                var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                found.AddRange(methods.Select(m => new Endpoint($"{m} {template}", m, endpoint.RoutePattern, null)));
            }
        }
        return found.DistinctBy(e => e.Key).ToList();
    }

    /// <summary>The request the endpoint's key describes, with route values from the demo and the table's fields.</summary>
    private static async Task<HttpResponseMessage> AskAsync(HttpClient client, Endpoint endpoint, IReadOnlyDictionary<string, string> values, string token)
    {
        var path = "";
        var handlerInRoute = false;
        foreach (var segment in endpoint.Route.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                if (part is RoutePatternLiteralPart literal) text += literal.Content;
                else if (part is RoutePatternSeparatorPart separator) text += separator.Content;
                else if (part is RoutePatternParameterPart parameter)
                {
                    if (parameter.Name == "handler") { handlerInRoute = true; text += endpoint.Handler ?? ""; }
                    else if (parameter.IsOptional) { }
                    else text += values.GetValueOrDefault($"{LiteralBefore(endpoint.Route, parameter)}/{parameter.Name}")
                        ?? throw new InvalidOperationException($"No demo value for {{{parameter.Name}}} in {endpoint.Key}");
                }
            }
            if (text.Length > 0) path += "/" + text;
        }
        if (path.Length == 0) path = "/";
        var fields = Table.TryGetValue(endpoint.Key, out var row) ? row.Fields : "";
        var query = new List<string>();
        if (endpoint.Handler is { } handler && !handlerInRoute) query.Add($"handler={handler}");
        if (endpoint.Method == "GET" && fields.Length > 0) query.Add(fields);
        var address = query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
        if (endpoint.Method == "GET") return await client.GetAsync(address);
        var form = fields.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f[1]);
        form["__RequestVerificationToken"] = token;
        return await client.PostAsync(address, new FormUrlEncodedContent(form));
    }

    private static string LiteralBefore(RoutePattern route, RoutePatternParameterPart parameter)
    {
        var before = "";
        foreach (var segment in route.PathSegments)
        {
            if (segment.Parts.Contains(parameter)) return before;
            if (segment.Parts.OfType<RoutePatternLiteralPart>().LastOrDefault() is { } literal) before = literal.Content;
        }
        return before;
    }

    private static string Answer(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.Forbidden => "F",
        HttpStatusCode.NotFound => "N",
        HttpStatusCode.Redirect or HttpStatusCode.Found when response.RedirectPath().StartsWith("/sign-in") => "S",
        var code when (int)code < 400 => "Y",
        var code => ((int)code).ToString(),
    };

    /// <summary>
    /// The demo's published plan and what hangs from it, keyed by the route's literal before the value: an HMPPS
    /// coordinator, an evidence file on an action assigned to the action owner, and a published progress report; each
    /// made once, as the first test to ask finds them missing (the table's test closes the plan's monitoring).
    /// </summary>
    private async Task<IReadOnlyDictionary<string, string>> RouteValuesAsync()
    {
        await service.AddAccountAsync(Hmpps, Role.Coordinator, "HM Prison and Probation Service", OrganisationKind.Hmpps);
        var plan = await service.PlanIdAsync(PlanStatus.Published);
        const string training = "Run a half-day refresher";
        var action = await service.PathOfAsync(training);
        using var scope = service.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ActionPlansDb>();
        if (!await db.Evidence.AnyAsync(e => e.FileName != null))
        {
            using var owner = await service.SignedInClientAsync("owner@demo.test");
            Assert.Equal(HttpStatusCode.Redirect, (await owner.SendAsync(action, "Update", ProgressForms.Update("InProgress", ProgressForms.Today, "Registers."), ("registers.pdf", ProgressForms.Pdf))).StatusCode);
        }
        if (!await db.ProgressReports.AnyAsync())
        {
            using var inspector = await service.SignedInClientAsync("inspector@demo.test");
            var token = Browserless.FormFields(await inspector.PageAsync("/sign-in"))["__RequestVerificationToken"];
            var published = await inspector.PostAsync($"/plans/{plan}/progress-report/Publish", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            Assert.StartsWith($"/plans/{plan}/progress-reports/", published.RedirectPath());
        }
        var inspection = await db.Plans.Where(p => p.Id == plan).Select(p => p.InspectionId).SingleAsync();
        var evidence = await db.Evidence.Where(e => e.FileName != null).MaxAsync(e => e.Id);
        var report = await db.ProgressReports.MaxAsync(r => r.Id);
        var ids = action.Split('/');
        // A real link, for the inspector's emails of submitted plans: it works for anyone holding it, signed in or not.
        var inspectorId = await db.Users.Where(u => u.Email == "inspector@demo.test").Select(u => u.Id).SingleAsync();
        var unsubscribe = scope.ServiceProvider.GetRequiredService<ActionPlans.Web.Features.Notifications.UnsubscribeLinks>()
            .For(inspectorId, ActionPlans.Web.Infrastructure.Email.OutboxKind.PlanSubmitted).Segments[^1];
        return new Dictionary<string, string>
        {
            ["plans/id"] = plan.ToString(), ["plans/planId"] = ids[2], ["actions/actionId"] = ids[4],
            ["recommendations/number"] = "4", ["progress-reports/reportId"] = report.ToString(),
            ["inspections/id"] = inspection.ToString(), ["evidence/id"] = evidence.ToString(), ["openapi/documentName"] = "v1",
            ["unsubscribe/token"] = unsubscribe,
        };
    }
}
