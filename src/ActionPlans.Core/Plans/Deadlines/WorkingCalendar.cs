using System.Text.Json;

namespace ActionPlans.Core.Plans.Deadlines;

/// <summary>
/// Which days are working days: Monday to Friday except bank holidays. The holidays come from data
/// (the shape of GOV.UK's bank-holidays.json for one division) so that a new year, or a one-off
/// holiday like a state funeral, needs an updated file rather than a code change.
/// </summary>
public sealed class WorkingCalendar
{
    private const string EnglandAndWalesResource = "ActionPlans.Core.BankHolidays.england-and-wales.json";

    private static readonly Lazy<WorkingCalendar> LazyEnglandAndWales = new(() =>
    {
        using var stream = typeof(WorkingCalendar).Assembly.GetManifestResourceStream(EnglandAndWalesResource)
            ?? throw new InvalidOperationException($"The embedded resource {EnglandAndWalesResource} is missing.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    });

    private readonly HashSet<DateOnly> _holidays;

    private WorkingCalendar(IEnumerable<DateOnly> holidays)
    {
        _holidays = [.. holidays];
        if (_holidays.Count == 0) throw new DomainRuleException("A working calendar needs at least one bank holiday.");
        FirstYear = _holidays.Min().Year;
        LastYear = _holidays.Max().Year;
    }

    /// <summary>The bank holidays of England and Wales, where the inspected providers work.</summary>
    public static WorkingCalendar EnglandAndWales => LazyEnglandAndWales.Value;

    /// <summary>The first year whose bank holidays are known.</summary>
    public int FirstYear { get; }

    /// <summary>The last year whose bank holidays are known.</summary>
    public int LastYear { get; }

    public IReadOnlySet<DateOnly> BankHolidays => _holidays;

    /// <summary>Reads <c>{"division": …, "events": [{"title": …, "date": "yyyy-MM-dd"}, …]}</c>.</summary>
    public static WorkingCalendar FromJson(string json)
    {
        var file = JsonSerializer.Deserialize<HolidayFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new DomainRuleException("The bank holiday file is empty.");
        return new WorkingCalendar((file.Events ?? []).Select(e => e.Date));
    }

    /// <summary>Whether the bank holidays of <paramref name="day"/>'s year are known, so that it can be judged a working day or not.</summary>
    public bool Knows(DateOnly day) => day.Year >= FirstYear && day.Year <= LastYear;

    public bool IsBankHoliday(DateOnly day) => _holidays.Contains(Known(day));

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsBankHoliday(day);

    /// <summary>The day <paramref name="count"/> working days after <paramref name="from"/>; <paramref name="from"/> itself is not counted.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int count)
    {
        if (count < 0) throw new DomainRuleException("Working days are counted forwards.");
        var day = from;
        for (var counted = 0; counted < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -WorkingDaysBetween(to, from);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }

    // Outside the known years every weekday would silently count as a working day, and a deadline
    // over Christmas would come out a few days early; better to refuse and ask for the file's update.
    private DateOnly Known(DateOnly day) =>
        Knows(day)
            ? day
            : throw new DomainRuleException(
                $"Bank holidays are known for {FirstYear} to {LastYear} only; add {day.Year}'s to the bank holiday file.");

    private sealed record HolidayFile(string? Division, IReadOnlyList<HolidayEvent>? Events);

    private sealed record HolidayEvent(string? Title, DateOnly Date);
}
