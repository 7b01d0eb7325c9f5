namespace ActionPlans.Documents.Reports;

/// <summary>A row of a standard's key question table; a qualitative question has no figures.</summary>
public sealed record ReportedKeyQuestion(
    string Id,
    string Text,
    bool Qualitative,
    decimal? Current,
    decimal? Previous,
    decimal? AllProviders,
    IReadOnlyList<ReportedPrompt> Prompts);
