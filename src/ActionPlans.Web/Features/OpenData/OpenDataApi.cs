using System.ComponentModel;
using System.Security.Claims;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
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
            "Inspections whose reports you may read, in id order").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/inspections/{id:int}", GetInspection).Describe<InspectionDetail>("GetInspection",
            "One inspection: its standards with stated ratings and key question figures, and its recommendations").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/plans", ListPlans).Describe<Paged<PlanItem>>("ListPlans",
            "Action plans you may read, in id order, filtered by provider or by the year their report was published").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/plans/{id:int}", GetPlan).Describe<PlanDetail>("GetPlan",
            "One action plan: its summary of responses and each recommendation's response and actions").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/recommendations", ListRecommendations).Describe<Paged<RecommendationItem>>("ListRecommendations",
            "Recommendations of the inspections you may read, in id order").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/actions", ListActions).Describe<Paged<ActionItem>>("ListActions",
            "Actions of the plans you may read, in id order, with how each stands today").ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/actions.csv", ActionsAsCsv).WithName("ActionsCsv")
            .WithSummary("Every action of every published plan, as CSV")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        return routes;
    }

    private static RouteHandlerBuilder Describe<T>(this RouteHandlerBuilder route, string name, string summary) =>
        WholeNumber.Documented(route.WithName(name).WithSummary(summary).Produces<T>().Produces(StatusCodes.Status304NotModified));

    private static Readable ReadableBy(ActionPlansDb db, ClaimsPrincipal user, TimeProvider clock) => new(db, user, clock.TodayInUk());

    private const string AfterDescription = "Give the last id of the page you have to get the page after it (the next link does); the first page when not given";
    private const string PageSizeDescription = "Items per page, from 1 to 200 (default 50)";

    private static async Task<IResult> ListInspections(ActionPlansDb db, ClaimsPrincipal user, TimeProvider clock, HttpRequest request,
        [Description(AfterDescription)] string? after = null,
        [Description(PageSizeDescription)] string? pageSize = null)
    {
        if (PageRequest.Read(request, after, pageSize, out var refusal) is not { } paging) return refusal!;
        var rows = await paging.Rows(ReadableBy(db, user, clock).Inspections, i => i.Id)
            .Select(i => new InspectionItem(i.Id, i.Provider.Name, i.Kind, i.FieldworkStarted, i.Published)).ToListAsync();
        return TaggedBody.JsonOf(paging.Of(rows, i => i.Id, request));
    }

    private static async Task<IResult> GetInspection(ActionPlansDb db, ClaimsPrincipal user, TimeProvider clock,
        [Description("The inspection's id")] int id) =>
        await ReadableBy(db, user, clock).Inspections.Where(i => i.Id == id)
            .Include(i => i.Provider)
            .Include(i => i.Standards).ThenInclude(s => s.KeyQuestions)
            .Include(i => i.Recommendations).ThenInclude(r => r.Addressee)
            .AsSplitQuery().AsNoTracking().FirstOrDefaultAsync() is { } i
            ? TaggedBody.JsonOf(new InspectionDetail(i.Id, i.Provider.Name, i.Kind, i.FieldworkStarted, i.Published,
                [.. i.Standards.OrderBy(s => s.StandardId, StringComparer.Ordinal).Select(s => new StandardItem(s.StandardId, s.StatedRating,
                    [.. s.KeyQuestions.OrderBy(k => k.Position).Select(k => new KeyQuestionItem(k.KeyQuestionId, k.Text, k.Current, k.Previous, k.AllProviders))]))],
                [.. i.Recommendations.OrderBy(r => r.Number).Select(r => new RecommendationItem(r.Id, i.Id, r.Number, r.Text, r.Addressee.Name, r.IsRepeated))]))
            : NotFound("inspection", id);

    private static async Task<IResult> ListPlans(ActionPlansDb db, ClaimsPrincipal user, TimeProvider clock, HttpRequest request,
        [Description(AfterDescription)] string? after = null,
        [Description(PageSizeDescription)] string? pageSize = null,
        [Description("The provider's name, as the plan gives it (not case sensitive)")] string? provider = null,
        [Description("The year the inspection report was published")] string? year = null)
    {
        if (PageRequest.Read(request, after, pageSize, out var refusal) is not { } paging) return refusal!;
        if (WholeNumber.Year.Read(year, 0, out var published) is { } badYear) return badYear;
        var plans = ReadableBy(db, user, clock).Plans;
        if (provider is not null)
        {
            // The stored name folded by the database's lower(), which on SQLite folds ASCII letters only (as its NOCASE does):
            // organisations are few, so this needs no index of its own.
            var name = provider.Trim().ToLowerInvariant();
            plans = plans.Where(p => p.Inspection.Provider.Name.ToLower() == name);
        }
        if (year is not null)
        {
            // A range rather than the date's year, so that the database can use the index on the publication day.
            DateOnly from = new(published, 1, 1), until = from.AddYears(1);
            plans = plans.Where(p => p.Inspection.Published >= from && p.Inspection.Published < until);
        }
        var rows = await paging.Rows(plans, p => p.Id)
            .Select(p => new PlanItem(p.Id, p.InspectionId, p.Inspection.Provider.Name, p.Status, p.Submitted, p.Inspection.Published)).ToListAsync();
        return TaggedBody.JsonOf(paging.Of(rows, p => p.Id, request));
    }

    private static async Task<IResult> GetPlan(ActionPlansDb db, ClaimsPrincipal user, TimeProvider clock, DeliverySettings delivery,
        [Description("The plan's id")] int id)
    {
        var readable = ReadableBy(db, user, clock);
        if (await readable.Plans.Where(p => p.Id == id).WithDeliveryRecord().AsNoTracking().FirstOrDefaultAsync() is not { } plan)
            return NotFound("plan", id);
        return TaggedBody.JsonOf(new PlanDetail(plan.Id, plan.InspectionId, plan.Inspection.Provider.Name, plan.Status, plan.Submitted, plan.Summary,
            [.. plan.Responses.OrderBy(r => r.Recommendation.Number).Select(r => new PlanRecommendation(r.Recommendation.Number,
                r.Recommendation.Text, r.Recommendation.Addressee.Name, r.Kind, r.Narrative,
                [.. r.Actions.OrderBy(a => a.Position).Select(a => ItemOf(plan, r.Recommendation.Number, a, readable.Today, delivery.DueSoon))]))]));
    }

    private static async Task<IResult> ListRecommendations(ActionPlansDb db, ClaimsPrincipal user, TimeProvider clock, HttpRequest request,
        [Description(AfterDescription)] string? after = null,
        [Description(PageSizeDescription)] string? pageSize = null)
    {
        if (PageRequest.Read(request, after, pageSize, out var refusal) is not { } paging) return refusal!;
        var rows = await paging.Rows(ReadableBy(db, user, clock).Recommendations, r => r.Id)
            .Select(r => new RecommendationItem(r.Id, r.InspectionId, r.Number, r.Text, r.Addressee.Name, r.IsRepeated)).ToListAsync();
        return TaggedBody.JsonOf(paging.Of(rows, r => r.Id, request));
    }

    /// <summary>
    /// The page's actions only are loaded with their updates and revisions, and how each stands today is worked out by
    /// <see cref="ActionProgress"/>, the one definition of delivery.
    /// </summary>
    private static async Task<IResult> ListActions(ActionPlansDb db, ClaimsPrincipal user, TimeProvider clock, DeliverySettings delivery, HttpRequest request,
        [Description(AfterDescription)] string? after = null,
        [Description(PageSizeDescription)] string? pageSize = null)
    {
        if (PageRequest.Read(request, after, pageSize, out var refusal) is not { } paging) return refusal!;
        var readable = ReadableBy(db, user, clock);
        var page = await paging.Rows(readable.Actions.Join(db.Responses, a => a.ResponseId, r => r.Id,
            (a, r) => new { a.Id, PlanId = r.ActionPlanId, r.Recommendation.Number }), a => a.Id).ToListAsync();
        var ids = page.Select(a => a.Id).ToList();
        var planIds = page.Select(a => a.PlanId).Distinct().ToList();
        var actions = await db.Actions.Where(a => ids.Contains(a.Id)).Include(a => a.Updates).Include(a => a.Revisions)
            .AsSplitQuery().AsNoTracking().ToDictionaryAsync(a => a.Id);
        var plans = await db.Plans.Where(p => planIds.Contains(p.Id)).AsNoTracking().ToDictionaryAsync(p => p.Id);
        var items = page.Select(a => ItemOf(plans[a.PlanId], a.Number, actions[a.Id], readable.Today, delivery.DueSoon)).ToList();
        return TaggedBody.JsonOf(paging.Of(items, a => a.Id, request));
    }

    /// <summary>
    /// The open data file is the same for everyone: published plans only, whoever asks. It is written as it is read, so
    /// it has no ETag (that would need the whole body before its first byte).
    /// </summary>
    private static async Task ActionsAsCsv(ActionPlansDb db, TimeProvider clock, HttpResponse response)
    {
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "actions.csv" }.ToString();
        await ActionsCsv.WriteAsync(ReadableBy(db, new ClaimsPrincipal(new ClaimsIdentity()), clock).Plans, response.Body, response.HttpContext.RequestAborted);
    }

    /// <summary>An action as the plan agreed it, with how it stands today once the plan is being delivered.</summary>
    private static ActionItem ItemOf(ActionPlan plan, int recommendationNumber, PlannedAction action, DateOnly today, DueSoonWindow window)
    {
        var record = new ActionProgress(plan, action);
        var standing = record.AsAt(today, window);
        var monitored = plan.IsBeingDelivered;
        return new ActionItem(action.Id, plan.Id, recommendationNumber, action.Text, action.Owner, record.Agreed.Text, record.Agreed.Due,
            action.CompletedAtSubmission, record.TargetAsAt(today).Text, monitored ? standing.State : null, monitored ? standing.CompletedOn : null,
            record.Updates.LastOrDefault(u => u.On <= today)?.On);
    }

    private static IResult NotFound(string what, int id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}", detail: $"There is no {what} {id} that you can read.");
}
