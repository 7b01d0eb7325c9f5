using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActionPlans.Documents.Charts;
using ActionPlans.Documents.Insight;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ActionPlans.Documents.Tests.Pdf;

/// <summary>Small PDFs and comparisons the PDF tests share (the Web tests link this file too).</summary>
public static class PdfSamples
{
    /// <summary>A PDF whose pages hold the lines given, one a page; a null line is a page with only a picture (a scan).</summary>
    public static byte[] Pages(params string?[] lines)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var picture = BarChartPng.Render(new InsightFigure("scan", "A scanned page", ["Row", "Count"], [new FigureRow("one", [3])]));
        foreach (var line in lines)
        {
            var page = builder.AddPage(595, 842);
            if (line is null) page.AddPng(picture, new PdfRectangle(50, 400, 545, 800));
            else page.AddText(line, 11, new PdfPoint(50, 800), font);
        }
        return builder.Build();
    }

    /// <summary>A one-page PDF whose page content is a Flate stream of <paramref name="unpacked"/> zero bytes.</summary>
    public static byte[] ContentBomb(int unpacked) => Written(
    [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        Stream("", Packed([], unpacked)),
    ], "");

    /// <summary>The bytes given and then <paramref name="zeros"/> zero bytes, packed by Flate: about a thousandth of their length.</summary>
    public static byte[] Packed(byte[] start, int zeros)
    {
        using var packed = new MemoryStream();
        using (var zlib = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(start);
            var block = new byte[1024 * 1024];
            for (var written = 0; written < zeros; written += block.Length) zlib.Write(block, 0, Math.Min(block.Length, zeros - written));
        }
        return packed.ToArray();
    }

    /// <summary>A Flate stream object's dictionary, with the entries given, and its bytes (Latin-1 keeps each byte a character).</summary>
    public static string Stream(string entries, byte[] packed) =>
        $"<< {entries} /Length {packed.Length} /Filter /FlateDecode >>\nstream\n{Encoding.Latin1.GetString(packed)}\nendstream";

    /// <summary>A PDF's header and the objects given, numbered from 1 (the first the catalog), with where each starts.</summary>
    public static (StringBuilder Pdf, List<int> Offsets) Objects(string version, string[] objects)
    {
        var pdf = new StringBuilder($"%PDF-{version}\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        return (pdf, offsets);
    }

    /// <summary>A PDF of the objects given with its cross-reference table and trailer.</summary>
    public static byte[] Written(string[] objects, string trailer)
    {
        var (pdf, offsets) = Objects("1.4", objects);
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R {trailer} >>\n");
        pdf.Append($"startxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>JSON of what was read without the properties named (source line numbers differ between a text and its PDF), indented.</summary>
    public static string Without(JsonNode node, params string[] names)
    {
        var copy = node.DeepClone();
        void Strip(JsonNode? at)
        {
            if (at is JsonObject o)
            {
                foreach (var name in names) o.Remove(name);
                foreach (var (_, child) in o.ToList()) Strip(child);
            }
            else if (at is JsonArray a)
                foreach (var child in a) Strip(child);
        }
        Strip(copy);
        return copy.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
