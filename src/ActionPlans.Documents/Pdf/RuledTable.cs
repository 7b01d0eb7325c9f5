namespace ActionPlans.Documents.Pdf;

/// <summary>
/// A table drawn with ruling lines. Its columns are where its vertical rules stand; a cell runs from the nearest rule
/// above its words that crosses it to the next, so a cell merged down several rows (a recommendation beside its
/// actions' rows) or across several columns (an addressee header) is read as one cell, in the row and column it starts.
/// </summary>
internal sealed class RuledTable
{
    private readonly List<Across> _across;
    private readonly List<Down> _down;

    public RuledTable(List<Across> across, List<Down> down)
    {
        _across = across;
        _down = down;
        Top = across.Min(h => h.Y);
        Bottom = across.Max(h => h.Y);
        Left = down.Min(v => v.X);
        Right = down.Max(v => v.X);
        var edges = new List<double>();
        foreach (var x in down.Select(v => v.X).Order())
            if (edges.Count == 0 || x - edges[^1] > 2) edges.Add(x);
        Columns = edges;
    }

    public double Top { get; }
    public double Bottom { get; }
    public double Left { get; }
    public double Right { get; }

    /// <summary>The column edges, left to right: one more than the columns.</summary>
    public IReadOnlyList<double> Columns { get; }

    public int ColumnCount => Columns.Count - 1;

    public bool Holds(PlacedWord word)
    {
        var (x, y) = ((word.Left + word.Right) / 2, (word.Top + word.Baseline) / 2);
        return x > Left - 1 && x < Right + 1 && y > Top - 1 && y < Bottom + 1;
    }

    /// <summary>The table's rows top down, each with one text per column (empty where no cell starts in the row).</summary>
    public List<TableRow> Rows(IEnumerable<PlacedWord> words)
    {
        var cells = new Dictionary<(double Top, int Column), (List<PlacedWord> Words, double Left, double Right)>();
        foreach (var word in words)
        {
            var x = word.Left + 0.5;
            var y = (word.Top + word.Baseline) / 2;
            var standing = _down.Where(v => v.Covers(y)).Select(v => v.X).ToList();
            var left = standing.Where(e => e <= x).DefaultIfEmpty(Left).Max();
            var right = standing.Where(e => e > x).DefaultIfEmpty(Right).Min();
            var column = Math.Clamp(NearestColumn(left), 0, ColumnCount - 1);
            var top = _across.Where(h => h.Y <= word.Top + 1 && h.Covers(x)).Select(h => h.Y).DefaultIfEmpty(Top).Max();
            var key = (Math.Round(top, 1), column);
            if (!cells.TryGetValue(key, out var cell)) cells[key] = cell = ([], left, right);
            cell.Words.Add(word);
        }

        var rows = new List<TableRow>();
        foreach (var (top, inRow) in cells.GroupBy(c => c.Key.Top).OrderBy(g => g.Key).Select(g => (g.Key, g.ToList())))
        {
            var lines = inRow.OrderBy(c => c.Key.Column).Select(c => (c.Key.Column, Cell: c.Value, Lines: WordLine.Group(c.Value.Words))).ToList();
            // The lines of a paragraph stand apart by the least step in any cell of the row: a cell of one-line
            // paragraphs (owners, dates) shows only the wider steps between its paragraphs.
            var pitch = lines.Min(c => Paragraphs.Pitch(c.Lines));
            var columns = new List<Paragraph>[ColumnCount];
            foreach (var (column, cell, cellLines) in lines) columns[column] = Paragraphs.Join(cellLines, cell.Left, cell.Right, pitch);
            IEnumerable<TableRow> entries = [new TableRow(top, [.. columns.Select(c => c ?? [])])];
            if (SetLevel(columns))
            {
                IReadOnlyList<Paragraph>? starts = null;
                foreach (var (column, cell, cellLines) in lines) starts = columns[column] = Paragraphs.Join(cellLines, cell.Left, cell.Right, pitch, starts);
                entries = Entries(top, columns);
            }
            foreach (var row in entries)
            {
                // Rows that start within a point of each other are one row drawn with rules of slightly different heights.
                if (rows.Count > 0 && row.Top - rows[^1].Top < 1) rows[^1].Merge(row.Cells);
                else rows.Add(row);
            }
        }
        return rows;
    }

    /// <summary>
    /// Are the right-hand cells' entries set level with each other (each owner beside its action)? Only when every
    /// paragraph of a cell that has one level with a later paragraph of the cell to its left is level with one to its left;
    /// owners and dates listed one under another in the order of their actions meet the actions' lines only by chance.
    /// </summary>
    private static bool SetLevel(List<Paragraph>?[] columns)
    {
        static bool Level(Paragraph p, List<Paragraph> left) => left.Any(l => Math.Abs(l.Baseline - p.Baseline) < 1);
        var first = columns.Where(c => c is { Count: > 0 }).Min(c => c![0].Baseline);
        var any = false;
        for (var c = 1; c < columns.Length; c++)
        {
            if (columns[c] is not { } right || columns[c - 1] is not { } left) continue;
            if (!right.Any(p => p.Baseline > first + 1 && Level(p, left))) continue;
            // An owner's paragraph may run on past its action's start, so a date is level with its action, not its owner.
            if (!right.All(p => columns[..c].Any(l => l is not null && Level(p, l)))) return false;
            any = true;
        }
        return any;
    }

    /// <summary>
    /// A row as one line, or as several where its right-hand cells hold entries set level with each other (an action
    /// with its owner and target date beside it, then the next): each entry a line of its own under the row, as a
    /// table with a row per action gives them. The cells to the left of the entries stay whole on the first line.
    /// </summary>
    private IEnumerable<TableRow> Entries(double top, List<Paragraph>?[] columns)
    {
        var first = columns.Where(c => c is { Count: > 0 }).Min(c => c![0].Baseline);
        var splits = new SortedSet<double>();
        var from = ColumnCount;
        for (var c = 1; c < ColumnCount; c++)
        {
            if (columns[c] is not { } right || columns[c - 1] is not { } left) continue;
            foreach (var p in right.Where(p => p.Baseline > first + 1 && left.Any(l => Math.Abs(l.Baseline - p.Baseline) < 1)))
            {
                splits.Add(Math.Round(p.Baseline, 1));
                from = Math.Min(from, c - 1);
            }
        }
        var bounds = splits.Prepend(double.MinValue).ToList();
        for (var part = 0; part < bounds.Count; part++)
        {
            var (start, end) = (bounds[part], part + 1 < bounds.Count ? bounds[part + 1] : double.MaxValue);
            var cells = new List<Paragraph>[ColumnCount];
            for (var c = 0; c < ColumnCount; c++)
            {
                var paragraphs = columns[c] ?? [];
                cells[c] = c < from
                    ? part == 0 ? paragraphs : []
                    : [.. paragraphs.Where(p => p.Baseline >= start - 1 && p.Baseline < end - 1)];
            }
            yield return new TableRow(part == 0 ? top : start, cells);
        }
    }

    private int NearestColumn(double edge)
    {
        var best = 0;
        for (var i = 1; i < Columns.Count; i++)
            if (Math.Abs(Columns[i] - edge) < Math.Abs(Columns[best] - edge)) best = i;
        return best;
    }
}

/// <summary>A table row: the paragraphs of each column, where they stand.</summary>
internal sealed class TableRow(double top, List<Paragraph>[] cells)
{
    public double Top { get; } = top;
    public List<Paragraph>[] Cells { get; } = cells;

    public void Merge(List<Paragraph>[] more)
    {
        for (var i = 0; i < Cells.Length; i++)
            if (Cells[i].Count == 0) Cells[i] = more[i];
    }

    /// <summary>
    /// The row goes on at the top of the next page when a cell's text there starts in lower case after a cell here
    /// that ends mid-sentence; the cells' first lines beside it go on from this page too, and others start paragraphs.
    /// </summary>
    public bool GoesOnIn(TableRow next)
    {
        if (next.Cells.Length != Cells.Length) return false;
        var first = Array.FindIndex(next.Cells, c => c.Count > 0);
        if (first < 0 || Cells[first].Count == 0) return false;
        var (end, start) = (Cells[first][^1].Text, next.Cells[first][0].Text);
        return char.IsLower(start[0]) && !Paragraphs.EndsSentence(end);
    }

    /// <summary>Takes in the rest of the row from the next page (see <see cref="GoesOnIn"/>).</summary>
    public void Continue(TableRow next)
    {
        var first = Array.FindIndex(next.Cells, c => c.Count > 0);
        var level = next.Cells[first][0].Baseline;
        for (var i = 0; i < Cells.Length; i++)
        {
            var more = next.Cells[i];
            if (more.Count == 0) continue;
            if (Cells[i].Count > 0 && Math.Abs(more[0].Baseline - level) < 1 && !Paragraphs.EndsSentence(Cells[i][^1].Text) && !Paragraphs.StartsItem(more[0].Text))
            {
                var joined = new System.Text.StringBuilder(Cells[i][^1].Text);
                Paragraphs.GoOn(joined);
                Cells[i][^1] = Cells[i][^1] with { Text = joined.Append(more[0].Text).ToString() };
                Cells[i].AddRange(more.Skip(1));
            }
            else
                Cells[i].AddRange(more);
        }
    }

    public string Line => string.Join("\t", Cells.Select(Paragraphs.CellText));
}
