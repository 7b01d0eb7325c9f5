namespace ActionPlans.Core.Progress;

/// <summary>How many days before its due date an undelivered action counts as due soon; both edges are included.</summary>
public readonly record struct DueSoonWindow
{
    public const int DefaultDays = 30;

    public static DueSoonWindow Default => new(DefaultDays);

    public DueSoonWindow(int days)
    {
        if (days < 0) throw new ArgumentOutOfRangeException(nameof(days), "A due-soon window cannot be negative.");
        Days = days;
    }

    public int Days { get; }

    public bool Covers(DateOnly due, DateOnly date) => date <= due && due.DayNumber - date.DayNumber <= Days;
}
