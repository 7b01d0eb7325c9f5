using System.Globalization;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Vocabulary;

namespace ActionPlans.Documents.Publishing.Progress;

/// <summary>
/// A progress report's fixed wording, and the lines each of its cells holds, so the page and the Word,
/// PDF and HTML forms say the same thing in the same words.
/// </summary>
public static class DeliveryTerms
{
    public static string Title(string provider) => "Progress report: " + provider;

    public const string AsAtPrefix = "Delivery as at ";
    public const string SummaryTitle = "Summary of delivery";
    public const string ChartTitle = "Actions planned and completed by month";
    public const string NoActions = "No actions: nothing to deliver for this recommendation.";

    public static IReadOnlyList<string> SummaryHeadings { get; } = ["Actions", "Number"];
    public static IReadOnlyList<string> MonthHeadings { get; } = ["Month", "Planned", "Completed", "Planned to date", "Completed to date"];
    public static IReadOnlyList<string> ActionHeadings { get; } = ["Action", "Responsible owner", "Target date", "Delivery", "Latest update"];

    // Widths in twentieths of a point across landscape A4 less half-inch margins, for Word and PDF alike.
    internal static readonly int[] ActionColumnWidths = [4300, 1900, 2900, 2798, 3500];
    internal static readonly int[] MonthColumnWidths = [2000, 1500, 1500, 1500, 1500];
    internal static readonly int[] SummaryColumnWidths = [3000, 1200];


    /// <summary>The lines under the title: the plan's and the inspection report's days, the day reported as at and the publication.</summary>
    public static IReadOnlyList<string> Particulars(ProgressReport report) =>
    [
        PlanTerms.ProviderPrefix + report.Provider,
        PlanTerms.SubmittedPrefix + PlanTerms.Day(report.PlanSubmitted),
        PlanTerms.PublishedPrefix + PlanTerms.Day(report.ReportPublished),
        AsAtPrefix + DateWords.Day(report.AsAt),
        Published(report.Publication),
    ];

    public static string Published(ProgressReportPublication? publication) =>
        publication is null ? "This report has not been published." : $"Published on {DateWords.Day(publication.On)} by {publication.By}.";

    /// <summary>What the recommendation's line says under its heading: who it is for, the response and the worst rating.</summary>
    public static string Standing(ProgressReportRecommendation recommendation, string provider)
    {
        var parts = new List<string>();
        if (recommendation.Addressee != provider) parts.Add("For " + recommendation.Addressee);
        parts.Add(recommendation.Response.Words());
        if (recommendation.Rag != Rag.None) parts.Add("rated " + recommendation.Rag.Words());
        return string.Join(" · ", parts);
    }

    /// <summary>Each state with its count, the most worrying first, then the total.</summary>
    public static IReadOnlyList<(string Label, int Count)> SummaryRows(DeliveryCounts counts) =>
    [
        .. new[]
        {
            DeliveryState.Overdue, DeliveryState.NotDelivered, DeliveryState.DueSoon, DeliveryState.OnTrack,
            DeliveryState.CompletedLate, DeliveryState.CompletedOnTime, DeliveryState.NoTarget, DeliveryState.Superseded,
        }.Select(s => (s.Words(), counts.Count(s))),
        (PlanTerms.Total, counts.Total),
    ];

    public static string Delivered(DeliveryCounts counts) => counts.ShareDelivered is { } share
        ? $"{counts.Delivered} of {counts.Total - counts.Count(DeliveryState.Superseded)} actions delivered ({Math.Round(share * 100):0}%)."
        : "No action is expected to be delivered.";

    /// <summary>The chart's figures, one row a month: planned and completed in it, then both to date.</summary>
    public static IReadOnlyList<string[]> MonthRows(DeliverySeries series) =>
    [
        .. series.Months.Zip(series.Cumulative().Months, (month, total) => new[]
        {
            month.Month.ToString(), N(month.Planned), N(month.Completed), N(total.Planned), N(total.Completed),
        }),
    ];

    /// <summary>The target in force; when it moved, the agreed one and each move with its reason.</summary>
    public static IReadOnlyList<string> TargetLines(ProgressReportAction action)
    {
        if (action.Revisions.Count == 0) return [Target(action.AgreedTarget)];
        return
        [
            "Now: " + Target(action.TargetInForce),
            "Agreed: " + Target(action.AgreedTarget),
            .. action.Revisions.Select(r => $"Moved on {DateWords.Day(r.On)} from {Target(r.From)} to {Target(r.To)} by {r.By}: {r.Reason}"),
        ];
    }

    /// <summary>The state with its rating, then the day that decides it and any occurrences missed.</summary>
    public static IReadOnlyList<string> DeliveryLines(ProgressReportAction action)
    {
        var lines = new List<string> { action.State.Words() + (action.Rag == Rag.None ? "" : $" ({action.Rag.Words()})") };
        if (action.CompletedOn is { } completed) lines.Add("Completed " + DateWords.Day(completed));
        else if (action.Due is { } due && action.State != DeliveryState.Superseded)
            lines.Add((action.State is DeliveryState.Overdue or DeliveryState.NotDelivered ? "Was due " : "Due ") + DateWords.Day(due));
        if (action.MissedOccurrences > 0) lines.Add(action.MissedOccurrences == 1 ? "1 date missed" : $"{action.MissedOccurrences} dates missed");
        return lines;
    }

    /// <summary>The latest update: its day, status and author, then what it said.</summary>
    public static IReadOnlyList<string> UpdateLines(ProgressReportAction action) => action.Latest is { } update
        ? [$"{DateWords.Day(update.On)}: {update.Status.Words()}, by {update.Author}", .. PrintableText.Paragraphs(update.Narrative)]
        : ["No update yet"];

    private static string Target(string text) => string.IsNullOrWhiteSpace(text) ? "(none given)" : text;

    private static string N(int number) => number.ToString(CultureInfo.InvariantCulture);
}
