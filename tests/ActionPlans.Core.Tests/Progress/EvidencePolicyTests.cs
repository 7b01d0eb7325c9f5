using System.IO.Compression;
using System.Text;
using ActionPlans.Core.Progress;

namespace ActionPlans.Core.Tests.Progress;

public class EvidencePolicyTests
{
    private static readonly EvidencePolicy Policy = new();

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16];
    private static readonly byte[] Exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0];

    private static byte[] Package(params string[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        return stream.ToArray();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static TheoryData<string, byte[], string> Accepted => new()
    {
        { "audit.pdf", Pdf, "application/pdf" },
        { "chart.png", Png, "image/png" },
        { "Photo.JPG", Jpeg, "image/jpeg" },
        { "photo.jpeg", Jpeg, "image/jpeg" },
        { "minutes.docx", Package("[Content_Types].xml", "word/document.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "figures.xlsx", Package("[Content_Types].xml", "xl/workbook.xml"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "briefing.pptx", Package("[Content_Types].xml", "ppt/presentation.xml"), "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
        { "cases.csv", Utf8("case,audited\r\nA1,yes\r\n"), "text/csv" },
        { "notes.txt", Utf8("\uFEFFAudit notes: 12 cases, 3 < 50% satisfactory."), "text/plain" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void A_file_is_accepted_when_its_name_and_its_content_agree(string name, byte[] content, string contentType)
    {
        var file = Policy.AdmitFile(name, content);

        Assert.Equal(contentType, file.ContentType);
        Assert.Equal(content.Length, file.Size);
        Assert.Equal(name, file.FileName);
    }

    public static TheoryData<string, byte[]> Refused => new()
    {
        { "page.html", Utf8("<html><body>hi</body></html>") },
        { "logo.svg", Utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"/>") },
        { "run.js", Utf8("alert(1)") },
        { "setup.exe", Exe },
        { "report.pdf.exe", Exe },
        { "audit.pdf", Exe },
        { "run.txt", Utf8("#!/bin/sh\nrm -rf /\n") },
        { "page.txt", Utf8("  <!DOCTYPE html><script>alert(1)</script>") },
        { "logo.png", Utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"/>") },
        { "chart.png", Jpeg },
        { "audit.pdf", Png },
        { "minutes.docx", Package("[Content_Types].xml", "xl/workbook.xml") },
        { "minutes.docx", Package("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin") },
        { "minutes.docx", Package("word/document.xml") },
        { "archive.docx", [.. "PK\u0003\u0004"u8, 1, 2, 3] },
        { "cases.csv", [0x41, 0x00, 0x42] },
        { "cases.csv", [0x41, 0xC3, 0x28] },
        { "empty.pdf", [] },
        { "macro.docm", Package("[Content_Types].xml", "word/document.xml") },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_file_is_refused_unless_both_its_name_and_its_content_are_allowed(string name, byte[] content) =>
        Assert.Throws<DomainRuleException>(() => Policy.AdmitFile(name, content));

    [Fact]
    public void A_renamed_program_is_refused_as_a_program()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Policy.AdmitFile("audit.pdf", Exe));

        Assert.Equal("audit.pdf is a program or script, which cannot be accepted as evidence.", refused.Message);
    }

    [Fact]
    public void A_file_of_an_unlisted_type_is_told_which_types_are_allowed()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Policy.AdmitFile("logo.svg", Utf8("<svg/>")));

        Assert.Equal("logo.svg cannot be accepted: evidence must be .pdf, .docx, .xlsx, .pptx, .png, .jpg, .jpeg, .csv or .txt.", refused.Message);
    }

    [Fact]
    public void A_file_may_be_as_large_as_the_limit_but_no_larger()
    {
        var policy = new EvidencePolicy(maxSize: 100);
        var atLimit = Utf8(new string('a', 100));

        Assert.Equal(100, policy.AdmitFile("notes.txt", atLimit).Size);
        Assert.Throws<DomainRuleException>(() => policy.AdmitFile("notes.txt", [.. atLimit, (byte)'a']));
    }

    [Fact]
    public void The_default_limit_is_ten_megabytes()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Policy.AdmitFile("audit.pdf", [.. Pdf, .. new byte[10 * 1024 * 1024]]));

        Assert.Equal(10 * 1024 * 1024, Policy.MaxSize);
        Assert.Equal("audit.pdf is larger than 10 MB.", refused.Message);
    }

    [Fact]
    public void Only_the_last_segment_of_a_path_is_kept_as_the_name() =>
        Assert.Equal("audit.pdf", Policy.AdmitFile(@"C:\Users\owner\Desktop\audit.pdf", Pdf).FileName);

    [Fact]
    public void A_file_is_served_as_a_download_whatever_its_name_holds()
    {
        var file = Policy.AdmitFile("Audit \"final\" é.pdf", Pdf);

        Assert.Equal("attachment; filename=\"Audit _final_ _.pdf\"; filename*=UTF-8''Audit%20%22final%22%20%C3%A9.pdf", file.ContentDisposition);
    }

    [Theory]
    [InlineData("https://www.gov.uk/government/publications/probation-audit")]
    [InlineData("http://intranet.example.test/audit?year=2019")]
    public void A_web_address_is_accepted_as_a_link(string address) =>
        Assert.Equal(new Uri(address), Policy.AdmitLink(address).Address);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.test/audit.pdf")]
    [InlineData("/audit.pdf")]
    [InlineData("www.gov.uk/audit")]
    [InlineData("")]
    public void Anything_but_a_full_http_or_https_address_is_refused_as_a_link(string address)
    {
        var refused = Assert.Throws<DomainRuleException>(() => Policy.AdmitLink(address));

        Assert.Equal("A link must be a full web address starting with http:// or https://.", refused.Message);
    }
}
