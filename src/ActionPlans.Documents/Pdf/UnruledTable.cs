using ActionPlans.Documents.Plans;

namespace ActionPlans.Documents.Pdf;

/// <summary>
/// A table drawn without ruling lines: only where its words stand show its columns and rows. It is found by its
/// heading row, a line (or the few lines a wrapped heading takes) whose headings name a plan table's columns; each
/// column starts where its heading starts, and every word under it goes in the column it starts in. A row starts
/// where the first column (the recommendation number) starts an entry; the lines up to the next are the row's cells'
/// lines, read as a ruled table's cells are. The table ends at a gap wider than a blank line, a change of type size,
/// or a line that runs across the columns and is not a row of its own (an addressee's heading between rows).
/// </summary>
internal sealed class UnruledTable
{
    /// <summary>A heading row's cells wrap over a few lines at most ("Agreed/ Partly Agreed/ Not Agreed").</summary>
    private const int MaxHeadingLines = 6;

    /// <summary>How far left of its column's edge a word may start and still be in the column, in points.</summary>
    private const double Slack = 2;

    private readonly double[] _edges;
    private readonly double _size;

    /// <summary>How far apart two lines of the table may stand: see <see cref="Parting"/>.</summary>
    private double _parting;

    private UnruledTable(double[] edges, double size)
    {
        _edges = edges;
        _size = size;
        _parting = Parting(size, 0);
    }

    public int ColumnCount => _edges.Length;

    /// <summary>A heading row that starts at <paramref name="at"/>: the table it heads, its row, and the lines it takes.</summary>
    public static (UnruledTable Table, TableRow Row, int Lines)? Heading(IReadOnlyList<WordLine> lines, int at)
    {
        (UnruledTable Table, TableRow Row, int Lines)? found = null;
        for (var k = 1; k <= MaxHeadingLines && at + k <= lines.Count; k++)
        {
            if (k > 1 && Parted(lines[at + k - 2], lines[at + k - 1])) break;
            var block = lines.Skip(at).Take(k).ToList();
            var table = new UnruledTable(Edges(block), block.Max(l => l.Size));
            var cells = table.ColumnCount >= 3 ? table.Cells(block) : [];
            var paragraphs = new List<Paragraph>[table.ColumnCount];
            // The heading ends where the first row's words would join its cells: a heading is a paragraph a cell.
            if (cells.Count > 0 && PlanColumns.Named([.. cells.Select(c => string.Join(" ", c.Lines.Select(l => l.Text)))]) is not null
                && cells.All(c => (paragraphs[c.Column] = Paragraphs.Join(c.Lines, c.Left, c.Right, Paragraphs.Pitch(c.Lines))).Count == 1))
            {
                table._parting = Parting(table._size, at + k < lines.Count ? lines[at + k].Baseline - lines[at + k - 1].Baseline : 0);
                found = (table, new TableRow(block.Min(l => l.Top), [.. paragraphs.Select(p => p ?? [])]), k);
            }
            else if (found is not null) break;
        }
        return found;
    }

    /// <summary>
    /// A gap wider than a blank line parts the table from what follows: wider than two lines of its type, or than one
    /// and a half of the step from its heading to its first row, where its paragraphs are spaced apart. A heading
    /// followed by a blank line shows no spacing of its own.
    /// </summary>
    private static double Parting(double size, double step) => step <= 2.5 * size ? Math.Max(2.2 * size, 1.5 * step) : 2.2 * size;

    /// <summary>
    /// How many of the <paramref name="lines"/> from <paramref name="from"/> on are the table's, up to where it ends or
    /// another heading row starts; none when the first is not.
    /// </summary>
    public int Length(IReadOnlyList<WordLine> lines, int from)
    {
        var previous = from > 0 ? lines[from - 1] : null;
        var i = from;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if ((previous is not null && line.Baseline - previous.Baseline > _parting) || Math.Abs(line.Size - _size) > 1.5) break;
            if (i > from && Heading(lines, i) is not null) break;
            // A line across the columns is a row of its own (an addressee's heading) only where a row of the table
            // follows it; otherwise the text has gone back to paragraphs the width of the page.
            if (Split(line).Spans)
            {
                if (i + 1 >= lines.Count || lines[i + 1].Baseline - line.Baseline > _parting || Split(lines[i + 1]) is not { Spans: false } next || next.Columns[0].Count == 0) break;
            }
            previous = line;
        }
        return i - from;
    }

    /// <summary>The table's rows in <paramref name="lines"/> (all the table's: see <see cref="Length"/>), top down.</summary>
    public List<TableRow> Rows(IReadOnlyList<WordLine> lines)
    {
        var split = lines.Select(Split).ToList();
        var rights = Rights(split.Where(s => !s.Spans).Select(s => s.Columns).ToList());
        // Cells' paragraphs spaced apart put their lines out of step with the next cell's: each column shows the pitch.
        var pitch = Enumerable.Range(0, ColumnCount).Where(c => split.Any(s => s.Columns[c].Count > 0))
            .Min(c => Paragraphs.Pitch([.. split.Where(s => s.Columns[c].Count > 0).Select(s => new WordLine(s.Columns[c]))]));
        var rows = new List<List<int>>();
        for (var i = 0; i < lines.Count; i++)
        {
            var first = split[i].Columns[0];
            var above = i > 0 && !split[i - 1].Spans ? split[i - 1].Columns[0] : [];
            var starts = rows.Count == 0 || split[i].Spans || split[i - 1].Spans
                || (first.Count > 0 && (above.Count == 0 || Paragraphs.Breaks(new WordLine(above), new WordLine(first), rights[0], pitch)));
            if (starts) rows.Add([]);
            rows[^1].Add(i);
        }

        var read = new List<TableRow>();
        foreach (var row in rows)
        {
            var cells = new List<(int Line, WordLine Words)>[ColumnCount];
            for (var c = 0; c < ColumnCount; c++)
                cells[c] = [.. row.Where(i => split[i].Columns[c].Count > 0).Select(i => (i, new WordLine(split[i].Columns[c])))];
            // A cell across the columns (an addressee's heading) runs as far as its words.
            var spans = row.Any(i => split[i].Spans);
            double Right(int c) => spans ? cells[c].Max(l => l.Words.Right) : rights[c];
            var (from, entries) = spans ? (ColumnCount, []) : LevelEntries(cells, row[0], rights, pitch);
            List<int> bounds = [row[0], .. entries, int.MaxValue];
            for (var part = 0; part + 1 < bounds.Count; part++)
            {
                var (start, end) = (bounds[part], bounds[part + 1]);
                var partCells = Enumerable.Range(0, ColumnCount)
                    .Select(c => (Column: c, Lines: cells[c].Where(l => c < from ? part == 0 : l.Line >= start && l.Line < end).Select(l => l.Words).ToList()))
                    .Where(c => c.Lines.Count > 0)
                    .Select(c => new CellLines(c.Column, c.Lines, _edges[c.Column], Right(c.Column)))
                    .ToList();
                if (partCells.Count > 0) read.AddRange(TableRow.Read(lines[start].Top, ColumnCount, partCells));
            }
        }
        return read;
    }

    /// <summary>
    /// A row's entries set level with each other in its right-hand cells, as a table with a row per action gives them
    /// (an action with its owner and target date beside it, then the next): the lines where they start, and the column
    /// of the actions, the first they part. The entries are the paragraphs that start below the row's first line in the
    /// cells right of the actions; they are set level when the actions' cell can start a paragraph on each of their
    /// lines too: it has a line there that starts one (the line above stopped short or is a list item's), or a sentence
    /// ended on the line above and this one starts with a capital. The leftmost such column is the actions'. Owners and
    /// dates listed one under another in the order of a list of actions meet its paragraphs only by chance.
    /// </summary>
    private (int From, List<int> Entries) LevelEntries(List<(int Line, WordLine Words)>[] cells, int first, double[] rights, double pitch)
    {
        SortedSet<int> Starts(int c)
        {
            var starts = new SortedSet<int>();
            for (var i = 0; i < cells[c].Count; i++)
            {
                var (line, words) = cells[c][i];
                if (line != first && (i == 0 || Paragraphs.Breaks(cells[c][i - 1].Words, words, rights[c], pitch))) starts.Add(line);
            }
            return starts;
        }
        bool CanStart(int c, SortedSet<int> starts, int line)
        {
            var i = cells[c].FindIndex(l => l.Line == line);
            if (i < 0) return false;
            if (starts.Contains(line)) return true;
            return Paragraphs.EndsSentence(cells[c][i - 1].Words.Text) && char.IsUpper(cells[c][i].Words.Text[0]);
        }
        var columns = Enumerable.Range(0, ColumnCount).Where(c => cells[c].Count > 0).ToList();
        for (var at = 0; at + 1 < columns.Count; at++)
        {
            var level = new SortedSet<int>(columns.Skip(at + 1).SelectMany(Starts));
            var starts = Starts(columns[at]);
            if (level.Count > 0 && level.All(line => CanStart(columns[at], starts, line))) return (columns[at], [.. level]);
        }
        return (ColumnCount, []);
    }

    /// <summary>The columns' edges from a heading's words: where the words, wrapped lines and all, leave a gap wider than a space.</summary>
    private static double[] Edges(List<WordLine> heading)
    {
        var space = 0.5 * heading.Max(l => l.Size);
        var columns = new List<(double Left, double Right)>();
        foreach (var word in heading.SelectMany(l => l.Words).OrderBy(w => w.Left))
        {
            if (columns.Count > 0 && word.Left <= columns[^1].Right + space) columns[^1] = (columns[^1].Left, Math.Max(columns[^1].Right, word.Right));
            else columns.Add((word.Left, word.Right));
        }
        return [.. columns.Select(c => c.Left)];
    }

    /// <summary>
    /// A line's words in the columns they start in. A word that runs over the next column's edge takes the words after
    /// it on the line into its own column: the line spans the columns.
    /// </summary>
    private (List<PlacedWord>[] Columns, bool Spans) Split(WordLine line)
    {
        var columns = new List<PlacedWord>[ColumnCount];
        for (var c = 0; c < ColumnCount; c++) columns[c] = [];
        var (column, spans) = (-1, false);
        foreach (var word in line.Words)
        {
            var at = ColumnOf(word);
            if (column < 0 || at <= column || !GoesOn(columns[column][^1], word, column, line.Space)) column = Math.Max(column, at);
            else spans = true;
            columns[column].Add(word);
        }
        spans |= Enumerable.Range(0, ColumnCount).Any(c => columns[c].Count > 0 && Overruns(columns[c][^1], c));
        return (columns, spans);
    }

    /// <summary>
    /// Does <paramref name="word"/>, past the edge of the column after <paramref name="column"/>, go on with the text of
    /// <paramref name="previous"/>? It does when the previous word ran over the edge, or stands only a space or so
    /// before it: the padding of two cells parts their texts by several spaces.
    /// </summary>
    private bool GoesOn(PlacedWord previous, PlacedWord word, int column, double space) =>
        Overruns(previous, column) || word.Left - previous.Right < 2 * space;

    /// <summary>The column a word starts in: the last whose edge stands left of it.</summary>
    private int ColumnOf(PlacedWord word) => Math.Max(0, Array.FindLastIndex(_edges, e => e - Slack <= word.Left));

    private bool Overruns(PlacedWord word, int column) => column + 1 < ColumnCount && word.Right > _edges[column + 1] + Slack;

    /// <summary>The heading lines' words as cells, each with the lines it holds.</summary>
    private List<CellLines> Cells(List<WordLine> heading)
    {
        var split = heading.Select(Split).Select(s => s.Columns).ToList();
        var rights = Rights(split);
        return [.. Enumerable.Range(0, ColumnCount)
            .Select(c => new CellLines(c, [.. split.Where(s => s[c].Count > 0).Select(s => new WordLine(s[c]))], _edges[c], rights[c]))
            .Where(c => c.Lines.Count > 0)];
    }

    /// <summary>
    /// Where each column's text stops on the right: at its longest line, not at the next column's edge, as the cells'
    /// padding stands between them; paragraphs are told apart by lines that stop short of it.
    /// </summary>
    private double[] Rights(List<List<PlacedWord>[]> lines)
    {
        var rights = new double[ColumnCount];
        for (var c = 0; c < ColumnCount; c++)
        {
            var next = c + 1 < ColumnCount ? _edges[c + 1] : double.MaxValue;
            var ends = lines.Where(l => l[c].Count > 0).Select(l => l[c][^1].Right).ToList();
            rights[c] = ends.Count > 0 ? Math.Min(ends.Max(), next) : next == double.MaxValue ? _edges[c] : next;
        }
        return rights;
    }

    /// <summary>A gap wider than a blank line between two lines of a heading.</summary>
    private static bool Parted(WordLine above, WordLine below) => below.Baseline - above.Baseline > 2.2 * Math.Max(above.Size, below.Size);
}
