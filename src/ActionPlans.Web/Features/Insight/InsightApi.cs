using System.ComponentModel;
using ActionPlans.Web.Features.OpenData;
using ActionPlans.Web.Features.Plans;
using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Infrastructure.Persistence;

namespace ActionPlans.Web.Features.Insight;

/// <summary>
/// The insight's open data: <c>/api/insight/{section}</c> as JSON and <c>/api/insight/{section}.csv</c> as the CSV of
/// one of its tables (<c>table=</c>, the first when not given), each taking the page's filters as query parameters.
/// </summary>
public static class InsightApi
{
    public static IEndpointRouteBuilder MapInsightApi(this IEndpointRouteBuilder routes)
    {
        // Only published material is counted, so the figures are everyone's.
        var api = routes.MapGroup("/api/insight").AllowAnonymous().WithTags("Insight");
        foreach (var section in InsightSections.All)
        {
            section.MapJson(api).WithName($"Insight{char.ToUpperInvariant(section.Key[0])}{section.Key[1..]}")
                .WithSummary($"{section.Title}: {section.Summary}")
                .Produces(StatusCodes.Status304NotModified).ProducesValidationProblem();
            api.MapGet($"/{section.Key}.csv", Csv(http => CsvAsync(section, http)))
                .WithName($"Insight{char.ToUpperInvariant(section.Key[0])}{section.Key[1..]}Csv")
                .WithSummary($"{section.Title}, one of its tables as CSV (the same filters)")
                .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        }
        return routes;
    }

    // The parameters are read from the query by InsightFilter, as the page reads them; they are declared here so
    // that OpenAPI and /open-data describe them.
    /// <summary>A JSON handler with the filters described.</summary>
    internal static Delegate Json(Func<HttpContext, Task<IResult>> answer) => (HttpContext http,
        [Description(InsightFilter.FromMeaning)] string? from = null, [Description(InsightFilter.ToMeaning)] string? to = null,
        [Description(InsightFilter.ProviderTypeMeaning)] string? providerType = null, [Description(InsightFilter.ProviderMeaning)] string? provider = null,
        [Description(InsightFilter.AddresseeMeaning)] string? addressee = null, [Description(InsightFilter.AsAtMeaning)] string? asAt = null) => answer(http);

    /// <summary>A CSV handler with the filters and the table described.</summary>
    private static Delegate Csv(Func<HttpContext, Task<IResult>> answer) => (HttpContext http,
        [Description("Which of the section's tables, by the name its figure has on /insight (the first when not given)")] string? table = null,
        [Description(InsightFilter.FromMeaning)] string? from = null, [Description(InsightFilter.ToMeaning)] string? to = null,
        [Description(InsightFilter.ProviderTypeMeaning)] string? providerType = null, [Description(InsightFilter.ProviderMeaning)] string? provider = null,
        [Description(InsightFilter.AddresseeMeaning)] string? addressee = null, [Description(InsightFilter.AsAtMeaning)] string? asAt = null) => answer(http);

    /// <summary>The filters of the request, or the 400 that names each parameter that is wrong.</summary>
    internal static async Task<(InsightScope? Scope, IResult? Refusal)> ScopeOf(HttpContext http)
    {
        var db = http.RequestServices.GetRequiredService<ActionPlansDb>();
        var today = http.RequestServices.GetRequiredService<TimeProvider>().TodayInUk();
        var (filter, errors) = await InsightFilter.ReadAsync(http.Request.Query, db, today, http.RequestAborted);
        if (errors.Count > 0)
            return (null, Results.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "A filter is not right"));
        return (InsightScope.Of(db, filter, http.RequestServices.GetRequiredService<PlanDueDays>()), null);
    }

    internal static async Task<IResult> JsonAsync(InsightSection section, HttpContext http)
    {
        var (scope, refusal) = await ScopeOf(http);
        if (scope is null) return refusal!;
        var figures = await section.ReadAsync(scope, http.RequestAborted);
        return TaggedBody.JsonOf(figures.Json);
    }

    private static async Task<IResult> CsvAsync(InsightSection section, HttpContext http)
    {
        var (scope, refusal) = await ScopeOf(http);
        if (scope is null) return refusal!;
        var figures = await section.ReadAsync(scope, http.RequestAborted);
        var table = http.Request.Query["table"].ToString();
        if (figures.Figure(table) is not { } figure)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such table",
                detail: $"The {section.Key} section has the tables {string.Join(", ", figures.Figures.Select(f => f.Key))}.");
        return new TaggedBody(System.Text.Encoding.UTF8.GetBytes(FigureCsv.Of(figure)), "text/csv; charset=utf-8")
        {
            FileName = $"insight-{section.Key}-{figure.Key}.csv",
        };
    }
}
