namespace ActionPlans.Core.Progress;

/// <summary>
/// What an action owner offers to show that the work was done: a link or a file. Only the
/// <see cref="EvidencePolicy"/> makes evidence, so every piece has passed its checks.
/// </summary>
public abstract record Evidence;

/// <summary>A page elsewhere, such as a published policy or a team site, that shows the work.</summary>
public sealed record EvidenceLink : Evidence
{
    internal EvidenceLink(Uri address) => Address = address;

    public Uri Address { get; }
}

/// <summary>
/// An uploaded file. It is always served as a download (<see cref="ContentDisposition"/>) with the type
/// its content was recognised as, never the type the uploader claimed, so a browser never renders it
/// inside the service's pages.
/// </summary>
public sealed record EvidenceFile : Evidence
{
    internal EvidenceFile(string fileName, EvidenceType type, long size)
    {
        FileName = fileName;
        Type = type;
        Size = size;
    }

    public string FileName { get; }
    public EvidenceType Type { get; }
    public long Size { get; }

    public string ContentType => Type.ContentType;

    /// <summary>The Content-Disposition header value, with the name in both the plain and the RFC 5987 form.</summary>
    public string ContentDisposition
    {
        get
        {
            var plain = new string(FileName.Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c : '_').ToArray());
            return $"attachment; filename=\"{plain}\"; filename*=UTF-8''{Uri.EscapeDataString(FileName)}";
        }
    }
}
