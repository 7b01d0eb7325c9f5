namespace ActionPlans.Web.Features.Import;

/// <summary>A document was not imported; the message says which file, where in it (the page too, for a PDF), and why. Nothing was stored.</summary>
public sealed class ImportRefused(string fileName, int? line, string reason, int? page = null)
    : Exception((line, page) switch
    {
        ({ } l, { } p) => $"{fileName}, page {p}, line {l}: {reason}",
        ({ } l, null) => $"{fileName}, line {l}: {reason}",
        _ => $"{fileName}: {reason}",
    })
{
    public string FileName { get; } = fileName;
    public int? Line { get; } = line;
    public string Reason { get; } = reason;
}
