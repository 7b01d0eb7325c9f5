namespace ActionPlans.Documents.Reports;

/// <summary>Something the reader doubts but could read past, for a person to check at that line.</summary>
public sealed record ReportWarning(int Line, string Message);
