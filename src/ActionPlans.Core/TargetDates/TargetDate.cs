using System.Globalization;
using System.Text.RegularExpressions;

namespace ActionPlans.Core.TargetDates;

/// <summary>
/// A target date as a plan writes it ("December 2020", "Completed April 2019", "Ongoing",
/// "Bi-monthly from March 2019", "Spring 2019", a condition…), and what it means.
/// </summary>
/// <remarks>
/// Precision rules: a month means its last day; a year ("End 2020") means 31 December; a quarter
/// its last day (calendar quarters, or financial quarters from April when written "Q1 2019/20");
/// a season its last day, using meteorological seasons (Spring to 31 May, Summer to 31 August,
/// Autumn to 30 November, Winter YYYY to the end of February YYYY+1, since winter starts in the
/// December of YYYY). "Bi-monthly" is read as every two months and "bi-annual" as every six, as
/// the plans use them for meetings and audits.
/// </remarks>
public sealed partial record TargetDate
{
    public static readonly TargetDate None = new("", TargetKind.None);

    /// <summary>The longest target a plan may write; longer words are not a date but a paragraph in the wrong column.</summary>
    public const int TextMaxLength = 300;

    private TargetDate(string text, TargetKind kind)
    {
        Text = text;
        Kind = kind;
    }

    /// <summary>The text exactly as written.</summary>
    public string Text { get; }

    public TargetKind Kind { get; }

    /// <summary>When it falls due: month precision means the month's last day; recurring means the first occurrence.</summary>
    public DateOnly? Due { get; private init; }

    public bool IsCompleted => Kind == TargetKind.Completed;

    /// <summary>For "Completed April 2019": the end of the month it was completed in.</summary>
    public DateOnly? CompletedBy { get; private init; }

    public Recurrence? Recurrence { get; private init; }

    /// <summary>The last day a recurring target can recur on ("Bi-annual throughout 2019": 31 December 2019); null when open-ended.</summary>
    public DateOnly? RecursUntil { get; private init; }

    /// <summary>The work continues without end ("Ongoing", "June 2019 and ongoing").</summary>
    public bool IsOngoing { get; private init; }

    /// <summary>A bracketed remark after the date ("in-line with HMPPS Equality Strategy").</summary>
    public string? Note { get; private init; }

    /// <summary>A target is time-bound when it names a date to deliver by, or says it is already done.</summary>
    public bool IsTimeBound => Due is not null || IsCompleted;

    /// <summary>Refuses a target written longer than <see cref="TextMaxLength"/>, naming the value it was given for.</summary>
    public static void RequireLength(TargetDate target, string about)
    {
        if (target.Text.Length > TextMaxLength) throw new DomainRuleException($"A target date is at most {TextMaxLength} characters.", about);
    }

    public static TargetDate Parse(string? text)
    {
        var written = (text ?? "").Trim();
        if (written.Length == 0) return None;
        if (written.Length > TextMaxLength) return new TargetDate(written, TargetKind.Condition);
        try
        {
            return Read(written);
        }
        catch (RegexMatchTimeoutException)
        {
            return new TargetDate(written, TargetKind.Condition);
        }
    }

    private static TargetDate Read(string written)
    {
        var (body, note) = SplitNote(Normalise(written));

        // The commonest form by far ("June 2019") needs none of the checks below.
        if (MonthYear().IsMatch(body) && EndOf(body) is { } monthEnd)
            return new TargetDate(written, TargetKind.Date) { Note = note, Due = monthEnd };

        var completed = CompletedForm().Match(body);
        if (completed.Success)
            return new TargetDate(written, TargetKind.Completed) { Note = note, CompletedBy = EndOf(completed.Groups["when"].Value) };

        if (OngoingForm().IsMatch(body))
            return new TargetDate(written, TargetKind.Ongoing) { Note = note, IsOngoing = true };

        var from = RecurringFromForm().Match(body);
        if (from.Success && OngoingForm().IsMatch(from.Groups["every"].Value) && EndOf(from.Groups["when"].Value) is { } begins)
            return new TargetDate(written, TargetKind.Date) { Note = note, Due = begins, IsOngoing = true };
        if (from.Success && RecurrenceOf(from.Groups["every"].Value) is { } every && EndOf(from.Groups["when"].Value) is { } first)
            return new TargetDate(written, TargetKind.Recurring) { Note = note, Due = first, Recurrence = every };

        var throughout = RecurringThroughoutForm().Match(body);
        if (throughout.Success && RecurrenceOf(throughout.Groups["every"].Value) is { } each && Year(throughout.Groups["year"].Value) is { } within)
            return new TargetDate(written, TargetKind.Recurring)
            {
                Note = note,
                Due = EndOfMonth(within, MonthsBetween(each)),
                Recurrence = each,
                RecursUntil = new DateOnly(within, 12, 31),
            };

        var then = ThenForm().Match(body);
        if (then.Success && EndOf(then.Groups["when"].Value) is { } start)
        {
            var tail = then.Groups["tail"].Value;
            if (OngoingForm().IsMatch(tail))
                return new TargetDate(written, TargetKind.Date) { Note = note, Due = start, IsOngoing = true };
            if (RecurrenceOf(tail) is { } recurrence)
                return new TargetDate(written, TargetKind.Recurring) { Note = note, Due = start, Recurrence = recurrence };
        }

        // "Quarterly" alone recurs but never says when it starts, so it is not time-bound.
        if (RecurrenceOf(body) is { } undated)
            return new TargetDate(written, TargetKind.Recurring) { Note = note, Recurrence = undated };

        return EndOf(body) is { } due
            ? new TargetDate(written, TargetKind.Date) { Note = note, Due = due }
            : new TargetDate(written, TargetKind.Condition) { Note = note };
    }

    /// <summary>
    /// The dates the target falls due on, up to and including <paramref name="upTo"/>: every occurrence
    /// of a recurring target, the one due date of any other, none for a completed or undated one.
    /// </summary>
    public IEnumerable<DateOnly> DueOccurrences(DateOnly upTo)
    {
        if (Due is not { } first) yield break;
        if (Recurrence is not { } every)
        {
            if (first <= upTo) yield return first;
            yield break;
        }

        var last = RecursUntil is { } until && until < upTo ? until : upTo;
        var step = MonthsBetween(every);
        for (var n = 0; ; n++)
        {
            // Count in months from the first so that month ends stay month ends (30 June + 6 months = 31 December).
            var months = first.Year * 12 + first.Month - 1 + n * step;
            if (months / 12 > DateOnly.MaxValue.Year) yield break;
            var occurrence = EndOfMonth(months / 12, months % 12 + 1);
            if (occurrence > last) yield break;
            yield return occurrence;
        }
    }

    public override string ToString() => Text;

    private static int MonthsBetween(Recurrence recurrence) => recurrence switch
    {
        TargetDates.Recurrence.Monthly => 1,
        TargetDates.Recurrence.BiMonthly => 2,
        TargetDates.Recurrence.Quarterly => 3,
        TargetDates.Recurrence.BiAnnual => 6,
        _ => 12,
    };

    private static Recurrence? RecurrenceOf(string words)
    {
        var w = words.Trim().ToLowerInvariant().Replace("-", "").Replace(" ", "");
        return w switch
        {
            "monthly" or "everymonth" or "eachmonth" => TargetDates.Recurrence.Monthly,
            "bimonthly" or "everytwomonths" or "every2months" => TargetDates.Recurrence.BiMonthly,
            "quarterly" or "everyquarter" or "eachquarter" or "everythreemonths" or "every3months" => TargetDates.Recurrence.Quarterly,
            "biannual" or "biannually" or "sixmonthly" or "6monthly" or "halfyearly" or "twiceayear" or "twiceperyear"
                or "everysixmonths" or "every6months" => TargetDates.Recurrence.BiAnnual,
            "annual" or "annually" or "yearly" or "everyyear" or "eachyear" => TargetDates.Recurrence.Annual,
            _ => null,
        };
    }

    /// <summary>The last day of the period a phrase names ("June 2019", "by end of March 2019", "Q2 2019", "Spring 2019"…), or null.</summary>
    private static DateOnly? EndOf(string phrase)
    {
        var p = DeadlineWords().Replace(phrase.Trim(), "");
        if (p.Length == 0) return null;

        var m = NumericDay().Match(p);
        if (m.Success && Year(m.Groups["y"].Value) is { } ny)
            return Day(ny, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));

        m = NamedDay().Match(p);
        if (m.Success && MonthOf(m.Groups["month"].Value) is { } dm && Year(m.Groups["y"].Value) is { } dy)
            return Day(dy, dm, int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));

        m = MonthYear().Match(p);
        if (m.Success && MonthOf(m.Groups["month"].Value) is { } month && Year(m.Groups["y"].Value) is { } my)
            return EndOfMonth(my, month);

        m = Quarter().Match(p);
        if (m.Success && Year(m.Groups["y"].Value) is { } qy)
        {
            var q = int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture);
            // "Q1 2019/20" is a financial quarter: the financial year starts in April.
            if (!m.Groups["fy"].Success) return EndOfMonth(qy, 3 * q);
            var end = new DateOnly(qy, 3, 1).AddMonths(3 * q);
            return EndOfMonth(end.Year, end.Month);
        }

        m = Season().Match(p);
        if (m.Success && Year(m.Groups["y"].Value) is { } sy)
            return m.Groups["season"].Value.ToLowerInvariant() switch
            {
                "spring" => new DateOnly(sy, 5, 31),
                "summer" => new DateOnly(sy, 8, 31),
                "autumn" or "fall" => new DateOnly(sy, 11, 30),
                _ => EndOfMonth(sy + 1, 2),
            };

        m = YearOnly().Match(p);
        if (m.Success && Year(m.Groups["y"].Value) is { } y)
            return new DateOnly(y, 12, 31);

        return null;
    }

    private static int? Year(string digits)
    {
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return null;
        if (digits.Length == 2) y += 2000;
        return y is >= 1990 and <= 2100 ? y : null;
    }

    private static DateOnly? Day(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static int? MonthOf(string name)
    {
        var n = name.ToLowerInvariant();
        if (n.Length < 3) return null;
        for (var i = 0; i < Months.Length; i++)
            if (Months[i].StartsWith(n[..3], StringComparison.Ordinal) && (n.Length == 3 || n == "sept" || Months[i] == n))
                return i + 1;
        return null;
    }

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static string Normalise(string text) =>
        Spaces().Replace(text.Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u00a0', ' '), " ").TrimEnd('.', ',', ';', ':', ' ');

    private static (string Body, string? Note) SplitNote(string text)
    {
        var m = BracketedNote().Match(text);
        return m.Success ? (text[..m.Index].TrimEnd('.', ',', ';', ':', ' '), m.Groups["note"].Value.Trim()) : (text, null);
    }

    [GeneratedRegex(@"\s+", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*\((?<note>[^()]*)\)\s*$", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex BracketedNote();

    [GeneratedRegex(@"^(?:already\s+)?completed(?:\s*[-:,]?\s*(?:in|on|by)?\s*(?<when>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex CompletedForm();

    [GeneratedRegex(@"^on-?\s?going$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex OngoingForm();

    [GeneratedRegex(@"^(?<every>.+?)\s+(?:from|starting|commencing|beginning)\s+(?<when>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex RecurringFromForm();

    [GeneratedRegex(@"^(?<every>.+?)\s+(?:throughout|during|in)\s+(?<year>[0-9]{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex RecurringThroughoutForm();

    [GeneratedRegex(@"^(?<when>.+?)\s*(?:,\s*)?(?:\band\b|\bthen\b|&)\s*(?<tail>[^&]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex ThenForm();

    [GeneratedRegex(@"^(?:(?:(?:to\s+be\s+)?complete(?:d)?\s+by|by|before|no\s+later\s+than)\s+)?(?:(?:the\s+)?end\s+(?:of\s+)?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex DeadlineWords();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})[/.\-](?<m>[0-9]{1,2})[/.\-](?<y>[0-9]{4}|[0-9]{2})$", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex NumericDay();

    [GeneratedRegex(@"^(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>[a-z]+)\s*,?\s+(?<y>[0-9]{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex NamedDay();

    // "March 2019", "Mar 2019", "March-19", "Mar '19"; a two-digit year needs the hyphen or apostrophe, "March 19" could be a day.
    [GeneratedRegex(@"^(?<month>[a-z]+)(?:\s*,?\s+(?<y>[0-9]{4})|\s*[-']\s*(?<y>[0-9]{2}|[0-9]{4}))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?:Q|quarter\s*)(?<q>[1-4])\s*[-,]?\s*(?<y>[0-9]{4})(?<fy>\s*[/-]\s*[0-9]{2,4})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^(?<season>spring|summer|autumn|fall|winter)\s+(?<y>[0-9]{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex Season();

    [GeneratedRegex(@"^(?<y>[0-9]{4})$", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex YearOnly();
}
