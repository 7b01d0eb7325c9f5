using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace ActionPlans.Documents.Pdf;

/// <summary>
/// The text of a PDF in the form the plan and report readers take (one line per paragraph, a table row on one line
/// with its cells between tabs), with the page each line came from, so that there is one reader per kind of document
/// whatever the file it came in.
/// </summary>
public sealed record PdfText(string Text, IReadOnlyList<int> PageOfLine, int Pages)
{
    /// <summary>A dense page of a report holds about a thousand words; each word is placed against the page's rules.</summary>
    private const int MaxWordsOnAPage = 20_000;

    /// <summary>The page a 1-based line of <see cref="Text"/> came from; the last page for a line past the end.</summary>
    public int PageOf(int line) => PageOfLine.Count == 0 ? 1 : PageOfLine[Math.Clamp(line - 1, 0, PageOfLine.Count - 1)];

    /// <summary>Does the content start like a PDF (the header may follow a little junk, as readers allow)?</summary>
    public static bool IsPdf(ReadOnlySpan<byte> content) => content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    public static PdfText Read(Stream stream)
    {
        if (stream.CanSeek && stream.Length > DocumentLimits.MaxBytes) throw TooLarge(stream.Length);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > DocumentLimits.MaxBytes) throw TooLarge(buffer.Length + read);
            buffer.Write(chunk, 0, read);
        }
        return Read(buffer.ToArray());
    }

    /// <exception cref="PdfReadException">The PDF is too large, encrypted, damaged, or has a page without text.</exception>
    public static PdfText Read(byte[] content)
    {
        if (content.Length > DocumentLimits.MaxBytes) throw TooLarge(content.Length);
        if (!IsPdf(content)) throw new PdfReadException(null, "This is not a PDF: it does not start with \"%PDF-\".");
        // A file cut short loses the end-of-file marker the format puts last; without it objects are missing.
        if (content.AsSpan(Math.Max(0, content.Length - 1024)).IndexOf("%%EOF"u8) < 0)
            throw new PdfReadException(null, "The PDF is damaged: it ends before its end-of-file marker (the file was cut short).");

        var pages = new List<PdfPage>();
        var reading = 0;
        long characters = 0;
        var streams = new UnpackedStreams();
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = streams });
            if (document.NumberOfPages > DocumentLimits.MaxPdfPages)
                throw new PdfReadException(null, $"The PDF has {document.NumberOfPages:N0} pages; a plan or report has at most {DocumentLimits.MaxPdfPages:N0}.");
            if (document.NumberOfPages == 0) throw new PdfReadException(null, "The PDF has no pages.");
            for (var n = 1; n <= document.NumberOfPages; n++)
            {
                reading = n;
                var page = PdfPage.Read(document.GetPage(n));
                // The library may read on past a stream it was refused, as past a damaged one.
                if (streams.Exceeded) throw UnpackedStreams.Refusal();
                if (page.Words.Count > MaxWordsOnAPage)
                    throw new PdfReadException(n, $"Page {n} holds {page.Words.Count:N0} words; a page of a plan or report holds at most {MaxWordsOnAPage:N0}.");
                characters += page.Words.Sum(w => w.Text.Length + 1);
                if (characters > DocumentLimits.MaxCharacters)
                    throw new PdfReadException(n, $"The PDF holds more than {DocumentLimits.MaxCharacters:N0} characters of text by page {n}; a plan or report holds fewer.");
                if (page.IsScan)
                    throw new PdfReadException(n, $"Page {n} has no text layer: it is a scanned image, and the service reads only the text a PDF holds. "
                        + "Import the document as exported from Word or a PDF printer, or as text.");
                pages.Add(page);
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new PdfReadException(null, "The PDF is encrypted with a password; the service cannot read it. Import a copy saved without a password.");
        }
        catch (PdfReadException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (streams.Exceeded) throw UnpackedStreams.Refusal();
            // The PDF library throws many kinds for bad structure; each means the same to a person: the file is damaged.
            throw new PdfReadException(reading > 0 ? reading : null,
                $"The PDF is damaged and cannot be read{(reading > 0 ? $" (at page {reading})" : "")}: {e.Message.Split('\n')[0].Trim().TrimEnd('.')}.");
        }
        if (pages.All(p => p.Words.Count == 0)) throw new PdfReadException(null, "The PDF holds no text.");
        return PdfLayout.Text(pages);
    }

    private static PdfReadException TooLarge(long length) =>
        new(null, $"The file is {DocumentLimits.Megabytes(length)}; a plan or report is at most {DocumentLimits.Megabytes(DocumentLimits.MaxBytes)}.");
}
