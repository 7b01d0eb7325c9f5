namespace ActionPlans.Documents.Pdf;

/// <summary>The lines of one cell of a table row, and the cell's left and right edges.</summary>
internal sealed record CellLines(int Column, List<WordLine> Lines, double Left, double Right);

/// <summary>A table row: the paragraphs of each column, where they stand.</summary>
internal sealed class TableRow(double top, List<Paragraph>[] cells)
{
    public double Top { get; } = top;
    public List<Paragraph>[] Cells { get; } = cells;

    /// <summary>
    /// A row of a table, ruled or not, from the lines of its cells: each cell's lines joined into paragraphs, and the row
    /// parted into entries where its right-hand cells' entries are set level with each other (see <see cref="Entries"/>).
    /// </summary>
    public static IEnumerable<TableRow> Read(double top, int columnCount, IReadOnlyList<CellLines> cells)
    {
        // The lines of a paragraph stand apart by the least step in any cell of the row: a cell of one-line
        // paragraphs (owners, dates) shows only the wider steps between its paragraphs.
        var pitch = cells.Min(c => Paragraphs.Pitch(c.Lines));
        var columns = new List<Paragraph>[columnCount];
        foreach (var cell in cells) columns[cell.Column] = Paragraphs.Join(cell.Lines, cell.Left, cell.Right, pitch);
        if (!SetLevel(columns)) return [new TableRow(top, [.. columns.Select(c => c ?? [])])];
        IReadOnlyList<Paragraph>? starts = null;
        foreach (var cell in cells) starts = columns[cell.Column] = Paragraphs.Join(cell.Lines, cell.Left, cell.Right, pitch, starts);
        return Entries(top, columns);
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
    private static IEnumerable<TableRow> Entries(double top, List<Paragraph>?[] columns)
    {
        var first = columns.Where(c => c is { Count: > 0 }).Min(c => c![0].Baseline);
        var splits = new SortedSet<double>();
        var from = columns.Length;
        for (var c = 1; c < columns.Length; c++)
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
            var cells = new List<Paragraph>[columns.Length];
            for (var c = 0; c < columns.Length; c++)
            {
                var paragraphs = columns[c] ?? [];
                cells[c] = c < from
                    ? part == 0 ? paragraphs : []
                    : [.. paragraphs.Where(p => p.Baseline >= start - 1 && p.Baseline < end - 1)];
            }
            yield return new TableRow(part == 0 ? top : start, cells);
        }
    }


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
