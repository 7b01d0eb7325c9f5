using System.Globalization;
using ActionPlans.Core.Vocabulary;

namespace ActionPlans.Documents.Reports;

/// <summary>The month a report was published: reports give no day ("HMI Probation, February 2020").</summary>
public readonly record struct ReportMonth
{
    public ReportMonth(int year, int month)
    {
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "A month runs from 1 to 12.");
        Year = year;
        Month = month;
    }

    public int Year { get; }
    public int Month { get; }

    /// <summary>Reads "February 2020"; null when it is not a month and year.</summary>
    public static ReportMonth? Parse(string text) =>
        DateTime.TryParseExact(text.Trim(), "MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new ReportMonth(date.Year, date.Month)
            : null;

    /// <summary>"2020-02".</summary>
    public override string ToString() => DateWords.IsoMonthOf(new DateOnly(Year, Month, 1));
}
