using ActionPlans.Core.Plans;
using ActionPlans.Documents.Publishing;

namespace ActionPlans.Documents.Tests.Publishing;

/// <summary>Plans that test how the published forms cope with awkward text.</summary>
internal static class UnusualPlans
{
    public const string Script = "<script>alert('x')</script> & \"quotes\"";
    public const string Hebrew = "שלום עולם";
    public const string Arabic = "مرحبا بالعالم";
    public const string Emoji = "Done 👍🏽 on time 🎉";
    public static readonly string LongWord = new('W', 900);
    public const string Controls = "bell\u0007 null\u0000 escape\u001B form\u000C lone\uD800 end";

    public static PublishedPlan Awkward { get; } = new(
        Script,
        new DateOnly(2024, 2, 29),
        null,
        [
            new PublishedRecommendation(1, Script + "\n" + Hebrew, Script, false, ResponseKind.Agreed,
                [Arabic, Controls], "  ", [new PublishedAction(Emoji, Hebrew, "=SUM(A1:A2)"), new PublishedAction(LongWord, "", "")]),
            new PublishedRecommendation(2, "", null, true, null, [], null, []),
            new PublishedRecommendation(3, string.Join(" ", Enumerable.Repeat("A very long recommendation that keeps going.", 400)), "HM Courts and Tribunals Service", false,
                ResponseKind.NotAgreed, [], "Affordability: " + Controls, []),
        ]);

    /// <summary>A plan as the service would build it, with reasons and labels the text reader never gives.</summary>
    public static PublishedPlan Ordinary { get; } = new(
        "Fenmoor and Dales CRC",
        new DateOnly(2026, 3, 2),
        new DateOnly(2026, 2, 23),
        [
            new PublishedRecommendation(1, "Improve the quality of risk assessments.", "Fenmoor and Dales CRC", false, ResponseKind.Agreed,
                ["Managers will audit a sample of cases each month."], null,
                [new PublishedAction("Train every officer in risk assessment.", "Head of Learning", "June 2026", "a)"),
                 new PublishedAction("Audit ten cases a month.\n• Report the findings to the board", "Quality Lead", "Monthly from April 2026", "b)")]),
            new PublishedRecommendation(2, "Fund a new case management system.", "Her Majesty's Prison and Probation Service", true, ResponseKind.PartlyAgreed,
                ["The upgrade is agreed; the new system is not."], "Affordability: the national contract cannot be changed.",
                [new PublishedAction("Upgrade the current system.", "HMPPS Digital", "Completed")]),
            new PublishedRecommendation(3, "Open an office in every town.", "Her Majesty's Prison and Probation Service", false, ResponseKind.NotAgreed,
                [], "Commissioning: estates are set nationally.", []),
        ]);
}
