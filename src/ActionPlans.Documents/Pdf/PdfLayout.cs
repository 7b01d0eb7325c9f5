using System.Text;
using System.Text.RegularExpressions;

namespace ActionPlans.Documents.Pdf;

/// <summary>
/// Pages of words and rules into the readers' text: ruled tables, and tables without rules under a heading row that
/// names their columns, into rows of cells; other lines into paragraphs (or into cells where wide gaps part them), with
/// page furniture and the table headings a page repeats dropped.
/// </summary>
internal static partial class PdfLayout
{
    /// <summary>What one page shows, top down: a table row or a line of text.</summary>
    private sealed record Item(double Top, TableRow? Row, WordLine? Line, int Table);

    public static PdfText Text(IReadOnlyList<PdfPage> pages)
    {
        var items = pages.Select(Items).ToList();
        DropFurniture(pages, items);
        ReadUnruledTables(items);
        DropRepeatedHeadings(items);
        JoinRowsAcrossPages(items);

        // Paragraphs run to the right edge of the text: the widest line on pages of the same width, or, where no line
        // comes near the margin the left one mirrors (a page of short lines), that margin.
        var rightEdge = pages.Select((p, i) => (p.Width, Lines: items[i].Where(t => t.Line is not null).Select(t => t.Line!).ToList()))
            .GroupBy(p => Math.Round(p.Width))
            .ToDictionary(g => g.Key, g =>
            {
                var lines = g.SelectMany(p => p.Lines).ToList();
                if (lines.Count == 0) return g.Key;
                var mirrored = g.Key - lines.Min(l => l.Left);
                return Math.Max(lines.Max(l => l.Right), mirrored - 0.05 * g.Key);
            });

        var text = new StringBuilder();
        var pageOfLine = new List<int>();
        void Emit(string line, int page)
        {
            text.Append(line).Append('\n');
            pageOfLine.Add(page);
        }

        // A paragraph open at the foot of a page goes on at the top of the next unless the page shows it ended there.
        WordLine? previous = null;
        var paragraph = new StringBuilder();
        var (paragraphPage, limit, pitch) = (1, 0.0, 0.0);
        void Flush()
        {
            if (paragraph.Length > 0) Emit(paragraph.ToString(), paragraphPage);
            paragraph.Clear();
            previous = null;
        }
        for (var p = 0; p < pages.Count; p++)
        {
            var number = pages[p].Number;
            var nextPage = true;
            var pageLimit = rightEdge[Math.Round(pages[p].Width)];
            var pagePitch = Paragraphs.Pitch([.. items[p].Where(i => i.Line is not null).Select(i => i.Line!)]);
            foreach (var item in items[p])
            {
                if (item.Row is { } row)
                {
                    Flush();
                    Emit(row.Line, number);
                    continue;
                }
                var line = item.Line!;
                var runs = line.Runs(Math.Max(1.2 * line.Size, 3 * line.Space)).ToList();
                if (runs.Count > 1)
                {
                    // Words parted by wide gaps stand in columns: a row of a table drawn without rules.
                    Flush();
                    Emit(string.Join("\t", runs.Select(r => r.Text)), number);
                    continue;
                }
                // Across a page break the gap between the lines says nothing.
                if (previous is not null && (Paragraphs.Breaks(previous, line, limit, nextPage ? double.MaxValue / 4 : pitch)
                        || line.Left > previous.Left + 3 * line.Size || line.Left < previous.Left - 2))
                {
                    var gap = !nextPage && line.Baseline - previous.Baseline > 2.2 * line.Size;
                    Flush();
                    if (gap) Emit("", number);
                }
                else Paragraphs.GoOn(paragraph);
                if (paragraph.Length == 0) paragraphPage = number;
                paragraph.Append(line.Text);
                (previous, limit, pitch, nextPage) = (line, pageLimit, pagePitch, false);
            }
        }
        Flush();
        return new PdfText(text.ToString(), pageOfLine, pages.Count);
    }

    private static List<Item> Items(PdfPage page)
    {
        var tables = page.Rules.Tables();
        var items = new List<Item>();
        var loose = new List<PlacedWord>();
        var held = tables.Select(_ => new List<PlacedWord>()).ToList();
        foreach (var word in page.Words)
        {
            var at = tables.FindIndex(t => t.Holds(word));
            if (at >= 0) held[at].Add(word);
            else loose.Add(word);
        }
        for (var t = 0; t < tables.Count; t++)
            items.AddRange(tables[t].Rows(held[t]).Select(r => new Item(r.Top, r, null, t)));
        items.AddRange(WordLine.Group(loose).Select(l => new Item(l.Top, null, l, -1)));
        return [.. items.OrderBy(i => i.Top)];
    }

    /// <summary>
    /// Running headers and footers and page numbers: a line outside tables that stands at the same place, with the
    /// same words (numbers aside), on most pages; and "Page N of M" wherever it stands.
    /// </summary>
    private static void DropFurniture(IReadOnlyList<PdfPage> pages, List<List<Item>> items)
    {
        static (int, string) Key(Item item) => ((int)Math.Round(item.Top / 4), Digits().Replace(item.Line!.Text, "#"));
        var counts = items.SelectMany(page => page.Where(i => i.Line is not null).Select(Key).Distinct())
            .GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var most = Math.Max(2, (int)Math.Ceiling(0.6 * pages.Count));
        foreach (var page in items)
            page.RemoveAll(i => i.Line is { } line && (PageNumber().IsMatch(line.Text) || (pages.Count > 1 && counts[Key(i)] >= most)));
    }

    /// <summary>
    /// Lines outside ruled tables under a heading row that names a table's columns: that table's rows, from the heading
    /// on to where the table ends, across page breaks (a page that goes on with the table may repeat its heading row).
    /// </summary>
    private static void ReadUnruledTables(List<List<Item>> items)
    {
        UnruledTable? open = null;
        foreach (var page in items)
        {
            // Numbered after the page's ruled tables; the open table's number here, if one is.
            var next = page.Select(i => i.Table).DefaultIfEmpty(-1).Max() + 1;
            int? table = null;
            var read = new List<Item>();
            var lines = new List<WordLine>();
            void Take()
            {
                for (var at = 0; at < lines.Count;)
                {
                    if (UnruledTable.Heading(lines, at) is { } heading)
                    {
                        (open, table) = (heading.Table, next++);
                        read.Add(new Item(heading.Row.Top, heading.Row, null, table.Value));
                        at += heading.Lines;
                    }
                    // A table open at the foot of the page before goes on at the top of this one.
                    else if (open?.Length(lines, at) is > 0 and var length)
                    {
                        table ??= next++;
                        read.AddRange(open.Rows(lines.GetRange(at, length)).Select(r => new Item(r.Top, r, null, table.Value)));
                        at += length;
                    }
                    else
                    {
                        (open, table) = (null, null);
                        read.Add(new Item(lines[at].Top, null, lines[at], -1));
                        at++;
                    }
                }
                lines.Clear();
            }
            foreach (var item in page)
            {
                if (item.Line is { } line)
                {
                    lines.Add(line);
                    continue;
                }
                Take();
                (open, table) = (null, null);
                read.Add(item);
            }
            Take();
            page.Clear();
            page.AddRange(read);
        }
    }

    /// <summary>
    /// A table's heading row repeated at the top of the page it goes on to: dropped, as it is the heading of the table
    /// that ends the page before.
    /// </summary>
    private static void DropRepeatedHeadings(List<List<Item>> items)
    {
        // The heading of the table that ends each page: its first row there, or the heading it repeated, if it went on.
        string? heading = null;
        for (var p = 0; p < items.Count; p++)
        {
            var page = items[p];
            var goesOn = p > 0 && heading is not null && page.FirstOrDefault()?.Row?.Line == heading;
            if (goesOn) page.RemoveAt(0);
            var last = page.LastOrDefault(i => i.Row is not null);
            if (last is null) { heading = null; continue; }
            var firstTable = page.FirstOrDefault(i => i.Row is not null)?.Table;
            if (!(goesOn && last.Table == firstTable)) heading = page.First(i => i.Row is not null && i.Table == last.Table).Row!.Line;
        }
    }

    /// <summary>A row that a page break cuts: its text at the top of the next page taken into it, when the text shows it goes on.</summary>
    private static void JoinRowsAcrossPages(List<List<Item>> items)
    {
        for (var p = 1; p < items.Count; p++)
        {
            if (items[p].FirstOrDefault()?.Row is not { } next || items[p - 1].LastOrDefault()?.Row is not { } last) continue;
            if (!last.GoesOnIn(next)) continue;
            last.Continue(next);
            items[p].RemoveAt(0);
        }
    }

    [GeneratedRegex(@"[0-9]+", RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex Digits();

    [GeneratedRegex(@"^page\s+[0-9]+(?:\s+(?:of|/)\s+[0-9]+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex PageNumber();
}
