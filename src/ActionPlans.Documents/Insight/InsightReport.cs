using System.Globalization;
using ActionPlans.Documents.Charts;

namespace ActionPlans.Documents.Insight;

/// <summary>
/// The insight report: the national figures for the filters chosen, section by section, each figure as a chart and its
/// table; the kind of annex an annual report carries. Written as Word (<see cref="WordInsightReportWriter"/>) and PDF
/// (<see cref="PdfInsightReportWriter"/>) from this model alone.
/// </summary>
/// <param name="Scope">The filters in words, for the title page (for example "reports published from 1 January 2019 …").</param>
public sealed record InsightReport(string Scope, DateOnly Made, IReadOnlyList<InsightReportSection> Sections)
{
    public const string Title = "National insight: inspections and action plans";

    /// <summary>The title page's lines after the title.</summary>
    public IReadOnlyList<string> Particulars =>
    [
        $"Counting {Scope}.",
        $"Made on {Made.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} from the published inspection reports and action plans the service holds. Drafts are never counted.",
        "Each figure is drawn as a chart of bars, one bar for each row of its table in the same order, with the table of its figures beneath it.",
    ];

    public const string NothingToCount = "Nothing to count for the filters chosen.";

    /// <summary>A figure's table headings, each column after the first with the colour of its bars.</summary>
    public static IReadOnlyList<string> Headings(InsightFigure figure) =>
        [figure.Columns[0], .. figure.Series.Select((s, i) => $"{s} ({BarChartPng.ColourName(i)})")];

    public static IEnumerable<string[]> Cells(InsightFigure figure) =>
        figure.Rows.Select(r => (string[])[r.Label, .. r.Values.Select(v => v.ToString("0.#", CultureInfo.InvariantCulture))]);
}

/// <summary>One section of the report: its heading, what it counts, and its figures.</summary>
public sealed record InsightReportSection(string Title, string Summary, IReadOnlyList<InsightFigure> Figures);
