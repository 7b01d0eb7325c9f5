namespace ActionPlans.Web.Features.Shared;

/// <summary>A GOV.UK date input's three fields, and the date they make.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public static DateParts Of(DateOnly? date) =>
        new() { Day = date?.Day.ToString(), Month = date?.Month.ToString(), Year = date?.Year.ToString() };

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The date, or the GOV.UK wording of what is wrong with it; an empty input is no date and no error.</summary>
    public (DateOnly? Date, string? Error) Read(string what)
    {
        if (IsEmpty) return (null, null);
        var missing = new[] { ("day", Day), ("month", Month), ("year", Year) }.Where(p => string.IsNullOrWhiteSpace(p.Item2)).Select(p => p.Item1).ToList();
        if (missing.Count > 0) return (null, $"{Capital(what)} must include a {string.Join(" and ", missing)}");
        if (!int.TryParse(Day, out var d) || !int.TryParse(Month, out var m) || !int.TryParse(Year, out var y) || y < 1990 || y > 2100
            || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
            return (null, $"{Capital(what)} must be a real date");
        return (new DateOnly(y, m, d), null);
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
