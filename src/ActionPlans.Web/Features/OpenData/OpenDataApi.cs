using System.ComponentModel;
using System.Security.Claims;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using Microsoft.AspNetCore.Authorization;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Features.Monitoring;
using ActionPlans.Web.Infrastructure.Hosting;

namespace ActionPlans.Web.Features.OpenData;

/// <summary>
/// The open data API under /api: published material for everyone, more for those signed in. GET only; a plan
/// or inspection the caller may not read is answered 404 like one that does not exist, so that ids reveal nothing.
/// </summary>
public static class OpenDataApi
{
    public static IEndpointRouteBuilder MapOpenDataApi(this IEndpointRouteBuilder routes)
    {
        // Published material is public: the API answers anonymous callers itself rather than asking for sign-in.
        var api = routes.MapGroup("/api").AllowAnonymous().WithTags("Open data");

        api.MapGet("/inspections", ListInspections).Describe<Paged<InspectionItem>>("ListInspections",
            "Inspections whose reports you may read, oldest first").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/inspections/{id:int}", GetInspection).Describe<InspectionDetail>("GetInspection",
            "One inspection: its standards with stated ratings and key question figures, and its recommendations").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/plans", ListPlans).Describe<Paged<PlanItem>>("ListPlans",
            "Action plans you may read, filtered by provider or by the year their report was published").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/plans/{id:int}", GetPlan).Describe<PlanDetail>("GetPlan",
            "One action plan: its summary of responses and each recommendation's response and actions").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/recommendations", ListRecommendations).Describe<Paged<RecommendationItem>>("ListRecommendations",
            "Recommendations of the inspections you may read").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/actions", ListActions).Describe<Paged<ActionItem>>("ListActions",
            "Actions of the plans you may read").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/actions.csv", ActionsAsCsv).WithName("ActionsCsv")
            .WithSummary("Every action of every published plan, as CSV")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").Produces(StatusCodes.Status304NotModified);
        return routes;
    }

    private static RouteHandlerBuilder Describe<T>(this RouteHandlerBuilder route, string name, string summary) =>
        WholeNumber.Documented(route.WithName(name).WithSummary(summary).Produces<T>().Produces(StatusCodes.Status304NotModified));

    private static Readable ReadableBy(ActionPlansDb db, ClaimsPrincipal user, TimeProvider clock, IAuthorizationService authorization) =>
        new(db, authorization, user, clock.TodayInUk());

    private static async Task<IResult> ListInspections(ActionPlansDb db, ClaimsPrincipal user, TimeProvider clock, IAuthorizationService authorization, HttpRequest request,
        [Description("Page number, from 1")] string? page = null,
        [Description("Items per page, from 1 to 200 (default 50)")] string? pageSize = null)
    {
        if (PageRequest.Read(page, pageSize, out var refusal) is not { } paging) return refusal!;
        var inspections = await ReadableBy(db, user, clock, authorization).InspectionsAsync();
        return TaggedBody.JsonOf(paging.Of(inspections.Select(ItemOf).ToList(), request));
    }

    private static async Task<IResult> GetInspection(ActionPlansDb db, ClaimsPrincipal user, TimeProvider clock, IAuthorizationService authorization,
        [Description("The inspection's id")] int id) =>
        await ReadableBy(db, user, clock, authorization).InspectionAsync(id) is { } i
            ? TaggedBody.JsonOf(new InspectionDetail(i.Id, i.Provider.Name, i.Kind, i.FieldworkStarted, i.Published,
                [.. i.Standards.OrderBy(s => s.StandardId, StringComparer.Ordinal).Select(s => new StandardItem(s.StandardId, s.StatedRating,
                    [.. s.KeyQuestions.OrderBy(k => k.Position).Select(k => new KeyQuestionItem(k.KeyQuestionId, k.Text, k.Current, k.Previous, k.AllProviders))]))],
                [.. RecommendationsOf(i)]))
            : NotFound("inspection", id);

    private static async Task<IResult> ListPlans(ActionPlansDb db, ClaimsPrincipal user, TimeProvider clock, IAuthorizationService authorization, HttpRequest request,
        [Description("Page number, from 1")] string? page = null,
        [Description("Items per page, from 1 to 200 (default 50)")] string? pageSize = null,
        [Description("The provider's name, as the plan gives it (not case sensitive)")] string? provider = null,
        [Description("The year the inspection report was published")] string? year = null)
    {
        if (PageRequest.Read(page, pageSize, out var refusal) is not { } paging) return refusal!;
        if (WholeNumber.Year.Read(year, 0, out var published) is { } badYear) return badYear;
        var plans = (await ReadableBy(db, user, clock, authorization).PlansAsync())
            .Where(p => provider is null || string.Equals(p.Inspection.Provider.Name, provider.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(p => year is null || p.Inspection.Published?.Year == published)
            .Select(p => new PlanItem(p.Id, p.InspectionId, p.Inspection.Provider.Name, p.Status, p.Submitted, p.Inspection.Published))
            .ToList();
        return TaggedBody.JsonOf(paging.Of(plans, request));
    }

    private static async Task<IResult> GetPlan(ActionPlansDb db, ClaimsPrincipal user, TimeProvider clock, IAuthorizationService authorization, DeliverySettings delivery,
        [Description("The plan's id")] int id) =>
        ReadableBy(db, user, clock, authorization) is var readable && await readable.PlanAsync(id) is { } plan
            ? TaggedBody.JsonOf(new PlanDetail(plan.Id, plan.InspectionId, plan.Inspection.Provider.Name, plan.Status, plan.Submitted, plan.Summary,
                [.. PlanDelivery.AsAt(plan, readable.Today, delivery.DueSoon).Recommendations.Select(r => new PlanRecommendation(r.Recommendation.Number,
                    r.Recommendation.Text, r.Recommendation.Addressee.Name, r.Response.Kind, r.Response.Narrative, [.. ActionsOf(plan, r)]))]))
            : NotFound("plan", id);

    private static async Task<IResult> ListRecommendations(ActionPlansDb db, ClaimsPrincipal user, TimeProvider clock, IAuthorizationService authorization, HttpRequest request,
        [Description("Page number, from 1")] string? page = null,
        [Description("Items per page, from 1 to 200 (default 50)")] string? pageSize = null)
    {
        if (PageRequest.Read(page, pageSize, out var refusal) is not { } paging) return refusal!;
        var inspections = await ReadableBy(db, user, clock, authorization).InspectionsAsync();
        return TaggedBody.JsonOf(paging.Of(inspections.SelectMany(RecommendationsOf).ToList(), request));
    }

    private static async Task<IResult> ListActions(ActionPlansDb db, ClaimsPrincipal user, TimeProvider clock, IAuthorizationService authorization, DeliverySettings delivery, HttpRequest request,
        [Description("Page number, from 1")] string? page = null,
        [Description("Items per page, from 1 to 200 (default 50)")] string? pageSize = null)
    {
        if (PageRequest.Read(page, pageSize, out var refusal) is not { } paging) return refusal!;
        var readable = ReadableBy(db, user, clock, authorization);
        var plans = await readable.PlansAsync();
        var actions = plans.SelectMany(p => PlanDelivery.AsAt(p, readable.Today, delivery.DueSoon).Recommendations.SelectMany(r => ActionsOf(p, r)));
        return TaggedBody.JsonOf(paging.Of(actions.ToList(), request));
    }

    /// <summary>The open data file is the same for everyone: published plans only, whoever asks.</summary>
    private static async Task<IResult> ActionsAsCsv(ActionPlansDb db, TimeProvider clock, IAuthorizationService authorization)
    {
        var published = await ReadableBy(db, new ClaimsPrincipal(new ClaimsIdentity()), clock, authorization).PlansAsync();
        return new TaggedBody(System.Text.Encoding.UTF8.GetBytes(ActionsCsv.Write(published)), "text/csv; charset=utf-8") { FileName = "actions.csv" };
    }

    private static InspectionItem ItemOf(Inspection i) => new(i.Id, i.Provider.Name, i.Kind, i.FieldworkStarted, i.Published);

    private static IEnumerable<RecommendationItem> RecommendationsOf(Inspection i) =>
        i.Recommendations.OrderBy(r => r.Number).Select(r => new RecommendationItem(r.Id, i.Id, r.Number, r.Text, r.Addressee.Name, r.IsRepeated));

    /// <summary>A recommendation's actions in order, with how each stands once the plan is being delivered.</summary>
    private static IEnumerable<ActionItem> ActionsOf(ActionPlan plan, RecommendationDelivery recommendation)
    {
        var monitored = plan.IsBeingDelivered;
        return recommendation.Actions.Select(s => new ActionItem(
            s.Action.Id, plan.Id, recommendation.Recommendation.Number, s.Action.Text, s.Action.Owner, s.Agreed.Text, s.Agreed.Due,
            s.Action.CompletedAtSubmission, s.Current.Text, monitored ? s.Delivery.State : null, monitored ? s.Delivery.CompletedOn : null, s.Latest?.On));
    }

    private static IResult NotFound(string what, int id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}", detail: $"There is no {what} {id} that you can read.");
}
