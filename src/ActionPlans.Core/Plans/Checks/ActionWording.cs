using System.Text.RegularExpressions;

namespace ActionPlans.Core.Plans.Checks;

/// <summary>
/// What an action's words show about how it can be tracked. These are hints, not proofs: an action
/// can name a report and still be vague, so they only ever give warnings.
/// </summary>
public static partial class ActionWording
{
    /// <summary>
    /// An action is measurable when it names something to count or check: a number (digits or a
    /// number word, "twice"), a percentage, a frequency (daily … annually, "each month", "per annum"),
    /// or a deliverable whose existence can be checked. The deliverables are the nouns plans use for
    /// things that are produced or held: report, audit, plan, guidance, training, workshop, policy,
    /// document, review, survey, briefing, template, tool(kit), matrix, procedure, protocol, strategy,
    /// programme, checklist, dashboard, framework, specification, baseline, meeting, board, panel.
    /// </summary>
    public static bool NamesAMeasure(string text) => Measure().IsMatch(text);

    /// <summary>
    /// The action's leading verb is "continue" ("Continue to…", "Continued delivery of…", "The team
    /// will continue to…"): it carries on existing work rather than changing something.
    /// </summary>
    public static bool OnlyContinues(string text) => Continuing().IsMatch(text);

    [GeneratedRegex(
        @"\d|%|\bper\s?cent\b" +
        @"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred|twice|half)\b" +
        @"|\b(?:daily|weekly|fortnightly|monthly|bi-?monthly|quarterly|annual|annually|yearly|bi-?annual(?:ly)?|six-?monthly|half-?yearly)\b" +
        @"|\b(?:each|every|per)\s+(?:day|week|fortnight|month|quarter|year|annum)\b" +
        @"|\b(?:report|audit|plan|guidance|training|workshop|policy|document|review|survey|briefing|template|tool|toolkit|matrix" +
        @"|procedure|protocol|strategy|programme|checklist|dashboard|framework|specification|baseline|meeting|board|panel)s?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex Measure();

    // A subject before the verb stays within one clause ("Heads of Cluster to continue to…").
    [GeneratedRegex(@"^(?>\s*)(?:[^.;:\n]{1,100}?\s(?:will|to|shall)\s+)?continu(?:e|es|ed|ing)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex Continuing();
}
