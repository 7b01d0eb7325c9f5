using System.IO.Compression;
using System.Runtime.InteropServices;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace ActionPlans.Documents.Pdf;

/// <summary>
/// PdfPig's own filters, with a bound on what a PDF's streams unpack to together
/// (<see cref="DocumentLimits.MaxPdfUnpackedBytes"/>). PdfPig inflates a stream whole and without a limit, so a file of
/// kilobytes could unpack to gigabytes before the page, word and character limits see any of it. So each Flate stream is
/// first inflated into a small scratch buffer only to count its bytes, and refused past what is left of the bound,
/// before PdfPig inflates it; what every filter hands back is counted too. Once over, every stream is refused, and
/// <see cref="Exceeded"/> says so, in case the library took a refusal for a damaged stream and read on.
/// </summary>
internal sealed class UnpackedStreams : IFilterProvider
{
    private readonly IFilterProvider _filters = DefaultFilterProvider.Instance;
    private readonly byte[] _scratch = new byte[64 * 1024];
    private long _unpacked;

    public bool Exceeded { get; private set; }

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => [.. _filters.GetFilters(dictionary).Select(Bounded)];

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => [.. _filters.GetNamedFilters(names).Select(Bounded)];

    public IReadOnlyList<IFilter> GetAllFilters() => [.. _filters.GetAllFilters().Select(Bounded)];

    private IFilter Bounded(IFilter filter) => new BoundedFilter(filter, this);

    /// <summary>The refusal, in one line, when the streams unpack to more than the bound.</summary>
    public static PdfReadException Refusal() =>
        new(null, $"The PDF unpacks to more than {DocumentLimits.Megabytes(DocumentLimits.MaxPdfUnpackedBytes)} (its compressed streams); a plan or report unpacks to far less.");

    private void Count(long bytes)
    {
        _unpacked += bytes;
        if (_unpacked > DocumentLimits.MaxPdfUnpackedBytes) Exceeded = true;
        if (Exceeded) throw Refusal();
    }

    /// <summary>The bytes a Flate stream inflates to, counted a scratch buffer at a time and no further than the bound.</summary>
    private void CountInflated(ReadOnlyMemory<byte> input)
    {
        if (Exceeded) throw Refusal();
        if (input.Length <= 2) return;
        var data = MemoryMarshal.TryGetArray(input, out var segment) ? segment : new ArraySegment<byte>(input.ToArray());
        // After the two bytes of zlib's header, as PdfPig reads it; a damaged stream counts as far as it inflates.
        using var deflate = new DeflateStream(new MemoryStream(data.Array!, data.Offset + 2, data.Count - 2, writable: false), CompressionMode.Decompress);
        long inflated = 0;
        try
        {
            int read;
            while ((read = deflate.Read(_scratch)) > 0)
            {
                inflated += read;
                if (_unpacked + inflated > DocumentLimits.MaxPdfUnpackedBytes) Count(inflated);
            }
        }
        catch (InvalidDataException)
        {
        }
    }

    private sealed class BoundedFilter(IFilter filter, UnpackedStreams streams) : IFilter
    {
        public bool IsSupported => filter.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (filter is FlateFilter) streams.CountInflated(input);
            var decoded = filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            streams.Count(decoded.Length);
            return decoded;
        }
    }
}
