namespace ActionPlans.Core.Progress;

/// <summary>
/// A piece of evidence as stored with an update: a link, or the description of a file whose bytes the
/// service keeps beside it. Made only from evidence the <see cref="EvidencePolicy"/> admitted.
/// </summary>
public sealed class ProgressEvidence
{
    private ProgressEvidence() { }

    public int Id { get; private set; }
    public int ProgressUpdateId { get; private set; }

    /// <summary>The linked address; null for a file.</summary>
    public string? Link { get; private set; }

    /// <summary>The file's name; null for a link.</summary>
    public string? FileName { get; private set; }

    /// <summary>The type the file's content was recognised as (never the type the uploader claimed).</summary>
    public string? ContentType { get; private set; }

    public long? Size { get; private set; }

    public bool IsFile => FileName is not null;

    /// <summary>The Content-Disposition header that serves the file as a download, never inline.</summary>
    public string? ContentDisposition => AsEvidence() is EvidenceFile file ? file.ContentDisposition : null;

    /// <summary>The evidence this row stores, as the policy made it.</summary>
    public Evidence AsEvidence() => Link is not null
        ? new EvidenceLink(new Uri(Link))
        : new EvidenceFile(FileName!, EvidenceType.ByContentType(ContentType!), Size ?? 0);

    internal static ProgressEvidence Of(Evidence evidence) => evidence switch
    {
        EvidenceLink link => new ProgressEvidence { Link = link.Address.AbsoluteUri },
        EvidenceFile file => new ProgressEvidence { FileName = file.FileName, ContentType = file.ContentType, Size = file.Size },
        _ => throw new ArgumentOutOfRangeException(nameof(evidence)),
    };
}
