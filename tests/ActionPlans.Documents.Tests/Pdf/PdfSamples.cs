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
