using System.Xml.Linq;
using ActionPlans.Core.Inspections;
using ActionPlans.Core.Organisations;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.TargetDates;
using ActionPlans.Documents.Charts;

namespace ActionPlans.Documents.Tests.Charts;

public class DeliveryChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DateOnly AsAt = new(2019, 6, 30);

    private readonly DeliverySeries _series;

    // Two actions due in March, one in May; one completed in March, one in April.
    public DeliveryChartTests()
    {
        var provider = new Organisation("Fenmoor and Dales CRC", OrganisationKind.CommunityRehabilitationCompany);
        var inspection = new Inspection(provider, InspectionKind.CrcInspection, new DateOnly(2018, 10, 1), new DateOnly(2019, 1, 10));
        var recommendation = inspection.Recommend(1, "Improve the quality of risk assessments.", provider);
        var plan = new ActionPlan(inspection);
        plan.Submit(new DateOnly(2019, 1, 20));
        plan.Accept();
        var response = plan.ResponseTo(recommendation);
        var actions = new[] { "March 2019", "March 2019", "May 2019" }
            .Select(t => new ActionProgress(plan, response.AddAction("Audit cases.", "Head of quality", TargetDate.Parse(t))))
            .ToList();
        Complete(actions[0], new DateOnly(2019, 3, 10));
        Complete(actions[1], new DateOnly(2019, 4, 20));
        _series = DeliverySeries.PerMonth(actions, new YearMonth(2019, 2), new YearMonth(2019, 6), AsAt);
    }

    private static void Complete(ActionProgress action, DateOnly on) =>
        action.Record(new UpdateContent(on, DeliveryStatus.Completed, "Done.", "owner@demo.test", on), on);

    private static XElement Parse(string svg) => XDocument.Parse(svg).Root!;

    private static List<XElement> Bars(XElement svg, string kind) =>
        svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == kind).ToList();

    [Fact]
    public void Each_month_has_a_blue_planned_bar_and_a_green_completed_bar()
    {
        var svg = Parse(DeliveryChart.Render(_series, "Delivery of actions"));

        var planned = Bars(svg, "planned");
        var completed = Bars(svg, "completed");
        Assert.Equal(5, planned.Count);
        Assert.Equal(5, completed.Count);
        Assert.All(planned, b => Assert.Equal("#1d70b8", (string?)b.Attribute("fill")));
        Assert.All(completed, b => Assert.Equal("#00703c", (string?)b.Attribute("fill")));
        Assert.Equal("Mar 2019: 2 planned", planned[1].Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Bars_are_as_tall_as_their_figures()
    {
        var heights = Bars(Parse(DeliveryChart.Render(_series, "Delivery")), "planned").Select(b => (int)b.Attribute("height")!).ToList();

        Assert.Equal(0, heights[0]);
        Assert.True(heights[1] > 0);
        Assert.Equal(heights[1], 2 * heights[3]);
    }

    [Fact]
    public void The_months_are_labelled_in_order()
    {
        var labels = Parse(DeliveryChart.Render(_series, "Delivery")).Descendants(Svg + "text")
            .Where(t => (string?)t.Attribute("class") == "month").Select(t => t.Value);

        Assert.Equal(["Feb 2019", "Mar 2019", "Apr 2019", "May 2019", "Jun 2019"], labels);
    }

    [Fact]
    public void The_value_axis_is_labelled_from_zero_to_the_largest_figure()
    {
        var values = Parse(DeliveryChart.Render(_series, "Delivery")).Descendants(Svg + "g")
            .Single(g => (string?)g.Attribute("class") == "value-axis").Elements(Svg + "text").Select(t => t.Value);

        Assert.Equal(["0", "1", "2"], values);
    }

    [Fact]
    public void The_legend_names_both_series()
    {
        var legend = Parse(DeliveryChart.Render(_series, "Delivery")).Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");

        Assert.Equal(["Planned (due)", "Completed"], legend.Elements(Svg + "text").Select(t => t.Value));
        Assert.Equal(["#1d70b8", "#00703c"], legend.Elements(Svg + "rect").Select(r => (string?)r.Attribute("fill")));
    }

    [Fact]
    public void The_chart_is_an_image_described_by_its_title_and_a_text_alternative()
    {
        var svg = Parse(DeliveryChart.Render(_series, "Delivery of actions", id: "fenmoor"));

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("fenmoor-title fenmoor-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("Delivery of actions", svg.Elements(Svg + "title").Single(t => (string?)t.Attribute("id") == "fenmoor-title").Value);
        Assert.Equal(
            "Actions planned and completed by month, Feb 2019 to Jun 2019, as at 30 June 2019. In all 3 planned and 2 completed. "
            + "Feb 2019: 0 planned, 0 completed; Mar 2019: 2 planned, 1 completed; Apr 2019: 0 planned, 1 completed; "
            + "May 2019: 1 planned, 0 completed; Jun 2019: 0 planned, 0 completed.",
            svg.Elements(Svg + "desc").Single(d => (string?)d.Attribute("id") == "fenmoor-desc").Value);
    }

    [Fact]
    public void A_cumulative_series_is_drawn_and_described_as_running_totals()
    {
        var svg = Parse(DeliveryChart.Render(_series.Cumulative(), "Delivery"));

        Assert.Equal([0, 2, 2, 3, 3], Bars(svg, "planned").Select(b => b.Element(Svg + "title")!.Value.Split(' ')[2]).Select(int.Parse));
        Assert.StartsWith("Running totals of actions planned and completed by month", svg.Element(Svg + "desc")!.Value);
        Assert.Contains("In all 3 planned and 2 completed.", svg.Element(Svg + "desc")!.Value);
        Assert.Contains("Planned (running total)", svg.Descendants(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void Text_is_escaped()
    {
        var raw = DeliveryChart.Render(_series, "Fenmoor & Dales <script>alert(1)</script>");

        Assert.DoesNotContain("<script", raw);
        Assert.Contains("Fenmoor &amp; Dales &lt;script&gt;", raw);
        Assert.Equal("Fenmoor & Dales <script>alert(1)</script>", Parse(raw).Element(Svg + "title")!.Value);
    }

    [Fact]
    public void The_chart_has_no_inline_style_and_no_script()
    {
        var svg = Parse(DeliveryChart.Render(_series, "Delivery"));
        var everything = svg.DescendantsAndSelf().ToList();

        Assert.DoesNotContain(everything.Attributes(), a => a.Name.LocalName == "style" || a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotContain(everything, e => e.Name.LocalName is "script" or "style" or "foreignObject");
    }
}
