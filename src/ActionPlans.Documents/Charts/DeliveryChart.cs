using System.Xml.Linq;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Vocabulary;

namespace ActionPlans.Documents.Charts;

/// <summary>
/// Draws a <see cref="DeliverySeries"/> as an SVG bar chart: for each month a blue bar for the actions
/// planned and a green bar for those completed, with axes, month labels and a legend.
/// </summary>
/// <remarks>
/// The site's Content-Security-Policy forbids inline styles and scripts, so the chart is drawn with
/// presentation attributes only and carries no script. It is an image to assistive technology
/// (<c>role="img"</c>) whose <c>title</c> and <c>desc</c> give every figure as text. The document is
/// built with System.Xml.Linq, which escapes all text it writes.
/// </remarks>
public static class DeliveryChart
{
    // GOV.UK colours: blue and green tell the series apart; grey for the axes.
    private const string Blue = "#1d70b8";
    private const string Green = "#00703c";
    private const string Grey = "#505a5f";
    private const string Black = "#0b0c0c";
    private const string Font = "GDS Transport, arial, sans-serif";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const int Left = 48, Right = 16, Top = 48, Bottom = 64, PlotHeight = 200;
    private const int BarWidth = 16, BarGap = 2, MonthWidth = 2 * BarWidth + BarGap + 14;

    /// <param name="id">Prefix for the element ids, unique on the page, that tie the title and description to the image.</param>
    public static string Render(DeliverySeries series, string title, string id = "delivery-chart")
    {
        var width = Math.Max(480, Left + series.Months.Count * MonthWidth + Right);
        var height = Top + PlotHeight + Bottom;
        var scale = Scale.For(series.Months.Select(m => Math.Max(m.Planned, m.Completed)).DefaultIfEmpty(0).Max());

        var svg = new XElement(Svg + "svg",
            new XAttribute("width", width), new XAttribute("height", height),
            new XAttribute("viewBox", $"0 0 {width} {height}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("font-family", Font), new XAttribute("font-size", 12),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), Description(series)),
            Legend(series.IsCumulative),
            ValueAxis(scale, width),
            MonthAxis(series, scale, width));
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The text alternative: what the chart shows, the totals, then each month's figures.</summary>
    public static string Description(DeliverySeries series)
    {
        var kind = series.IsCumulative ? "Running totals of actions" : "Actions";
        var range = series.Months.Count == 0 ? "no months" : $"{series.Months[0].Month} to {series.Months[^1].Month}";
        var months = string.Join("; ", series.Months.Select(m => $"{m.Month}: {m.Planned} planned, {m.Completed} completed"));
        return $"{kind} planned and completed by month, {range}, as at {DateWords.Day(series.AsAt)}. "
            + $"In all {series.TotalPlanned} planned and {series.TotalCompleted} completed."
            + (months.Length == 0 ? "" : $" {months}.");
    }

    private static XElement Legend(bool cumulative) =>
        new(Svg + "g", new XAttribute("class", "legend"),
            Key(Left, Blue, cumulative ? "Planned (running total)" : "Planned (due)"),
            Key(Left + 180, Green, cumulative ? "Completed (running total)" : "Completed"));

    private static IEnumerable<XElement> Key(int x, string colour, string label) =>
    [
        new(Svg + "rect", new XAttribute("x", x), new XAttribute("y", 16), new XAttribute("width", 12), new XAttribute("height", 12), new XAttribute("fill", colour)),
        new(Svg + "text", new XAttribute("x", x + 18), new XAttribute("y", 26), new XAttribute("fill", Black), label),
    ];

    private static XElement ValueAxis(Scale scale, int width)
    {
        var axis = new XElement(Svg + "g", new XAttribute("class", "value-axis"));
        for (var value = 0; value <= scale.Max; value += scale.Step)
        {
            var y = Top + PlotHeight - scale.Height(value, PlotHeight);
            axis.Add(Line(Left, y, width - Right, y, value == 0 ? Grey : "#b1b4b6"),
                new XElement(Svg + "text", new XAttribute("x", Left - 6), new XAttribute("y", y + 4),
                    new XAttribute("text-anchor", "end"), new XAttribute("fill", Black), value));
        }
        axis.Add(Line(Left, Top, Left, Top + PlotHeight, Grey));
        return axis;
    }

    private static XElement MonthAxis(DeliverySeries series, Scale scale, int width)
    {
        var axis = new XElement(Svg + "g", new XAttribute("class", "months"));
        var baseline = Top + PlotHeight;
        for (var i = 0; i < series.Months.Count; i++)
        {
            var month = series.Months[i];
            var x = Left + i * MonthWidth + (MonthWidth - 2 * BarWidth - BarGap) / 2;
            axis.Add(Bar("planned", x, month.Planned, scale, Blue, $"{month.Month}: {month.Planned} planned"),
                Bar("completed", x + BarWidth + BarGap, month.Completed, scale, Green, $"{month.Month}: {month.Completed} completed"));
            var labelX = x + BarWidth;
            axis.Add(new XElement(Svg + "text", new XAttribute("class", "month"),
                new XAttribute("x", labelX), new XAttribute("y", baseline + 16), new XAttribute("text-anchor", "end"),
                new XAttribute("transform", $"rotate(-45 {labelX} {baseline + 16})"), new XAttribute("fill", Black),
                month.Month.ToString()));
        }
        axis.Add(Line(Left, baseline, width - Right, baseline, Grey));
        return axis;
    }

    private static XElement Bar(string kind, int x, int value, Scale scale, string colour, string tooltip)
    {
        var height = scale.Height(value, PlotHeight);
        return new XElement(Svg + "rect", new XAttribute("class", kind),
            new XAttribute("x", x), new XAttribute("y", Top + PlotHeight - height),
            new XAttribute("width", BarWidth), new XAttribute("height", height), new XAttribute("fill", colour),
            new XElement(Svg + "title", tooltip));
    }

    private static XElement Line(int x1, int y1, int x2, int y2, string colour) =>
        new(Svg + "line", new XAttribute("x1", x1), new XAttribute("y1", y1), new XAttribute("x2", x2), new XAttribute("y2", y2),
            new XAttribute("stroke", colour), new XAttribute("stroke-width", 1));

    /// <summary>The value axis: whole-number steps, about five of them, reaching at least the largest figure.</summary>
    private sealed record Scale(int Step, int Max)
    {
        public static Scale For(int largest)
        {
            var step = Math.Max(1, (int)Math.Ceiling(largest / 5.0));
            return new Scale(step, Math.Max(step, (int)Math.Ceiling((double)largest / step) * step));
        }

        public int Height(int value, int plotHeight) => (int)Math.Round((double)value / Max * plotHeight);
    }
}
