namespace ActionPlans.Core.Progress;

/// <summary>A kind of file accepted as evidence: the extensions it may carry and the type it is served with.</summary>
public sealed record EvidenceType(string Name, string ContentType, IReadOnlyList<string> Extensions)
{
    public static readonly EvidenceType Pdf = new("PDF", "application/pdf", [".pdf"]);
    public static readonly EvidenceType Word = new("Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly EvidenceType Excel = new("Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
    public static readonly EvidenceType PowerPoint = new("PowerPoint presentation", "application/vnd.openxmlformats-officedocument.presentationml.presentation", [".pptx"]);
    public static readonly EvidenceType Png = new("PNG image", "image/png", [".png"]);
    public static readonly EvidenceType Jpeg = new("JPEG image", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly EvidenceType Csv = new("CSV table", "text/csv", [".csv"]);
    public static readonly EvidenceType Text = new("text file", "text/plain", [".txt"]);

    public static readonly IReadOnlyList<EvidenceType> All = [Pdf, Word, Excel, PowerPoint, Png, Jpeg, Csv, Text];

    public static EvidenceType? ByExtension(string extension) =>
        All.FirstOrDefault(t => t.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));

    /// <summary>The stored type of an admitted file.</summary>
    public static EvidenceType ByContentType(string contentType) =>
        All.FirstOrDefault(t => t.ContentType == contentType)
        ?? throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "Not a type the evidence policy admits.");
}
