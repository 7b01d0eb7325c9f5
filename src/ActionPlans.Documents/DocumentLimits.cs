namespace ActionPlans.Documents;

/// <summary>
/// How large a plan or report the service reads, in one place for the upload page, the import verb, the text readers
/// and the Word reader, so that none accepts what another refuses. Published plans are tens of kilobytes and reports a
/// few hundred; the limits leave ample room above that while stopping a small file from taking the memory or a core.
/// </summary>
public static class DocumentLimits
{
    /// <summary>The file as uploaded or named to the import verb, text, Word or PDF.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>A text's characters: UTF-8 never decodes to more characters than bytes, so every file within <see cref="MaxBytes"/> fits.</summary>
    public const int MaxCharacters = MaxBytes;

    /// <summary>One line of a text: a plan's table row with its six cells, or a report's paragraph (the published ones run to about 2,000).</summary>
    public const int MaxLineLength = 64 * 1024;

    /// <summary>
    /// A Word document unpacked, all its parts together: no more than the file may be. Its XML packs tenfold or more,
    /// so without this a file within <see cref="MaxBytes"/> could unpack to gigabytes.
    /// </summary>
    public const long MaxUnpackedBytes = MaxBytes;

    /// <summary>Elements in a Word document's XML parts together; a long plan has tens of thousands, each held in memory while it is read.</summary>
    public const int MaxElements = 200_000;

    /// <summary>How deeply a Word document's XML nests; a plan table inside a content control is about fifteen levels.</summary>
    public const int MaxNesting = 100;

    /// <summary>A PDF's pages: published plans run to about twenty and reports to about sixty.</summary>
    public const int MaxPdfPages = 500;

    /// <summary>
    /// A PDF's compressed streams unpacked, all together (page contents, fonts, the objects packed in streams): a plan of
    /// twenty pages unpacks to a megabyte or two, a report with its fonts to a few more. Deflate packs a thousandfold,
    /// so without this a file within <see cref="MaxBytes"/> could unpack to gigabytes before any other limit sees it.
    /// </summary>
    public const long MaxPdfUnpackedBytes = 5L * MaxBytes;

    public static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#} MB";

    /// <summary>The 1-based number and the length of the first line longer than <see cref="MaxLineLength"/>, if there is one.</summary>
    public static (int Line, int Length)? FirstOverlongLine(string text)
    {
        var line = 1;
        for (var start = 0; start <= text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (end - start > MaxLineLength) return (line, end - start);
            start = end + 1;
        }
        return null;
    }
}
