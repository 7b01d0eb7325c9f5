namespace ActionPlans.Web.Features.Import;

/// <summary>A document was not imported; the message says which file, where in it, and why. Nothing was stored.</summary>
public sealed class ImportRefused(string fileName, int? line, string reason)
    : Exception(line is { } l ? $"{fileName}, line {l}: {reason}" : $"{fileName}: {reason}")
{
    public string FileName { get; } = fileName;
    public int? Line { get; } = line;
    public string Reason { get; } = reason;
}
