using System.Globalization;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Vocabulary;

namespace ActionPlans.Core.Vocabulary;

/// <summary>
/// The one place dates become text. People read the GOV.UK style ("4 June 2026", "June 2026"); machines
/// (CSV, JSON, the API, addresses and command lines) read ISO 8601 ("2026-06-04").
/// </summary>
public static class DateWords
{
    /// <summary>An ISO 8601 day, for CSV, JSON, the API, addresses and command lines.</summary>
    public const string IsoDay = "yyyy-MM-dd";

    /// <summary>An ISO 8601 month, for JSON.</summary>
    public const string IsoMonth = "yyyy-MM";

    /// <summary>What a page or an email says for a day it does not know.</summary>
    public const string NotKnown = "Not known";

    // The invariant culture writes English month names, and "Sep" where en-GB writes "Sept".
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>"4 June 2026"; for no day, <paramref name="whenNotKnown"/>.</summary>
    public static string Day(DateOnly? day, string whenNotKnown = NotKnown) =>
        day?.ToString("d MMMM yyyy", Culture) ?? whenNotKnown;

    /// <summary>"June 2026".</summary>
    public static string Month(DateOnly day) => day.ToString("MMMM yyyy", Culture);

    /// <summary>"Jun 2026": a month where space is short, in the rows of a table or along a chart's axis.</summary>
    public static string ShortMonth(YearMonth month) => new DateOnly(month.Year, month.Month, 1).ToString("MMM yyyy", Culture);

    /// <summary>"2026-06-04 14:05:09": a moment in UTC to the second, as the administrator's tables list them.</summary>
    public static string Moment(DateTime? utc) => utc?.ToString("yyyy-MM-dd HH:mm:ss", Culture) ?? "";

    /// <summary>"2026-06-04"; for no day, empty, as a CSV cell or a log leaves it.</summary>
    public static string Iso(DateOnly? day) => day?.ToString(IsoDay, Culture) ?? "";

    /// <summary>"2026-06".</summary>
    public static string IsoMonthOf(DateOnly day) => day.ToString(IsoMonth, Culture);

    /// <summary>Reads an ISO 8601 day, and only that.</summary>
    public static bool TryIso(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, IsoDay, Culture, DateTimeStyles.None, out day);
}
