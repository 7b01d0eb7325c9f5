using System.Xml.Linq;
using ActionPlans.Documents.Charts;
using ActionPlans.Documents.Insight;

namespace ActionPlans.Documents.Tests.Charts;

public class BarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly InsightFigure Figure = new("by-year", "Answers by year", ["Year", "Agreed", "Not agreed"],
    [
        new FigureRow("2019", [6, 2]),
        new FigureRow("2020", [3, 0]),
        new FigureRow("<b>2021</b>", [0, 4]),
    ]);

    private static XElement Drawn() => XDocument.Parse(BarChart.Render(Figure, "answers")).Root!;

    [Fact]
    public void The_chart_is_an_image_named_by_its_title_and_described_with_every_figure()
    {
        var svg = Drawn();
        Assert.Equal("img", svg.Attribute("role")!.Value);
        Assert.Equal("answers-title answers-desc", svg.Attribute("aria-labelledby")!.Value);
        Assert.Equal("Answers by year", svg.Element(Svg + "title")!.Value);
        var description = svg.Element(Svg + "desc")!.Value;
        Assert.Contains("2019: 6 Agreed, 2 Not agreed", description);
        Assert.Contains("2020: 3 Agreed, 0 Not agreed", description);
        Assert.Contains("<b>2021</b>: 0 Agreed, 4 Not agreed", description);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "b");
    }

    [Fact]
    public void Each_bar_has_a_segment_per_figure_above_nought_as_long_as_its_share_of_the_scale()
    {
        var segments = Drawn().Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "bars").Elements(Svg + "rect").ToList();
        Assert.Equal(4, segments.Count);
        var widths = segments.ToDictionary(s => s.Element(Svg + "title")!.Value, s => int.Parse(s.Attribute("width")!.Value));
        // The longest bar is 8, where the axis ends (steps of 2): it fills the plot, 420 wide, and 4 fills half of it.
        Assert.Equal(420, widths["2019: 6 Agreed"] + widths["2019: 2 Not agreed"]);
        Assert.Equal(widths["2019: 6 Agreed"], 3 * widths["2019: 2 Not agreed"]);
        Assert.Equal(210, widths["<b>2021</b>: 4 Not agreed"]);
        Assert.NotEqual(segments[0].Attribute("fill")!.Value, segments[1].Attribute("fill")!.Value);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(3, 1, 3)]
    [InlineData(8, 2, 8)]
    [InlineData(47, 10, 50)]
    [InlineData(1234, 500, 1500)]
    public void The_value_axis_takes_round_whole_steps_to_at_least_the_longest_bar(int longest, int step, int max)
    {
        var scale = BarChart.Scale.For(longest);
        Assert.Equal(step, scale.Step);
        Assert.Equal(max, scale.Max);
    }

    [Fact]
    public void A_figure_with_nothing_to_count_says_so()
    {
        var empty = Figure with { Rows = [] };
        Assert.Contains("nothing to count", BarChart.Description(empty));
    }
}
