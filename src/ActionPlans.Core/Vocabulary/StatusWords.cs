using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Ratings;
using ActionPlans.Core.Recommendations;

namespace ActionPlans.Core.Vocabulary;

/// <summary>
/// The one place a status becomes words, so pages, documents and emails say the same thing (docs/glossary.md,
/// "Status words"). A value with no words throws rather than show its code name to the public.
/// </summary>
public static class StatusWords
{
    public static string Words(this PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Draft",
        PlanStatus.Submitted => "Submitted",
        PlanStatus.Returned => "Returned",
        PlanStatus.Accepted => "Accepted",
        PlanStatus.Published => "Published",
        _ => throw Unworded(status),
    };

    /// <summary>In the template's capitals, as the published plans and their readers write them.</summary>
    public static string Words(this ResponseKind kind) => kind switch
    {
        ResponseKind.Agreed => "Agreed",
        ResponseKind.PartlyAgreed => "Partly Agreed",
        ResponseKind.NotAgreed => "Not Agreed",
        _ => throw Unworded(kind),
    };

    public static string Words(this ResponseKind? kind) => kind is { } k ? k.Words() : "Not answered";

    public static string Words(this Rating rating) => rating switch
    {
        Rating.Inadequate => "Inadequate",
        Rating.RequiresImprovement => "Requires improvement",
        Rating.Good => "Good",
        Rating.Outstanding => "Outstanding",
        _ => throw Unworded(rating),
    };

    public static string Words(this ProgressJudgement judgement) => judgement switch
    {
        ProgressJudgement.Sufficient => "Sufficient progress",
        ProgressJudgement.Some => "Some progress",
        ProgressJudgement.None => "No progress",
        _ => throw Unworded(judgement),
    };

    public static string Words(this ProgressJudgement? judgement) => judgement is { } j ? j.Words() : "Not judged";

    public static string Words(this DeliveryState state) => state switch
    {
        DeliveryState.NoTarget => "No due date",
        DeliveryState.OnTrack => "On track",
        DeliveryState.DueSoon => "Due soon",
        DeliveryState.Overdue => "Overdue",
        DeliveryState.CompletedOnTime => "Completed on time",
        DeliveryState.CompletedLate => "Completed late",
        DeliveryState.NotDelivered => "Not delivered",
        DeliveryState.Superseded => "Superseded",
        _ => throw Unworded(state),
    };

    /// <summary>The state after a count, in a sentence: "2 overdue", "1 with no due date".</summary>
    public static string Counted(this DeliveryState state) =>
        state == DeliveryState.NoTarget ? "with no due date" : state.Words().ToLowerInvariant();

    public static string Words(this DeliveryStatus status) => status switch
    {
        DeliveryStatus.NotStarted => "Not started",
        DeliveryStatus.InProgress => "In progress",
        DeliveryStatus.Completed => "Completed",
        DeliveryStatus.NotDelivered => "Not delivered",
        DeliveryStatus.Superseded => "Superseded",
        _ => throw Unworded(status),
    };

    public static string Words(this Rag rag) => rag switch
    {
        Rag.None => "No RAG",
        Rag.Green => "Green",
        Rag.Amber => "Amber",
        Rag.Red => "Red",
        _ => throw Unworded(rag),
    };

    private static ArgumentOutOfRangeException Unworded<T>(T value) where T : struct, Enum =>
        new(typeof(T).Name, value, $"{typeof(T).Name} {value} has no words; add them to {nameof(StatusWords)}.");
}
