using System.IO.Compression;
using System.Text;
using ActionPlans.Web.Infrastructure.Demo;
using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Import;

/// <summary>
/// A small Word file that unpacks to hundreds of megabytes is refused from its zip directory, naming the file,
/// before it is unpacked: through the import page and through the import verb, each run as its own process so
/// that the memory it took can be read.
/// </summary>
public sealed class UnpackedSizeTests : IDisposable
{
    private const long Unpacked = 300L * 1024 * 1024;
    private const long MemoryAllowed = 500L * 1024 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("actionplans-unpacked-").FullName;

    private Dictionary<string, string> Settings => new() { ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(_folder, "db.sqlite")};Pooling=False" };

    /// <summary>A valid .docx whose document part is 300 MB of spaces inside one run of text: well under a megabyte packed.</summary>
    private static byte[] Bomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(xml);
            }
            Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            document.Write("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t xml:space="preserve">"""u8);
            var spaces = Encoding.ASCII.GetBytes(new string(' ', 1024 * 1024));
            for (var mb = 0; mb < Unpacked / spaces.Length; mb++) document.Write(spaces);
            document.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
        }
        return buffer.ToArray();
    }

    [Fact]
    public async Task The_import_page_refuses_it_naming_the_file_and_the_service_stays_under_500_MB()
    {
        var bomb = Bomb();
        Assert.InRange(bomb.Length, 1, 1024 * 1024);
        await using var service = await ServiceProcess.StartAsync(Settings);
        using var client = service.Client();
        await client.SignInAsync("inspector@demo.test", DemoData.Password);
        var token = (await client.PageAsync("/import")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bomb), "Upload", "bomb.docx" },
        };

        var response = await client.PostAsync("/import?handler=Read", form);

        var error = Browserless.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".govuk-error-summary")?.TextContent ?? "";
        Assert.Contains("bomb.docx", error);
        Assert.Contains("unpacks to 300 MB", error);
        Assert.True(service.PeakMemoryBytes < MemoryAllowed, $"The service took {service.PeakMemoryBytes / 1048576} MB.");
    }

    [Fact]
    public async Task The_import_verb_refuses_it_naming_the_file_and_stays_under_500_MB()
    {
        var file = Path.Combine(_folder, "bomb.docx");
        await File.WriteAllBytesAsync(file, Bomb());

        var outcome = await ServiceProcess.RunAsync(Settings, null, "import", file);

        Assert.Equal(1, outcome.ExitCode);
        var refusal = Assert.Single(outcome.Error.Split('\n'), l => l.StartsWith("not imported:", StringComparison.Ordinal));
        Assert.Contains("bomb.docx", refusal);
        Assert.Contains("unpacks to 300 MB", refusal);
        Assert.InRange(outcome.PeakMemoryBytes, 1, MemoryAllowed);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
