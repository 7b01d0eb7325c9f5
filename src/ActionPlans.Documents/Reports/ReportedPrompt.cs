namespace ActionPlans.Documents.Reports;

/// <summary>A prompt's figures from Annex 4; Id is the framework's when the report's prompts line up with it.</summary>
public sealed record ReportedPrompt(string? Id, string Text, decimal? Current, decimal? Previous);
