using System.Text.Json.Serialization;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Ratings;

namespace ActionPlans.Web.Features.OpenData;

// What the API answers with. Enums carry their converter here, not in the serializer options, so that
// the OpenAPI document describes them as the strings the answers contain.

/// <summary>
/// One page of a list, in id order, with the link to the next page while there is one. There is no total: counting a
/// national list on every page would cost more than reading the page.
/// </summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int PageSize, string? Next);

public sealed record InspectionItem(
    int Id,
    string Provider,
    [property: JsonConverter(typeof(JsonStringEnumConverter<InspectionKind>))] InspectionKind Kind,
    DateOnly? FieldworkStarted,
    DateOnly? Published);

public sealed record InspectionDetail(
    int Id,
    string Provider,
    [property: JsonConverter(typeof(JsonStringEnumConverter<InspectionKind>))] InspectionKind Kind,
    DateOnly? FieldworkStarted,
    DateOnly? Published,
    IReadOnlyList<StandardItem> Standards,
    IReadOnlyList<RecommendationItem> Recommendations);

/// <param name="Standard">The standard's number in the framework, such as "2.4".</param>
/// <param name="StatedRating">The rating the report states.</param>
public sealed record StandardItem(
    string Standard,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Rating>))] Rating? StatedRating,
    IReadOnlyList<KeyQuestionItem> KeyQuestions);

/// <summary>Percentages of inspected cases judged satisfactory: now, at the previous inspection, across all providers.</summary>
public sealed record KeyQuestionItem(string? KeyQuestion, string Text, decimal? Current, decimal? Previous, decimal? AllProviders);

public sealed record RecommendationItem(int Id, int InspectionId, int Number, string Text, string Addressee, bool Repeated);

/// <param name="ReportPublished">When the inspection report the plan answers was published.</param>
public sealed record PlanItem(
    int Id,
    int InspectionId,
    string Provider,
    [property: JsonConverter(typeof(JsonStringEnumConverter<PlanStatus>))] PlanStatus Status,
    DateOnly? Submitted,
    DateOnly? ReportPublished);

public sealed record PlanDetail(
    int Id,
    int InspectionId,
    string Provider,
    [property: JsonConverter(typeof(JsonStringEnumConverter<PlanStatus>))] PlanStatus Status,
    DateOnly? Submitted,
    ResponseSummary Summary,
    IReadOnlyList<PlanRecommendation> Recommendations);

/// <param name="Response">Null while the recommendation is unanswered.</param>
public sealed record PlanRecommendation(
    int Number,
    string Text,
    string Addressee,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ResponseKind>))] ResponseKind? Response,
    string Narrative,
    IReadOnlyList<ActionItem> Actions);

/// <param name="Target">The target date exactly as the plan writes it.</param>
/// <param name="Due">When the target falls due, when it names a date.</param>
/// <param name="Completed">The plan says the action is already done.</param>
/// <param name="CurrentTarget">The target in force today: the agreed one or its latest revision.</param>
/// <param name="Delivery">How the action stands today; null until the plan is accepted and monitored.</param>
/// <param name="CompletedOn">The day the action was delivered, once it has been.</param>
/// <param name="LastUpdated">The date of the latest progress update.</param>
public sealed record ActionItem(
    int Id, int PlanId, int RecommendationNumber, string Text, string? Owner, string Target, DateOnly? Due, bool Completed,
    string CurrentTarget,
    [property: JsonConverter(typeof(JsonStringEnumConverter<DeliveryState>))] DeliveryState? Delivery,
    DateOnly? CompletedOn,
    DateOnly? LastUpdated);
