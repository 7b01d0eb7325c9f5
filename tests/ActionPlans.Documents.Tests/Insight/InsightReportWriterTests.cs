using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ActionPlans.Documents.Charts;
using ActionPlans.Documents.Insight;
using ActionPlans.Documents.Tests.Publishing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ActionPlans.Documents.Tests.Insight;

/// <summary>The insight report as Word and PDF: the title page's filters, every section, each chart drawn as a picture and its table of figures.</summary>
public sealed class InsightReportWriterTests
{
    private static readonly InsightFigure Ratings = new("by-year", "Ratings by year of report", ["Year", "Outstanding", "Good", "Requires improvement", "Inadequate"],
        [new FigureRow("2019", [1, 7, 4, 2]), new FigureRow("2020", [0, 5, 9, 3])]);

    private static readonly InsightFigure Lateness = new("days-late", "Days late of actions delivered late (median 12.5)", ["Days late", "Actions"],
        [new FigureRow("7 days or fewer", [3]), new FigureRow("8 to 30 days", [11])]);

    private static readonly InsightFigure Empty = new("revisions", "Target revisions per action", ["Revisions", "Actions"], []);

    private static readonly InsightReport Report = new("reports published from 1 January 2019 to 31 December 2020; delivery as at 31 March 2021",
        new DateOnly(2021, 4, 1),
        [
            new InsightReportSection("Ratings", "How the reports rated each standard.", [Ratings]),
            new InsightReportSection("Timeliness and delivery", "How plans and their actions kept to time.", [Lateness, Empty]),
        ]);

    [Fact]
    public void The_Word_report_has_the_filters_every_section_and_a_described_picture_above_each_table()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(WordInsightReportWriter.Write(Report)), false);
        var main = document.MainDocumentPart!;
        var body = main.Document.Body!;
        var text = body.InnerText;
        Assert.Contains("Counting reports published from 1 January 2019 to 31 December 2020; delivery as at 31 March 2021.", text);
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading1").Select(p => p.InnerText);
        Assert.Equal(["Ratings", "Timeliness and delivery"], headings);

        // Two figures have rows, so two pictures; the empty one says so instead.
        Assert.Equal(2, main.ImageParts.Count());
        Assert.Contains("Nothing to count for the filters chosen.", text);
        var pictures = body.Descendants<Wp.DocProperties>().ToList();
        Assert.Equal([BarChart.Description(Ratings), BarChart.Description(Lateness)], pictures.Select(p => p.Description?.Value));
        Assert.All(main.ImageParts, part => Assert.Equal("image/png", part.ContentType));

        var table = body.Elements<Table>().First();
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal(["Year", "Outstanding (green)", "Good (blue)", "Requires improvement (orange)", "Inadequate (red)"], rows[0]);
        Assert.Equal(["2020", "0", "5", "9", "3"], rows[2]);
    }

    [Fact]
    public void The_PDF_report_has_the_filters_every_section_a_picture_for_each_chart_and_its_figures()
    {
        var bytes = PdfInsightReportWriter.Write(Report);
        using (var pdf = PdfDocument.Open(bytes))
            Assert.Equal(2, pdf.GetPages().Sum(p => p.GetImages().Count()));

        var folder = Directory.CreateTempSubdirectory("insight-pdf-");
        try
        {
            var path = Path.Combine(folder.FullName, "report.pdf");
            File.WriteAllBytes(path, bytes);
            var (exit, text) = Tools.Run("pdftotext", $"-layout {path} -", TimeSpan.FromMinutes(1));
            Assert.True(exit == 0, text);
            Assert.Contains("Counting reports published from 1 January 2019 to 31 December 2020; delivery as at 31 March 2021.", text);
            Assert.Contains("Timeliness and delivery", text);
            Assert.Matches(@"2020\s+0\s+5\s+9\s+3\b", text);
            Assert.Matches(@"8 to 30 days\s+11\b", text);
            Assert.Contains("Nothing to count for the filters chosen.", text);
            Assert.Contains("Good: blue (#1d70b8)", text);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_chart_picture_is_a_PNG_whose_bars_have_their_series_colours()
    {
        var png = BarChartPng.Render(Ratings);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        var (width, height, pixels) = Decode(png);
        Assert.Equal((BarChartPng.Width, BarChartPng.Height(Ratings)), (width, height));

        // The longest bar (2020: 17) sets a scale of 0 to 20 over 688 pixels from x = 12; the first bar starts with 1 Outstanding (green)
        // for about 34 pixels, then 7 Good (blue); the second bar starts with Good, as 2020 has no Outstanding.
        var firstBar = 10 + 5 + 10;
        Assert.Equal((0x00, 0x70, 0x3c), pixels(20, firstBar));
        Assert.Equal((0x1d, 0x70, 0xb8), pixels(100, firstBar));
        Assert.Equal((0x1d, 0x70, 0xb8), pixels(20, firstBar + 30));
        Assert.Equal((255, 255, 255), pixels(width - 30, firstBar));
    }

    /// <summary>Reads back an 8-bit RGB PNG of one IDAT, checking each chunk's CRC; rows filtered with "none".</summary>
    private static (int Width, int Height, Func<int, int, (int, int, int)> Pixel) Decode(byte[] png)
    {
        var at = 8;
        int width = 0, height = 0;
        byte[] data = [];
        while (at < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var chunk = png.AsSpan(at + 8, length).ToArray();
            Assert.Equal(Crc(png.AsSpan(at + 4, 4 + length)), BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length)));
            if (type == "IHDR")
            {
                (width, height) = (BinaryPrimitives.ReadInt32BigEndian(chunk), BinaryPrimitives.ReadInt32BigEndian(chunk.AsSpan(4)));
                Assert.Equal((8, 2), (chunk[8], chunk[9]));
            }
            if (type == "IDAT")
            {
                using var inflated = new MemoryStream();
                using (var zlib = new ZLibStream(new MemoryStream(chunk), CompressionMode.Decompress)) zlib.CopyTo(inflated);
                data = inflated.ToArray();
            }
            at += 12 + length;
        }
        Assert.Equal(height * (1 + 3 * width), data.Length);
        return (width, height, (x, y) =>
        {
            var p = y * (1 + 3 * width) + 1 + 3 * x;
            return (data[p], data[p + 1], data[p + 2]);
        });
    }

    /// <summary>CRC-32 as the PNG specification's sample code computes it, bit by bit.</summary>
    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
