using System.IO.Compression;
using System.Xml;
using System.Text.RegularExpressions;
using ActionPlans.Documents.Plans;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace ActionPlans.Documents.Publishing;

/// <summary>
/// Reads a plan from a Word document in the template's table layout, whether <see cref="WordPlanWriter"/>
/// wrote it or someone built the same table by hand: it refuses what is not a Word document or is too large
/// unpacked, writes the document out as the line-and-cell text of a plan (<see cref="WordPlanText"/>) and hands
/// that to <see cref="PlanReader"/>, so a plan reads alike whatever the file type.
/// </summary>
/// <remarks>
/// Line numbers in warnings, in <see cref="PlanReadException"/> and in the reading are the plan table's 1-based row
/// numbers (the heading row is 1); a warning about what lies outside the plan table is at line 0 and says where it is,
/// and a refusal of the document as a whole is at line 1. The
/// reading has no <see cref="PlanReading.Lines"/>, which account for the lines of a text.
/// </remarks>
public static partial class WordPlanReader
{
    /// <exception cref="PlanReadException">Not a Word document, larger unpacked than <see cref="DocumentLimits"/> allow, or no plan table in it, or a row that cannot be read.</exception>
    public static PlanReading Read(Stream docx)
    {
        var rendering = Render(docx);
        try
        {
            return InRows(PlanReader.Read(rendering.Text), rendering);
        }
        catch (PlanReadException e)
        {
            // A refusal outside the plan table is the document's, at line 1 as the Word reader's own refusals are.
            throw new PlanReadException(Math.Max(1, rendering.Of(e.Line).Row), Placed(rendering, e.Line, e.Reason));
        }
    }

    /// <summary>The plan as the line-and-cell text <see cref="Read"/> hands the text reader: what a person can look at to see how it was read.</summary>
    /// <exception cref="PlanReadException">As <see cref="Read"/>, for the document rather than its rows' content.</exception>
    public static string Text(Stream docx) => Render(docx).Text;

    private static WordPlanText.Rendering Render(Stream docx)
    {
        using var document = Open(docx);
        try
        {
            var body = document.MainDocumentPart?.Document?.Body
                       ?? throw new PlanReadException(1, "The file is a zip package but not a Word document: it has no main document part (word/document.xml).");
            return WordPlanText.Write(body);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException)
        {
            throw new PlanReadException(1, $"The file is a zip package but not a Word document ({e.Message}).");
        }
        catch (RegexMatchTimeoutException)
        {
            throw new PlanReadException(1, "The plan table could not be read in time: its text defeats the reader's patterns.");
        }
    }

    /// <summary>The text reader's reading with its lines made the plan table's rows, and its warnings saying where they are in the document.</summary>
    private static PlanReading InRows(PlanReading reading, WordPlanText.Rendering rendering) => reading with
    {
        Recommendations = [.. reading.Recommendations.Select(r => r with
        {
            Line = rendering.Of(r.Line).Row,
            Actions = [.. r.Actions.Select(a =>
            {
                var row = rendering.Of(a.Line).Row;
                return a with { Line = row, Label = a.Label is { } label && rendering.Lettered.Contains((row, label)) ? null : a.Label };
            })],
        })],
        StatedSummary = reading.StatedSummary is { } stated ? stated with { Line = rendering.Of(stated.Line).Row } : null,
        Warnings = [.. reading.Warnings.Select(w => new Warning(rendering.Of(w.Line).Row, Placed(rendering, w.Line, w.Message))).OrderBy(w => w.Line)],
        Lines = [],
    };

    /// <summary>A message about a line of the text in the document's terms: lines it names become table rows, and a place outside the table is named.</summary>
    private static string Placed(WordPlanText.Rendering rendering, int line, string message)
    {
        var inRows = LineReference().Replace(message, m =>
        {
            var origin = rendering.Of(int.Parse(m.Groups["n"].Value));
            return origin.Row > 0 ? $"table row {origin.Row}" : origin.Place.Length > 0 ? origin.Place : "the start of the document";
        });
        var place = rendering.Of(line).Place;
        return place.Length == 0 ? inRows : $"At {place}: {inRows}";
    }

    private static WordprocessingDocument Open(Stream docx)
    {
        var buffer = new MemoryStream();
        CopyLimited(docx, buffer);
        buffer.Position = 0;
        var zip = buffer.Length >= 4 && buffer.GetBuffer() is [(byte)'P', (byte)'K', 3, 4, ..];
        if (!zip) throw new PlanReadException(1, "The file is not a Word document: it is not a zip package, which every .docx is.");
        try
        {
            RefuseOversizedContent(buffer);
            buffer.Position = 0;
            return WordprocessingDocument.Open(buffer, false, new OpenSettings { MaxCharactersInPart = DocumentLimits.MaxUnpackedBytes });
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or XmlException)
        {
            throw new PlanReadException(1, $"The file is a zip package but not a Word document ({e.Message}).");
        }
    }

    private static void CopyLimited(Stream from, MemoryStream to)
    {
        var chunk = new byte[81920];
        int n;
        while ((n = from.Read(chunk)) > 0)
        {
            if (to.Length + n > DocumentLimits.MaxBytes)
                throw new PlanReadException(1, $"The file is over {DocumentLimits.Megabytes(DocumentLimits.MaxBytes)}; a plan as a Word document is far smaller.");
            to.Write(chunk, 0, n);
        }
    }

    /// <summary>
    /// Refuses a package whose parts would unpack past <see cref="DocumentLimits"/>, from the sizes its directory
    /// gives, before any part is unpacked; then walks its XML without keeping it, so the document is only built in
    /// memory when its elements and nesting are within bounds too.
    /// </summary>
    private static void RefuseOversizedContent(MemoryStream buffer)
    {
        using var package = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
        var unpacked = package.Entries.Sum(e => e.Length);
        if (unpacked > DocumentLimits.MaxUnpackedBytes)
        {
            var largest = package.Entries.MaxBy(e => e.Length)!;
            throw new PlanReadException(1, $"The document unpacks to {DocumentLimits.Megabytes(unpacked)} ({largest.FullName} alone {DocumentLimits.Megabytes(largest.Length)}); "
                                           + $"a Word plan's content is at most {DocumentLimits.Megabytes(DocumentLimits.MaxUnpackedBytes)}.");
        }
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = DocumentLimits.MaxUnpackedBytes };
        var elements = 0;
        foreach (var entry in package.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            using var xml = XmlReader.Create(entry.Open(), settings);
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element) continue;
                if (xml.Depth >= DocumentLimits.MaxNesting)
                    throw new PlanReadException(1, $"The document's XML ({entry.FullName}) nests over {DocumentLimits.MaxNesting} levels deep; a Word plan's is far shallower.");
                if (++elements > DocumentLimits.MaxElements)
                    throw new PlanReadException(1, $"The document has over {DocumentLimits.MaxElements:N0} XML elements; a Word plan has far fewer.");
            }
        }
    }

    [GeneratedRegex(@"\bline (?<n>[0-9]{1,9})\b", RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex LineReference();
}
