namespace ActionPlans.Web.Api;

/// <summary>The open data API under /api: published material for everyone, more for those signed in.</summary>
public static class OpenDataApi
{
    public static IEndpointRouteBuilder MapOpenDataApi(this IEndpointRouteBuilder routes) => routes;
}
