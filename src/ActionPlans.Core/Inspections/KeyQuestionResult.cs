namespace ActionPlans.Core.Inspections;

/// <summary>
/// The share of inspected cases judged satisfactory on one key question, now, at the previous
/// inspection and across all providers. A qualitative question has no figure.
/// </summary>
public sealed class KeyQuestionResult
{
    private readonly List<PromptResult> _prompts = [];

    private KeyQuestionResult() { Text = ""; }

    internal KeyQuestionResult(int position, string? keyQuestionId, string text, decimal? current, decimal? previous, decimal? allProviders)
    {
        Position = position;
        KeyQuestionId = keyQuestionId;
        Text = text;
        Current = RequirePercentage(current, "current");
        Previous = RequirePercentage(previous, "previous");
        AllProviders = RequirePercentage(allProviders, "all providers");
    }

    public int Id { get; private set; }
    public int StandardResultId { get; private set; }
    public int Position { get; private set; }

    /// <summary>The key question's number in the framework, such as "2.4.1", when known.</summary>
    public string? KeyQuestionId { get; private set; }
    public string Text { get; private set; }
    public decimal? Current { get; private set; }
    public decimal? Previous { get; private set; }
    public decimal? AllProviders { get; private set; }

    public void Update(decimal? current, decimal? previous, decimal? allProviders)
    {
        Current = RequirePercentage(current, "current");
        Previous = RequirePercentage(previous, "previous");
        AllProviders = RequirePercentage(allProviders, "all providers");
    }

    /// <summary>The figures of the prompts that underpin the key question (the report's Annex 4).</summary>
    public IReadOnlyList<PromptResult> Prompts => _prompts;

    public PromptResult RecordPrompt(string? promptId, string text, decimal? current, decimal? previous)
    {
        var prompt = new PromptResult(_prompts.Count + 1, promptId, text, RequirePercentage(current, "prompt"), RequirePercentage(previous, "previous prompt"));
        _prompts.Add(prompt);
        return prompt;
    }

    internal static decimal? RequirePercentage(decimal? value, string what) =>
        value is < 0 or > 100
            ? throw new DomainRuleException($"The {what} figure must be a percentage from 0 to 100, not {value}.")
            : value;
}
