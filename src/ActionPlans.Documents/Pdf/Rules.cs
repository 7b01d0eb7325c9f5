using UglyToad.PdfPig.Content;

namespace ActionPlans.Documents.Pdf;

/// <summary>A horizontal ruling line at <see cref="Y"/> from <see cref="From"/> to <see cref="To"/>, in points from the page's top left.</summary>
internal readonly record struct Across(double Y, double From, double To)
{
    public bool Covers(double x, double slack = 1) => x >= From - slack && x <= To + slack;
}

/// <summary>A vertical ruling line at <see cref="X"/> from <see cref="From"/> to <see cref="To"/> down the page.</summary>
internal readonly record struct Down(double X, double From, double To)
{
    public bool Covers(double y, double slack = 1) => y >= From - slack && y <= To + slack;
}

/// <summary>
/// The page's ruling lines: stroked or filled lines and the edges of rectangles (cell borders and shading), which are
/// what shows a table's rows and columns. Curves and shapes with many sides are pictures, not rules.
/// </summary>
internal sealed class Rules(List<Across> across, List<Down> down)
{
    /// <summary>More than this many rules on a page is a drawing, not a table: the page is read as text.</summary>
    private const int MaxRules = 4000;

    private const double Thin = 2;

    public IReadOnlyList<Across> Across { get; } = across;
    public IReadOnlyList<Down> Down { get; } = down;

    public static Rules Read(Page page)
    {
        var height = page.Height;
        List<Across> across = [];
        List<Down> down = [];
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || (!path.IsFilled && !path.IsStroked)) continue;
            foreach (var subpath in path)
            {
                if (subpath.Commands.Count > 6 || subpath.GetBoundingRectangle() is not { } box) continue;
                var (left, right, top, bottom) = (box.Left, box.Right, height - box.Top, height - box.Bottom);
                var (width, tall) = (right - left, bottom - top);
                // A rectangle the size of the page is its background.
                if (width > 0.9 * page.Width && tall > 0.9 * height) continue;
                if (tall <= Thin && width > Thin) across.Add(new Across((top + bottom) / 2, left, right));
                else if (width <= Thin && tall > Thin) down.Add(new Down((left + right) / 2, top, bottom));
                else if (width > Thin && tall > Thin)
                {
                    across.Add(new Across(top, left, right));
                    across.Add(new Across(bottom, left, right));
                    down.Add(new Down(left, top, bottom));
                    down.Add(new Down(right, top, bottom));
                }
                if (across.Count + down.Count > MaxRules) return new Rules([], []);
            }
        }
        return new Rules(across, down);
    }

    /// <summary>
    /// The tables the rules draw: sets of horizontal and vertical rules that meet, with at least two columns. Rules
    /// that meet nothing (a line under a heading) are no table.
    /// </summary>
    public List<RuledTable> Tables()
    {
        var n = Across.Count + Down.Count;
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        void Join(int a, int b) => parent[Find(a)] = Find(b);

        for (var h = 0; h < Across.Count; h++)
            for (var v = 0; v < Down.Count; v++)
                if (Across[h].Covers(Down[v].X, Thin) && Down[v].Covers(Across[h].Y, Thin)) Join(h, Across.Count + v);
        // Borders drawn as pieces (one per cell) meet end to end.
        for (var a = 0; a < Across.Count; a++)
            for (var b = a + 1; b < Across.Count; b++)
                if (Math.Abs(Across[a].Y - Across[b].Y) <= 0.5 && Across[a].From <= Across[b].To + Thin && Across[b].From <= Across[a].To + Thin) Join(a, b);

        var tables = new List<RuledTable>();
        foreach (var group in Enumerable.Range(0, n).GroupBy(Find))
        {
            var h = group.Where(i => i < Across.Count).Select(i => Across[i]).ToList();
            var v = group.Where(i => i >= Across.Count).Select(i => Down[i - Across.Count]).ToList();
            if (h.Count < 2 || v.Count < 2) continue;
            var table = new RuledTable(h, v);
            if (table.Columns.Count >= 2) tables.Add(table);
        }
        return [.. tables.OrderBy(t => t.Top)];
    }
}
