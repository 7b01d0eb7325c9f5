namespace ActionPlans.Documents.Pdf;

/// <summary>
/// A PDF the service cannot read: encrypted, damaged, too large, or with a page that is only a picture. The message
/// says why in one line; <see cref="Page"/> is the 1-based page that shows it, when one does.
/// </summary>
public sealed class PdfReadException(int? page, string message) : Exception(message)
{
    public int? Page { get; } = page;
}
