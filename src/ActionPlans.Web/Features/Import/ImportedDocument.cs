namespace ActionPlans.Web.Features.Import;

/// <summary>A published document as it was brought in, kept beside what was read from it.</summary>
public sealed class ImportedDocument
{
    public int Id { get; set; }
    public DocumentKind Kind { get; set; }
    public string FileName { get; set; } = "";

    /// <summary>SHA-256 of the content, hex: the same document imported again is recognised by it.</summary>
    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];
    public DateTime ImportedAtUtc { get; set; }
    public string ImportedBy { get; set; } = "";
    public int? PlanId { get; set; }
    public int? InspectionId { get; set; }
}

public enum DocumentKind
{
    ActionPlan,
    InspectionReport,
}
