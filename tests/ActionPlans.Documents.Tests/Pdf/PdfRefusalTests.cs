using System.Text;
using ActionPlans.Documents.Pdf;
using ActionPlans.Documents.Publishing;
using ActionPlans.Documents.Tests.Publishing;

namespace ActionPlans.Documents.Tests.Pdf;

/// <summary>PDFs the service cannot read are refused with one line that says why, and where when a page shows it.</summary>
public sealed class PdfRefusalTests
{
    private static readonly string[] Words = ["Action Plan Submitted: 2 March 2026", "Report Published: February 2026", "Introduction"];

    /// <summary>Pages of a line each (a different one on each, so none reads as a running header), or scans where <paramref name="scanned"/> says so.</summary>
    private static byte[] Pages(params bool[] scanned) => PdfSamples.Pages([.. scanned.Select((scan, n) => scan ? null : Words[n % Words.Length])]);

    private static PdfReadException Refused(byte[] pdf) => Assert.Throws<PdfReadException>(() => PdfText.Read(pdf));

    [Fact]
    public void A_page_with_a_picture_and_no_words_is_refused_as_a_scan_naming_the_page()
    {
        var refusal = Refused(Pages(false, true, false));

        Assert.Equal(2, refusal.Page);
        Assert.StartsWith("Page 2 has no text layer: it is a scanned image", refusal.Message);
        Assert.DoesNotContain('\n', refusal.Message);
    }

    [Fact]
    public void Pages_of_text_are_read_with_the_page_of_each_line()
    {
        var pdf = PdfText.Read(Pages(false, false));

        Assert.Equal(2, pdf.Pages);
        Assert.Equal("Action Plan Submitted: 2 March 2026\nReport Published: February 2026\n", pdf.Text);
        Assert.Equal([1, 2], pdf.PageOfLine);
    }

    [Fact]
    public void An_encrypted_PDF_is_refused()
    {
        var refusal = Refused(Encrypted());

        Assert.Equal("The PDF is encrypted with a password; the service cannot read it. Import a copy saved without a password.", refusal.Message);
    }

    [Fact]
    public void A_PDF_cut_short_is_refused_as_damaged()
    {
        var whole = PdfPlanWriter.Write(UnusualPlans.Ordinary);

        var refusal = Refused(whole[..(whole.Length / 2)]);

        Assert.StartsWith("The PDF is damaged", refusal.Message);
        Assert.Contains("cut short", refusal.Message);
    }

    [Fact]
    public void A_PDF_whose_inside_is_not_PDF_is_refused_as_damaged_in_one_line()
    {
        var refusal = Refused(Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 4000) + "\n%%EOF\n"));

        Assert.StartsWith("The PDF is damaged and cannot be read", refusal.Message);
        Assert.DoesNotContain('\n', refusal.Message);
    }

    [Fact]
    public void A_PDF_of_more_pages_than_a_plan_or_report_has_is_refused()
    {
        var refusal = Refused(Pages(new bool[DocumentLimits.MaxPdfPages + 1]));

        Assert.Equal($"The PDF has {DocumentLimits.MaxPdfPages + 1} pages; a plan or report has at most {DocumentLimits.MaxPdfPages}.", refusal.Message);
    }

    [Fact]
    public void A_page_of_more_words_than_any_page_of_a_plan_or_report_is_refused_naming_it()
    {
        var refusal = Refused(PdfSamples.Pages("Introduction", string.Join(" ", Enumerable.Repeat("w", 20_001))));

        Assert.Equal(2, refusal.Page);
        Assert.Equal("Page 2 holds 20,001 words; a page of a plan or report holds at most 20,000.", refusal.Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var content = new byte[DocumentLimits.MaxBytes + 1];
        "%PDF-1.7\n"u8.CopyTo(content);

        Assert.StartsWith("The file is 20 MB; a plan or report is at most 20 MB", Refused(content).Message);
        Assert.StartsWith("The file is 20 MB", Assert.Throws<PdfReadException>(() => PdfText.Read(new MemoryStream(content))).Message);
    }

    /// <summary>Flate packs a thousandfold: a file of a fifth of a megabyte that would unpack to 200 MB, in a page's content or in the cross-reference stream read first.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_PDF_whose_streams_unpack_to_more_than_any_plan_or_report_is_refused_before_they_are_unpacked(bool inTheCrossReferences)
    {
        const int unpacked = 200 * 1024 * 1024;
        var bomb = inTheCrossReferences ? CrossReferencesBomb(unpacked) : PdfSamples.ContentBomb(unpacked);
        Assert.True(bomb.Length < 1024 * 1024, $"the file is {bomb.Length:N0} bytes");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var refusal = Refused(bomb);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("The PDF unpacks to more than 100 MB (its compressed streams); a plan or report unpacks to far less.", refusal.Message);
        Assert.True(allocated < 32 * 1024 * 1024, $"reading the file allocated {allocated:N0} bytes");
    }

    /// <summary>
    /// A one-page PDF encrypted with the standard security handler (RC4, revision 2) under a user password the reader
    /// does not have: the password check values are not those of an empty password. PdfPig writes no encryption, and
    /// no tool that writes it is installed everywhere the tests run, so the bytes are written here.
    /// </summary>
    private static byte[] Encrypted()
    {
        var check = string.Concat(Enumerable.Range(0, 32).Select(i => ((i * 37 + 11) % 256).ToString("X2")));
        return PdfSamples.Written(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R >>",
            $"<< /Filter /Standard /V 1 /R 2 /Length 40 /O <{check}> /U <{string.Concat(check.Reverse())}> /P -44 >>",
            "<< /Length 8 >>\nstream\n\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\nendstream",
        ], "/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");
    }

    /// <summary>
    /// A one-page PDF whose objects are found through a cross-reference stream (PDF 1.5) that holds their places and
    /// then <paramref name="unpacked"/> zero bytes.
    /// </summary>
    private static byte[] CrossReferencesBomb(int unpacked)
    {
        string[] objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"];
        var (pdf, offsets) = PdfSamples.Objects("1.5", objects);
        var xref = pdf.Length;
        // Each entry: type 1 (in use), the offset in four bytes, the generation in two.
        var entries = new List<byte> { 0, 0, 0, 0, 0, 0xff, 0xff };
        foreach (var offset in offsets.Append(xref)) entries.AddRange([1, (byte)(offset >> 24), (byte)(offset >> 16), (byte)(offset >> 8), (byte)offset, 0, 0]);
        pdf.Append($"{objects.Length + 1} 0 obj\n{PdfSamples.Stream($"/Type /XRef /Size {objects.Length + 2} /W [1 4 2] /Root 1 0 R", PdfSamples.Packed([.. entries], unpacked))}\nendobj\n");
        pdf.Append($"startxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
