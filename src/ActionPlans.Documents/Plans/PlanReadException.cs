namespace ActionPlans.Documents.Plans;

/// <summary>The text cannot be read as an action plan at all; <see cref="Line"/> is the 1-based line that shows it.</summary>
public sealed class PlanReadException(int line, string message) : Exception($"Line {line}: {message}")
{
    public int Line { get; } = line;
    public string Reason { get; } = message;
}
