using System.Text.RegularExpressions;
using ActionPlans.Core.TargetDates;

namespace ActionPlans.Documents.Plans;

/// <summary>
/// One entry of a cell that holds both the owner and the target date ("Owner: Head of Quality / by June 2025",
/// "Head of Quality – March 2025", "Head of Quality, 31/03/2025", "Head of Quality (by end of Q2 2025)").
/// </summary>
internal static partial class OwnerAndDate
{
    /// <summary>
    /// The target date is the longest tail after a separator (/ – — - , ( or " by ") that reads as a target; what is
    /// before it is the owner, without an "Owner:" label, and the target without the "by" that joins them. An entry with
    /// no such tail is all owner, or all date.
    /// </summary>
    public static (string? Owner, string? Date) Split(string entry)
    {
        var text = entry.Trim();
        if (IsTarget(text)) return (null, text);
        for (var i = 1; i < text.Length - 1; i++)
        {
            var from = text[i] switch
            {
                '/' or '–' or '—' or '-' or ',' or '(' => i + 1,
                ' ' when text.AsSpan(i + 1).StartsWith("by ", StringComparison.OrdinalIgnoreCase) => i + 1,
                _ => -1,
            };
            if (from < 0) continue;
            var date = DateLabel().Replace(text[from..].Trim(), "");
            if (text[i] == '(') date = date.TrimEnd(')', ' ');
            if (!IsTarget(date)) continue;
            // "by" joins the owner to the date as the separator does; the target is what follows it.
            if (date.StartsWith("by ", StringComparison.OrdinalIgnoreCase) && IsTarget(date[3..].TrimStart())) date = date[3..].TrimStart();
            var owner = Owner(text[..i].TrimEnd(' ', ',', '/', '–', '—', '-'));
            return (owner.Length == 0 ? null : owner, date);
        }
        var whole = Owner(text);
        return (whole.Length == 0 ? null : whole, null);
    }

    private static string Owner(string text) => OwnerLabel().Replace(text, "").Trim();

    // A condition ("when funding allows") is no date to split at: it may be words of the owner's title.
    private static bool IsTarget(string text) => TargetDate.Parse(text).Kind is not (TargetKind.None or TargetKind.Condition);

    [GeneratedRegex(@"^(?:responsible\s+)?(?:owner|lead)\s*[:\-–]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex OwnerLabel();

    [GeneratedRegex(@"^(?:target(?:\s+date)?|date|due|deadline)\s*[:\-–]\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex DateLabel();
}
