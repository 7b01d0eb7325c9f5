namespace ActionPlans.Documents.Reports;

/// <summary>A new recommendation; Addressee is the body named above it ("Northumbria CRC should:"), if any.</summary>
public sealed record ReportedRecommendation(int Number, string Text, bool Repeated, string? Addressee);
