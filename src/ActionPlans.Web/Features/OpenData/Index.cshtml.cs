using System.ComponentModel;
using System.Reflection;
using ActionPlans.Core.Plans;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.OpenData;

/// <summary>
/// The API reference, read from the API's own endpoints (their routes, summaries and described parameters)
/// so that it cannot drift from what the API does or from the OpenAPI document.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(EndpointDataSource endpoints, ActionPlansDb db) : PageModel
{
    public IReadOnlyList<ApiRoute> Routes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // Example links to single items point at the first published plan and its inspection, readable by anyone.
        var example = await db.Plans.Where(p => p.Status == PlanStatus.Published).OrderBy(p => p.Id)
            .Select(p => new { Plan = p.Id, Inspection = p.InspectionId }).FirstOrDefaultAsync();
        var ids = new Dictionary<string, int?> { ["/api/plans/{id}"] = example?.Plan, ["/api/inspections/{id}"] = example?.Inspection };

        Routes = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Select(e =>
            {
                var path = PathOf(e.RoutePattern);
                var exampleLink = !path.Contains('{') ? path
                    : ids.GetValueOrDefault(path) is { } id ? path.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
                return new ApiRoute(path, e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary ?? "", ParametersOf(e), exampleLink);
            })
            .ToList();
    }

    /// <summary>The route as a caller writes it: "/api/plans/{id}", without the constraints the router checks.</summary>
    private static string PathOf(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));

    /// <summary>The parameters a caller gives: those the handler describes (services and the request are not described).</summary>
    private static IReadOnlyList<ApiParameter> ParametersOf(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
            .Where(p => p.GetCustomAttribute<DescriptionAttribute>() is not null)
            .Select(p => new ApiParameter(p.Name!, p.GetCustomAttribute<DescriptionAttribute>()!.Description, p.HasDefaultValue))
            .ToList() ?? [];

    public sealed record ApiRoute(string Path, string Summary, IReadOnlyList<ApiParameter> Parameters, string? Example);

    public sealed record ApiParameter(string Name, string Description, bool Optional);
}
