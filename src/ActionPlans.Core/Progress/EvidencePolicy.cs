using System.IO.Compression;
using System.Text;

namespace ActionPlans.Core.Progress;

/// <summary>
/// Which evidence the service accepts. A file is accepted only when its extension names an allowed
/// type and its first bytes prove it is that type: a renamed executable, web page, SVG or script is
/// refused whatever it is called. Office files are zip packages and must hold the part of the
/// application their extension claims and no macros. Text must be UTF-8 without control characters
/// and must not open with markup, since some browsers would sniff it as HTML.
/// Links must be absolute http or https addresses: other schemes (javascript:, data:, file:) can run
/// script or reach the reader's own machine.
/// </summary>
public sealed class EvidencePolicy
{
    public const long DefaultMaxSize = 10 * 1024 * 1024;
    public const int FileNameMaxLength = 255;
    public const int LinkMaxLength = 2000;

    public EvidencePolicy(long maxSize = DefaultMaxSize)
    {
        if (maxSize <= 0) throw new ArgumentOutOfRangeException(nameof(maxSize), "The largest file must be at least one byte.");
        MaxSize = maxSize;
    }

    public long MaxSize { get; }

    public EvidenceLink AdmitLink(string address)
    {
        address = (address ?? "").Trim();
        if (address.Length > LinkMaxLength) throw new DomainRuleException($"A link is at most {LinkMaxLength} characters.");
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            throw new DomainRuleException("A link must be a full web address starting with http:// or https://.");
        return new EvidenceLink(uri);
    }

    public EvidenceFile AdmitFile(string fileName, ReadOnlySpan<byte> content)
    {
        var name = CleanName(fileName);
        var extension = Path.GetExtension(name);
        var claimed = EvidenceType.ByExtension(extension)
            ?? throw new DomainRuleException($"{name} cannot be accepted: evidence must be {AllowedList()}.");
        if (content.Length == 0) throw new DomainRuleException($"{name} is empty.");
        if (content.Length > MaxSize) throw new DomainRuleException($"{name} is larger than {Megabytes(MaxSize)}.");
        if (LooksExecutable(content)) throw new DomainRuleException($"{name} is a program or script, which cannot be accepted as evidence.");

        var actual = Sniff(content, claimed);
        if (actual != claimed)
            throw new DomainRuleException($"{name} is named as a {claimed.Name} but its content is not one.");
        return new EvidenceFile(name, actual, content.Length);
    }

    private static string CleanName(string fileName)
    {
        // Browsers send a bare name, but old ones sent the whole path; keep only the last segment.
        var name = (fileName ?? "").Replace('\\', '/');
        name = new string(name[(name.LastIndexOf('/') + 1)..].Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0 || name.Trim('.').Length == 0) throw new DomainRuleException("A file needs a name.");
        if (name.Length > FileNameMaxLength) throw new DomainRuleException($"A file name is at most {FileNameMaxLength} characters.");
        return name;
    }

    private static bool LooksExecutable(ReadOnlySpan<byte> content) =>
        content.StartsWith("MZ"u8)                         // Windows programs and libraries
        || content.StartsWith("\u007FELF"u8)                // Linux programs
        || content.StartsWith(MachO) || content.StartsWith(Universal)
        || content.StartsWith("#!"u8);                     // scripts

    private static readonly byte[] MachO = [0xCF, 0xFA, 0xED, 0xFE];
    private static readonly byte[] Universal = [0xCA, 0xFE, 0xBA, 0xBE]; // also Java classes
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];

    /// <summary>The type the content proves itself to be, judged against the type its name claims; null when none.</summary>
    private static EvidenceType? Sniff(ReadOnlySpan<byte> content, EvidenceType claimed)
    {
        if (content.StartsWith("%PDF-"u8)) return EvidenceType.Pdf;
        if (content.StartsWith(PngSignature)) return EvidenceType.Png;
        if (content.StartsWith(JpegSignature)) return EvidenceType.Jpeg;
        if (content.StartsWith("PK\u0003\u0004"u8)) return OfficePackage(content.ToArray());
        // Plain text has no signature: it is CSV or text by its name once it proves to be safe text.
        return claimed.ContentType.StartsWith("text/", StringComparison.Ordinal) && IsSafeText(content) ? claimed : null;
    }

    private static EvidenceType? OfficePackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (!names.Contains("[Content_Types].xml")) return null;
            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))) return null;
            if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal))) return EvidenceType.Word;
            if (names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal))) return EvidenceType.Excel;
            if (names.Any(n => n.StartsWith("ppt/", StringComparison.Ordinal))) return EvidenceType.PowerPoint;
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static bool IsSafeText(ReadOnlySpan<byte> content)
    {
        string text;
        try { text = StrictUtf8.GetString(content); }
        catch (DecoderFallbackException) { return false; }
        if (text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f'))) return false;
        return !text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n', '\f').StartsWith('<');
    }

    private static string AllowedList()
    {
        var extensions = EvidenceType.All.SelectMany(t => t.Extensions).ToList();
        return string.Join(", ", extensions[..^1]) + " or " + extensions[^1];
    }

    private static string Megabytes(long bytes) =>
        bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes} bytes";
}
