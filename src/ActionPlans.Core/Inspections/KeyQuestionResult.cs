namespace ActionPlans.Core.Inspections;

/// <summary>
/// The share of inspected cases judged satisfactory on one key question, now, at the previous
/// inspection and across all providers. A qualitative question has no figure.
/// </summary>
public sealed class KeyQuestionResult
{
    private KeyQuestionResult() { Text = ""; }

    internal KeyQuestionResult(int position, string text, decimal? current, decimal? previous, decimal? allProviders)
    {
        Position = position;
        Text = text;
        Current = RequirePercentage(current, "current");
        Previous = RequirePercentage(previous, "previous");
        AllProviders = RequirePercentage(allProviders, "all providers");
    }

    public int Id { get; private set; }
    public int StandardResultId { get; private set; }
    public int Position { get; private set; }
    public string Text { get; private set; }
    public decimal? Current { get; private set; }
    public decimal? Previous { get; private set; }
    public decimal? AllProviders { get; private set; }

    private static decimal? RequirePercentage(decimal? value, string what) =>
        value is < 0 or > 100
            ? throw new DomainRuleException($"The {what} figure must be a percentage from 0 to 100, not {value}.")
            : value;
}
