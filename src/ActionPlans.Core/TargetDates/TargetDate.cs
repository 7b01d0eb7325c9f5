namespace ActionPlans.Core.TargetDates;

/// <summary>
/// A target date as a plan writes it ("December 2020", "Completed April 2019", "Ongoing",
/// "Bi-monthly from March 2019", "Spring 2019", a condition…), and what it means.
/// </summary>
public sealed record TargetDate
{
    public static readonly TargetDate None = new("", null, false, null, null);

    private TargetDate(string text, DateOnly? due, bool isCompleted, DateOnly? completedBy, Recurrence? recurrence)
    {
        Text = text;
        Due = due;
        IsCompleted = isCompleted;
        CompletedBy = completedBy;
        Recurrence = recurrence;
    }

    /// <summary>The text exactly as written.</summary>
    public string Text { get; }

    /// <summary>When it falls due: month precision means the month's last day; recurring means the first occurrence.</summary>
    public DateOnly? Due { get; }

    public bool IsCompleted { get; }

    /// <summary>For "Completed April 2019": the end of the month it was completed in.</summary>
    public DateOnly? CompletedBy { get; }

    public Recurrence? Recurrence { get; }

    /// <summary>A target is time-bound when it names a date to deliver by, or says it is already done.</summary>
    public bool IsTimeBound => Due is not null || IsCompleted;

    public static TargetDate Parse(string? text)
    {
        // Placeholder until the reader of every written form lands.
        text = (text ?? "").Trim();
        return text.Length == 0 ? None : new TargetDate(text, null, false, null, null);
    }

    public override string ToString() => Text;
}
