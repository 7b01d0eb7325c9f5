using System.Globalization;
using System.Xml.Linq;
using ActionPlans.Documents.Insight;

namespace ActionPlans.Documents.Charts;

/// <summary>
/// Draws an <see cref="InsightFigure"/> as an SVG chart of horizontal stacked bars: a bar per row, a coloured
/// segment per series, a legend, and a value axis.
/// </summary>
/// <remarks>
/// Drawn like <see cref="DeliveryChart"/>: presentation attributes only (the Content-Security-Policy forbids inline
/// styles), no script, <c>role="img"</c> with a title and a description that gives every figure as text.
/// </remarks>
public static class BarChart
{
    // GOV.UK colours in an order that keeps neighbouring segments apart; the first four suit ratings best to worst.
    public static readonly IReadOnlyList<string> Colours = ["#00703c", "#1d70b8", "#f47738", "#d4351c", "#4c2c92", "#28a197", "#f499be", "#505a5f", "#b58840", "#85994b"];

    private const string Grey = "#505a5f";
    private const string Black = "#0b0c0c";
    private const string Font = "GDS Transport, arial, sans-serif";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const int LabelWidth = 220, PlotWidth = 420, Right = 24, Top = 16, BarHeight = 18, BarGap = 8, AxisHeight = 28, LegendLine = 20;
    private const int LabelCharacters = 34;

    /// <param name="id">Prefix for the element ids, unique on the page, that tie the title and description to the image.</param>
    public static string Render(InsightFigure figure, string id) => Draw(figure, id).ToString(SaveOptions.DisableFormatting);

    private static XElement Draw(InsightFigure figure, string id)
    {
        var width = LabelWidth + PlotWidth + Right;
        var legendTop = Top;
        var plotTop = legendTop + LegendLine * LegendRows(figure) + 8;
        var plotHeight = Math.Max(1, figure.Rows.Count) * (BarHeight + BarGap);
        var height = plotTop + plotHeight + AxisHeight;
        var scale = Scale.For(figure.Rows.Select(r => r.Total).DefaultIfEmpty(0).Max());

        return new XElement(Svg + "svg",
            new XAttribute("width", width), new XAttribute("height", height),
            new XAttribute("viewBox", $"0 0 {width} {height}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("font-family", Font), new XAttribute("font-size", 12),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), figure.Title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), Description(figure)),
            Legend(figure, legendTop),
            ValueAxis(scale, plotTop, plotHeight),
            Bars(figure, scale, plotTop));
    }

    /// <summary>The text alternative: what the chart shows, then each bar's figures.</summary>
    public static string Description(InsightFigure figure)
    {
        if (figure.Rows.Count == 0) return $"{figure.Title}: nothing to count for the filters chosen.";
        var rows = figure.Rows.Select(r => $"{r.Label}: " + string.Join(", ", figure.Series.Select((s, i) => $"{Number(r.Values[i])} {s}")));
        return $"{figure.Title}. " + string.Join("; ", rows) + ".";
    }

    private static int LegendRows(InsightFigure figure) => (figure.Series.Count + 2) / 3;

    private static XElement Legend(InsightFigure figure, int top)
    {
        var legend = new XElement(Svg + "g", new XAttribute("class", "legend"));
        for (var i = 0; i < figure.Series.Count; i++)
        {
            var x = LabelWidth + i % 3 * (PlotWidth / 3);
            var y = top + i / 3 * LegendLine;
            legend.Add(Rect(x, y, 12, 12, Colours[i % Colours.Count]),
                Text(x + 18, y + 10, Shorten(figure.Series[i], 22), "start"));
        }
        return legend;
    }

    private static XElement ValueAxis(Scale scale, int plotTop, int plotHeight)
    {
        var axis = new XElement(Svg + "g", new XAttribute("class", "value-axis"));
        var baseline = plotTop + plotHeight;
        for (var value = 0m; value <= scale.Max; value += scale.Step)
        {
            var x = LabelWidth + scale.Length(value, PlotWidth);
            axis.Add(Line(x, plotTop, x, baseline, value == 0 ? Grey : "#b1b4b6"), Text(x, baseline + 16, Number(value), "middle"));
        }
        return axis;
    }

    private static XElement Bars(InsightFigure figure, Scale scale, int plotTop)
    {
        var bars = new XElement(Svg + "g", new XAttribute("class", "bars"));
        for (var row = 0; row < figure.Rows.Count; row++)
        {
            var r = figure.Rows[row];
            var y = plotTop + row * (BarHeight + BarGap) + BarGap / 2;
            bars.Add(Text(LabelWidth - 8, y + BarHeight - 5, Shorten(r.Label, LabelCharacters), "end"));
            var x = LabelWidth;
            for (var s = 0; s < figure.Series.Count; s++)
            {
                var length = scale.Length(r.Values[s], PlotWidth);
                if (length == 0) continue;
                var segment = Rect(x, y, length, BarHeight, Colours[s % Colours.Count]);
                segment.Add(new XElement(Svg + "title", $"{r.Label}: {Number(r.Values[s])} {figure.Series[s]}"));
                bars.Add(segment);
                x += length;
            }
        }
        return bars;
    }

    private static string Shorten(string text, int characters) => text.Length <= characters ? text : text[..(characters - 1)] + "…";

    private static string Number(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static XElement Rect(int x, int y, int width, int height, string colour) =>
        new(Svg + "rect", new XAttribute("x", x), new XAttribute("y", y), new XAttribute("width", width), new XAttribute("height", height), new XAttribute("fill", colour));

    private static XElement Text(int x, int y, string text, string anchor) =>
        new(Svg + "text", new XAttribute("x", x), new XAttribute("y", y), new XAttribute("text-anchor", anchor), new XAttribute("fill", Black), text);

    private static XElement Line(int x1, int y1, int x2, int y2, string colour) =>
        new(Svg + "line", new XAttribute("x1", x1), new XAttribute("y1", y1), new XAttribute("x2", x2), new XAttribute("y2", y2),
            new XAttribute("stroke", colour), new XAttribute("stroke-width", 1));

    /// <summary>The value axis: about five round steps reaching at least the longest bar.</summary>
    public sealed record Scale(decimal Step, decimal Max)
    {
        public static Scale For(decimal largest)
        {
            var raw = largest <= 0 ? 1 : largest / 5;
            var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)raw)));
            // Counts and days are whole numbers, so a step is never less than one.
            var step = Math.Max(1, new[] { 1m, 2m, 5m, 10m }.Select(m => m * magnitude).First(s => s >= raw));
            return new Scale(step, Math.Max(step, Math.Ceiling(largest / step) * step));
        }

        public int Length(decimal value, int plotWidth) => (int)Math.Round(value / Max * plotWidth);
    }
}
