namespace ActionPlans.Documents.Reports;

/// <summary>The text cannot be read as an inspection report; <see cref="Line"/> says where (1-based).</summary>
public sealed class ReportFormatException(string message, int line) : Exception($"Line {line}: {message}")
{
    public int Line { get; } = line;

    /// <summary>What is wrong, without the line: for callers that name the file and line themselves.</summary>
    public string Reason { get; } = message;
}
