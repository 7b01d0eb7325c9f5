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
            var inCells = inRow.OrderBy(c => c.Key.Column).Select(c => new CellLines(c.Key.Column, WordLine.Group(c.Value.Words), c.Value.Left, c.Value.Right)).ToList();
            foreach (var row in TableRow.Read(top, ColumnCount, inCells))
            {
                // Rows that start within a point of each other are one row drawn with rules of slightly different heights.
                if (rows.Count > 0 && row.Top - rows[^1].Top < 1) rows[^1].Merge(row.Cells);
                else rows.Add(row);
            }
        }
        return rows;
    }

    private int NearestColumn(double edge)
    {
        var best = 0;
        for (var i = 1; i < Columns.Count; i++)
            if (Math.Abs(Columns[i] - edge) < Math.Abs(Columns[best] - edge)) best = i;
        return best;
    }
}
