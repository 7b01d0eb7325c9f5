using ActionPlans.Core.Plans;
using ActionPlans.Core.Vocabulary;

namespace ActionPlans.Documents.Publishing;

/// <summary>The published plan's fixed wording: the template's terms and headings, and our own introduction and definitions.</summary>
public static class PlanTerms
{
    public const string SubmittedPrefix = "Action Plan Submitted: ";
    public const string ProviderPrefix = "A Response to the HMI Probation Inspection: ";
    public const string PublishedPrefix = "Report Published: ";

    public static string Title(string? provider) => "Action plan: " + (provider ?? "provider not named");

    public const string Introduction = "Introduction";

    public static IReadOnlyList<string> IntroductionText { get; } =
    [
        "HM Inspectorate of Probation inspected the provider named above and made the recommendations set out below.",
        "This plan gives the answer to each recommendation, the actions that will deliver it, who is responsible for each action and when it is due.",
        "Delivery is tracked action by action until every one is done, and the inspectorate reviews the progress made.",
    ];

    public static IReadOnlyList<string> DefinitionHeadings { get; } = ["Term", "Definition", "Additional comment"];

    /// <summary>What each response commits to, and what the plan must then show.</summary>
    public static IReadOnlyList<(ResponseKind Kind, string Definition, string Comment)> Definitions { get; } =
    [
        (ResponseKind.Agreed,
            "We accept the whole recommendation and will carry it out; it is achievable and affordable.",
            "Say how the recommendation will be met. Each action is specific, measurable, achievable, realistic and time-bound, with an owner and a target date, so that its progress can be followed."),
        (ResponseKind.PartlyAgreed,
            "We accept part of the recommendation and will carry out that part; the rest cannot be done for commissioning, policy, operational or affordability reasons.",
            "Say which part will be carried out, with actions for it as above, and explain why the rest will not be, naming the reason."),
        (ResponseKind.NotAgreed,
            "We do not accept the recommendation and will not carry it out, for commissioning, policy, operational or affordability reasons.",
            "Explain why the recommendation is not accepted, naming the reason."),
    ];

    /// <summary>The six columns of the plan table, in the template's words.</summary>
    public static IReadOnlyList<string> ColumnHeadings { get; } =
        ["Rec No", "Recommendation", "Agreed/ Partly Agreed/ Not Agreed", "Response Action Taken/Planned", "Responsible Owner", "Target Date"];

    // Column widths in twentieths of a point across landscape A4 less half-inch margins, for Word and PDF alike.
    internal static readonly int[] PlanColumnWidths = [1100, 3300, 1500, 5498, 2200, 1800];
    internal static readonly int[] DefinitionColumnWidths = [2200, 5800, 7398];

    public const string SummaryTitle = "Summary of responses";
    public const string SummaryHeading = "Recommendations";
    public const string Total = "Total";

    /// <summary>Marks a repeated recommendation in words the plan reader recognises.</summary>
    public const string Repeated = "(This recommendation is repeated from the previous inspection.)";

    public const string ExplanationPrefix = "Reasons: ";

    /// <summary>The summary of responses: each answer with its count, then the total.</summary>
    public static IReadOnlyList<(string Label, int Count)> SummaryRows(ResponseSummary summary) =>
    [
        (ResponseKind.Agreed.Words(), summary.Agreed),
        (ResponseKind.PartlyAgreed.Words(), summary.PartlyAgreed),
        (ResponseKind.NotAgreed.Words(), summary.NotAgreed),
        (Total, summary.Total),
    ];

    /// <summary>A day on the plan's front page; none is left blank, as the template leaves it.</summary>
    internal static string Day(DateOnly? day) => DateWords.Day(day, whenNotKnown: "");

    /// <summary>The group header over recommendations for someone other than the provider.</summary>
    public static string AddresseeHeader(string addressee) => addressee + " should:";

    /// <summary>Where a group header is due: the addressee changes, other than the provider's own rows at the start.</summary>
    internal static bool NeedsHeader(string? provider, string? previous, string? addressee, bool first) =>
        addressee is not null && (first ? addressee != provider : addressee != previous);
}
