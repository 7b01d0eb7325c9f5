namespace ActionPlans.Documents.Insight;

/// <summary>
/// One figure of the national insight: a table of counts and the bar chart drawn from it. The page, the CSV
/// download, the open data and the Word and PDF report all take their numbers from the same table.
/// </summary>
/// <param name="Key">Names the figure within its section, in its CSV's address (for example "by-standard").</param>
/// <param name="Columns">The table's headings: the first names the rows, the others the series counted.</param>
/// <param name="Rows">Each row's label, then its figures in the order of the columns after the first.</param>
public sealed record InsightFigure(string Key, string Title, IReadOnlyList<string> Columns, IReadOnlyList<FigureRow> Rows)
{
    /// <summary>The columns after the first, which the chart draws as segments of each bar.</summary>
    public IReadOnlyList<string> Series => [.. Columns.Skip(1)];
}

/// <summary>A row of an <see cref="InsightFigure"/>: what it counts, and its figures.</summary>
public sealed record FigureRow(string Label, IReadOnlyList<decimal> Values)
{
    public decimal Total => Values.Sum();
}
