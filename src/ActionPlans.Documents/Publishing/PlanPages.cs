using System.Globalization;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace ActionPlans.Documents.Publishing;

/// <summary>A line of a cell or paragraph as it will be drawn; a blank line keeps parts of a row level.</summary>
internal readonly record struct TextLine(string Text, Typeface? Font)
{
    public static readonly TextLine Blank = new("", null);
}

/// <summary>A table row: its cells' widths (points) and wrapped lines.</summary>
internal sealed record PageRow(double[] Widths, List<TextLine>[] Cells)
{
    public int Depth => Math.Max(1, Cells.Max(c => c.Count));
}

/// <summary>
/// Lays text and tables down landscape A4 pages from the top: wraps text to widths, splits rows that do not fit
/// and repeats a table's heading row on each page, and numbers the pages when done.
/// </summary>
internal sealed class PlanPages
{
    private const double PageWidth = 842, PageHeight = 595, Margin = 36, Padding = 3;
    public const double TextWidth = PageWidth - 2 * Margin;

    // The page number sits in the bottom margin; text stops above it.
    private const double Bottom = PageHeight - Margin - 12;

    public Typeface Title { get; } = new(FontFace.Bold, 12);
    public Typeface Body { get; } = new(FontFace.Regular, 8);
    private readonly Typeface _bold = new(FontFace.Bold, 8);
    private readonly Typeface _heading = new(FontFace.Bold, 10.5);
    private readonly Typeface _footer = new(FontFace.Regular, 7);
    private readonly PdfDocumentBuilder _document;
    private readonly Dictionary<FontFace, List<(PdfDocumentBuilder.AddedFont Font, HashSet<char> Used)>> _fonts = [];
    private PdfPageBuilder _page;
    private double _y;

    /// <summary>Column widths in points across the page's text width, in the proportions of a Word layout's widths.</summary>
    public static double[] Columns(int[] twips) => [.. twips.Select(t => t * TextWidth / twips.Sum())];

    public PlanPages(PdfDocumentBuilder document)
    {
        _document = document;
        _page = NewPage();
    }

    public void Paragraph(string text, Typeface font)
    {
        foreach (var line in Wrap(text, font, TextWidth))
        {
            if (_y + font.LineHeight > Bottom) NewPage();
            Draw(line, font, Margin, _y);
            _y += font.LineHeight;
        }
        _y += 3;
    }

    /// <summary>A heading, kept on the same page as the first few lines after it.</summary>
    public void Heading(string text)
    {
        if (_y + 8 * Body.LineHeight > Bottom) NewPage();
        _y += 8;
        Paragraph(text, _heading);
    }

    public void Gap() => _y += 6;

    public void PageBreak() => NewPage();

    /// <summary>A PNG picture across the text's width at most, made smaller to fit a page if need be, on the page it starts.</summary>
    public void Picture(byte[] png, int pixelWidth, int pixelHeight)
    {
        // 96 pixels to the inch, 72 points.
        var scale = Math.Min(0.75, Math.Min(TextWidth / pixelWidth, (Bottom - Margin) / pixelHeight));
        var (width, height) = (pixelWidth * scale, pixelHeight * scale);
        if (_y + height > Bottom) NewPage();
        _page.AddPng(png, new PdfRectangle(Margin, PageHeight - _y - height, Margin + width, PageHeight - _y));
        _y += height + 6;
    }

    public List<TextLine> Lines(string? text, double width, bool bold = false)
    {
        var font = bold ? _bold : Body;
        return [.. Wrap(text, font, width - 2 * Padding).Select(line => new TextLine(line, font))];
    }

    public PageRow Row(double[] widths, List<TextLine>[] cells) => new(widths, cells);

    /// <summary>Draws a table whose heading row starts it and every page it goes on to; a row split by a page goes on under it.</summary>
    public void Table(double[] widths, IReadOnlyList<string> headings, IEnumerable<PageRow> rows)
    {
        var heading = Row(widths, [.. headings.Select((h, i) => Lines(h, widths[i], bold: true))]);
        if (_y + Height(heading.Depth + 3) > Bottom) NewPage();
        Draw(heading, 0, heading.Depth, shaded: true);
        foreach (var row in rows)
        {
            var done = 0;
            while (done < row.Depth)
            {
                var fits = (int)((Bottom - _y - 2 * Padding) / Body.LineHeight);
                var left = row.Depth - done;
                // A row is not begun with a line or two at the foot of a page: they would read as a row of their own.
                if (fits < Math.Min(left, 3))
                {
                    NewPage();
                    Draw(heading, 0, heading.Depth, shaded: true);
                    continue;
                }
                var take = Math.Min(fits, left);
                Draw(row, done, take, shaded: false);
                done += take;
            }
        }
        _y += 6;
    }

    /// <summary>Lines <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> of each cell, boxed.</summary>
    private void Draw(PageRow row, int from, int count, bool shaded)
    {
        var height = Height(count);
        var x = Margin;
        for (var c = 0; c < row.Cells.Length; c++)
        {
            // PDF space runs up from the foot of the page; the layout runs down from the top.
            var corner = new PdfPoint(x, PageHeight - _y - height);
            if (shaded)
            {
                _page.SetTextAndFillColor(222, 222, 222);
                _page.DrawRectangle(corner, row.Widths[c], height, 0.5, fill: true);
                _page.ResetColor();
            }
            _page.SetStrokeColor(115, 115, 115);
            _page.DrawRectangle(corner, row.Widths[c], height, 0.5);
            _page.ResetColor();
            var lines = row.Cells[c];
            for (var k = 0; k < count && from + k < lines.Count; k++)
                if (lines[from + k] is { Font: { } font } line)
                    Draw(line.Text, font, x + Padding, _y + Padding + k * Body.LineHeight);
            x += row.Widths[c];
        }
        _y += height;
    }

    private double Height(int lines) => lines * Body.LineHeight + 2 * Padding;

    private void Draw(string text, Typeface font, double x, double top) => Draw(_page, text, font, x, top);

    private void Draw(PdfPageBuilder page, string text, Typeface font, double x, double top) =>
        page.AddText(text, font.Size, new PdfPoint(x, PageHeight - top - font.Ascent), FontFor(font.Face, text));

    /// <summary>
    /// The document's copy of the face that can take the text: the PDF writer gives each copy at most 255
    /// different characters, so text in many scripts takes a further copy (each embeds only what it draws).
    /// </summary>
    private PdfDocumentBuilder.AddedFont FontFor(FontFace face, string text)
    {
        const int Capacity = 250;
        if (!_fonts.TryGetValue(face, out var copies)) _fonts[face] = copies = [];
        foreach (var (font, used) in copies)
        {
            if (used.Count + text.Where(c => !used.Contains(c)).Distinct().Count() > Capacity) continue;
            used.UnionWith(text);
            return font;
        }
        var copy = (_document.AddTrueTypeFont(face.File), new HashSet<char>(text));
        copies.Add(copy);
        return copy.Item1;
    }

    /// <summary>The text's paragraphs broken into lines no wider than <paramref name="width"/>; a word too long for a line is broken too.</summary>
    private static List<string> Wrap(string? text, Typeface font, double width)
    {
        var lines = new List<string>();
        var space = Measure(" ", font);
        foreach (var paragraph in PrintableText.Paragraphs(text).Select(font.Face.Drawable))
        {
            var line = "";
            var used = 0.0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var wide = Measure(word, font);
                if (line.Length > 0 && used + space + wide <= width)
                {
                    line += " " + word;
                    used += space + wide;
                    continue;
                }
                if (line.Length > 0) lines.Add(line);
                (line, used) = (word, wide);
                if (wide <= width) continue;
                var pieces = Pieces(word, font, width);
                lines.AddRange(pieces[..^1]);
                line = pieces[^1];
                used = Measure(line, font);
            }
            if (line.Length > 0) lines.Add(line);
        }
        return lines;
    }

    /// <summary>A word cut into pieces that fit the width, never inside a character made of several code units.</summary>
    private static List<string> Pieces(string word, Typeface font, double width)
    {
        var pieces = new List<string>();
        var start = 0;
        while (start < word.Length)
        {
            var end = start;
            while (end < word.Length)
            {
                var next = end + StringInfo.GetNextTextElementLength(word, end);
                if (end > start && Measure(word[start..next], font) > width) break;
                end = next;
            }
            pieces.Add(word[start..end]);
            start = end;
        }
        return pieces;
    }

    private static double Measure(string text, Typeface font) => font.Face.Width(text, font.Size);

    private PdfPageBuilder NewPage()
    {
        _page = _document.AddPage(PageWidth, PageHeight);
        _y = Margin;
        return _page;
    }

    /// <summary>Numbers the pages: done last, when their count is known.</summary>
    public void NumberPages()
    {
        var count = _document.Pages.Count;
        foreach (var (n, page) in _document.Pages)
        {
            var number = $"Page {n} of {count}";
            Draw(page, number, _footer, Margin + TextWidth - Measure(number, _footer), PageHeight - Margin + 4);
        }
    }
}
