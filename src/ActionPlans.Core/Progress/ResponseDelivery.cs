using ActionPlans.Core.Plans;
using ActionPlans.Core.Vocabulary;

namespace ActionPlans.Core.Progress;

/// <summary>
/// What a plan's response to one recommendation came to on a day, told briefly: the answer given, the
/// actions' worst RAG and their roll-up in words ("1 of 3 actions delivered, 2 overdue"). The next
/// inspection reads it beside each previous recommendation when it judges the progress made.
/// </summary>
public sealed record ResponseDelivery(ResponseKind? Kind, Rag Rag, string Words)
{
    public static ResponseDelivery Of(RecommendationDelivery delivery) =>
        new(delivery.Response.Kind, delivery.Summary.WorstRag, Describe(delivery.Response.Kind, delivery.Summary));

    private static string Describe(ResponseKind? kind, DeliverySummary summary)
    {
        if (summary.Total == 0) return kind == ResponseKind.NotAgreed ? "No actions: not agreed" : "No actions planned";
        var superseded = summary.Count(DeliveryState.Superseded);
        var expected = summary.Total - superseded;
        if (expected == 0) return $"{Actions(superseded)} superseded";

        var late = summary.Count(DeliveryState.CompletedLate);
        var delivered = $"{summary.Delivered} of {Actions(expected)} delivered{(late > 0 ? $" ({late} late)" : "")}";
        // Undelivered actions are listed worst first, as the inspector weighs them.
        var rest = new[]
            {
                DeliveryState.Overdue, DeliveryState.NotDelivered, DeliveryState.DueSoon,
                DeliveryState.OnTrack, DeliveryState.NoTarget, DeliveryState.Superseded,
            }
            .Where(s => summary.Count(s) > 0)
            .Select(s => $"{summary.Count(s)} {s.Counted()}");
        return string.Join(", ", rest.Prepend(delivered));
    }

    private static string Actions(int count) => count == 1 ? "1 action" : $"{count} actions";
}
