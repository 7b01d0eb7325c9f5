using System.Text;
using ActionPlans.Documents;
using ActionPlans.Documents.Pdf;
using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Publishing;
using ActionPlans.Documents.Reports;

namespace ActionPlans.Web.Features.Import;

/// <summary>A file read as what its content shows it to be: an action plan or an inspection report.</summary>
public sealed record RecognisedDocument(string FileName, byte[] Content, PlanReading? Plan, InspectionReport? Report, string? Text)
{
    public DocumentKind Kind => Plan is not null ? DocumentKind.ActionPlan : DocumentKind.InspectionReport;

    /// <summary>The PDF's text as read, with the page of each line; null for a text or Word file.</summary>
    public PdfText? Pdf { get; init; }

    /// <summary>Where a line of <see cref="Text"/> is, as a person looks for it: the page too, for a PDF.</summary>
    public string Where(int line) => Pdf is { } pdf ? $"page {pdf.PageOf(line)}, line {line}" : $"line {line}";

    public static RecognisedDocument Read(string fileName, byte[] content)
    {
        if (content.Length == 0) throw new ImportRefused(fileName, null, "The file is empty.");
        if (content.Length > DocumentLimits.MaxBytes) throw TooLarge(fileName, content.Length);

        if (content.AsSpan().StartsWith("PK\u0003\u0004"u8)) return ReadWord(fileName, content);
        if (PdfText.IsPdf(content)) return ReadPdf(fileName, content);
        return ReadText(fileName, content, Decode(fileName, content), null);
    }

    /// <summary>The text of a plan or report, as published or as read from a PDF: told apart by content, each read by its one reader.</summary>
    private static RecognisedDocument ReadText(string fileName, byte[] content, string text, PdfText? pdf)
    {
        if (InspectionReportReader.LooksLikeInspectionReport(text))
        {
            try
            {
                return new RecognisedDocument(fileName, content, null, new InspectionReportReader().Read(text), text) { Pdf = pdf };
            }
            catch (ReportFormatException e)
            {
                throw new ImportRefused(fileName, e.Line, e.Reason, pdf?.PageOf(e.Line));
            }
        }
        try
        {
            return new RecognisedDocument(fileName, content, PlanReader.Read(text), null, text) { Pdf = pdf };
        }
        catch (PlanReadException e)
        {
            throw new ImportRefused(fileName, e.Line, e.Reason, pdf?.PageOf(e.Line));
        }
    }

    /// <summary>A PDF plan or report: its words and table cells into the text the readers take.</summary>
    private static RecognisedDocument ReadPdf(string fileName, byte[] content)
    {
        PdfText pdf;
        try
        {
            pdf = PdfText.Read(content);
        }
        catch (PdfReadException e)
        {
            throw new ImportRefused(fileName, null, e.Message);
        }
        return ReadText(fileName, content, pdf.Text, pdf);
    }

    /// <summary>Refuses a file over <see cref="DocumentLimits.MaxBytes"/>, which a caller can do before reading it.</summary>
    public static ImportRefused TooLarge(string fileName, long length) =>
        new(fileName, null, $"The file is {DocumentLimits.Megabytes(length)}; a plan or report is at most {DocumentLimits.Megabytes(DocumentLimits.MaxBytes)}.");

    /// <summary>A Word document in the plan's table layout (ours, or one made by hand).</summary>
    private static RecognisedDocument ReadWord(string fileName, byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            return new RecognisedDocument(fileName, content, WordPlanReader.Read(stream), null, null);
        }
        catch (PlanReadException e)
        {
            throw new ImportRefused(fileName, e.Line, e.Reason);
        }
    }

    private static string Decode(string fileName, byte[] content)
    {
        if (content.AsSpan().IndexOf((byte)0) >= 0)
            throw new ImportRefused(fileName, null, "This is a binary file, not the text of a plan or report.");
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + content.AsSpan(0, Math.Min(e.Index, content.Length)).Count((byte)'\n');
            throw new ImportRefused(fileName, line, "The file is not UTF-8 text.");
        }
    }
}
