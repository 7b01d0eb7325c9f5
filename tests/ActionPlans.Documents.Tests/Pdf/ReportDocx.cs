using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ActionPlans.Documents.Tests.Pdf;

/// <summary>
/// A report's text laid out as a Word document, as a report is published: each line a paragraph, each run of lines
/// with the same number of tab-separated cells a bordered table, and a footer with the report's name and the page
/// number on every page (the furniture a PDF reader must drop).
/// </summary>
internal static class ReportDocx
{
    public const string Footer = "Kestrel Vale inspection report";

    public static byte[] Write(string text)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(new Run(new Text(Footer + " – page ") { Space = SpaceProcessingModeValues.Preserve }), new SimpleField { Instruction = "PAGE" }));
            var body = new Body();
            Table? table = null;
            var cells = 0;
            foreach (var line in text.Replace("\r", "").Split('\n'))
            {
                if (line.Trim().Length == 0)
                {
                    table = null;
                    continue;
                }
                var parts = line.Split('\t');
                if (parts.Length == 1)
                {
                    table = null;
                    body.Append(Paragraph(line, after: 120));
                    continue;
                }
                if (table is null || parts.Length != cells)
                {
                    body.Append(table = Bordered());
                    cells = parts.Length;
                }
                table.Append(new TableRow(parts.Select(p => new TableCell(Paragraph(p, after: 0)))));
            }
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567 }));
            main.Document = new Document(body);
        }
        return buffer.ToArray();
    }

    private static Paragraph Paragraph(string text, int after) => new(
        new ParagraphProperties(new SpacingBetweenLines { After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
        new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table Bordered()
    {
        BorderType Single<T>() where T : BorderType, new() => new T { Val = BorderValues.Single, Size = 4 };
        return new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(Single<TopBorder>(), Single<LeftBorder>(), Single<BottomBorder>(), Single<RightBorder>(), Single<InsideHorizontalBorder>(), Single<InsideVerticalBorder>())));
    }
}
