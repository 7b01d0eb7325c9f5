namespace ActionPlans.Core.Inspections;

/// <summary>The share of cases satisfactory on one prompt under a key question.</summary>
public sealed class PromptResult
{
    private PromptResult() { Text = ""; }

    internal PromptResult(int position, string? promptId, string text, decimal? current, decimal? previous)
    {
        Position = position;
        PromptId = promptId;
        Text = text;
        Current = current;
        Previous = previous;
    }

    public int Id { get; private set; }
    public int KeyQuestionResultId { get; private set; }
    public int Position { get; private set; }
    public string? PromptId { get; private set; }
    public string Text { get; private set; }
    public decimal? Current { get; private set; }
    public decimal? Previous { get; private set; }
}
