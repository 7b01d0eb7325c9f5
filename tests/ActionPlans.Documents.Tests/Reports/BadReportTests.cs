using ActionPlans.Documents.Reports;
using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.Reports;

/// <summary>A report spoilt in one place at a time: the reader must name the line, not crash.</summary>
public class BadReportTests
{
    private static readonly InspectionReportReader Reader = new();

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void A_report_without_its_ratings_page_is_refused_at_the_line_where_it_should_have_been(Copy copy)
    {
        var lines = LayoutReport.Lines(copy);
        var page = lines.IndexOf("Ratings");
        var summary = lines.IndexOf("Executive summary");
        lines.RemoveRange(page, summary - page);

        var error = Assert.Throws<ReportFormatException>(() => Reader.Read(LayoutReport.Join(lines)));
        Assert.Equal(LayoutReport.LineOf(lines, l => l == "Executive summary"), error.Line);
        Assert.Contains("ratings page", error.Message);
        Assert.StartsWith($"Line {error.Line}:", error.Message);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void A_key_question_figure_over_a_hundred_percent_is_refused_at_its_line(Copy copy)
    {
        // The footnoted lowest figure of reviewing.
        var cell = copy == Copy.Own ? "\t47% ¹³\t" : "\t48% ⁴⁴\t";
        var report = LayoutReport.Text(copy);
        var text = report.Replace(cell, "\t150% ⁴⁴\t");
        Assert.NotEqual(report, text);

        var error = Assert.Throws<ReportFormatException>(() => Reader.Read(text));
        Assert.Equal(LayoutReport.LineOf(LayoutReport.Lines(copy), l => l.Contains(cell)), error.Line);
        Assert.Contains("150%", error.Message);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void An_annex_four_prompt_over_a_hundred_percent_is_refused_at_its_line(Copy copy)
    {
        var figure = copy == Copy.Own ? "\t31%" : "\t35%";
        var lines = LayoutReport.Lines(copy);
        var at = lines.FindLastIndex(l => l.EndsWith(figure, StringComparison.Ordinal));
        lines[at] = lines[at].Replace(figure, "\t135%");

        var error = Assert.Throws<ReportFormatException>(() => Reader.Read(LayoutReport.Join(lines)));
        Assert.Equal(at + 1, error.Line);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void A_ratings_page_missing_a_standard_is_refused_naming_the_standard_and_the_page(Copy copy)
    {
        var lines = LayoutReport.Lines(copy);
        var standard = lines.IndexOf("2.3 Implementation and delivery");
        var rating = lines.FindIndex(standard + 1, l => l.Trim().Length > 0);
        lines.RemoveRange(standard, rating - standard + 1);

        var error = Assert.Throws<ReportFormatException>(() => Reader.Read(LayoutReport.Join(lines)));
        Assert.Contains("2.3 Implementation and delivery", error.Message);
        Assert.Equal(LayoutReport.LineOf(lines, l => l == "Ratings"), error.Line);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void A_ratings_page_without_a_score_is_refused(Copy copy)
    {
        var score = copy == Copy.Own ? "\n13/30\n" : "\n15/30\n";
        var report = LayoutReport.Text(copy);
        var text = report.Replace(score, "\nfifteen\n");
        Assert.NotEqual(report, text);

        var error = Assert.Throws<ReportFormatException>(() => Reader.Read(text));
        Assert.Contains("score", error.Message);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void A_rating_word_that_is_no_rating_is_refused_at_its_line(Copy copy)
    {
        var lines = LayoutReport.Lines(copy);
        var at = lines.IndexOf("2.2 Planning") + 2;
        lines[at] = "Adequate";

        var error = Assert.Throws<ReportFormatException>(() => Reader.Read(LayoutReport.Join(lines)));
        Assert.Equal(at + 1, error.Line);
    }

    [SkippableTheory]
    [InlineData(Copy.Own, "57%", 14)]
    [InlineData(Copy.Published, "58%", 16)]
    public void A_stated_rating_the_rules_cannot_reach_is_read_with_a_warning_at_the_standard(Copy copy, string lowest, int score)
    {
        var lines = LayoutReport.Lines(copy);
        var onPage = lines.IndexOf("2.1 Assessment") + 2;
        Assert.Equal("Requires improvement", lines[onPage]);
        lines[onPage] = "Good";

        var report = Reader.Read(LayoutReport.Join(lines));
        var assessment = report.Standards.Single(s => s.Id == "2.1");
        Assert.Equal(Core.Ratings.Rating.Good, assessment.Rating);
        Assert.True(assessment.Discretion);
        var chapter = LayoutReport.LineOf(lines, l => l.StartsWith("2.1. Assessment\t", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Line == chapter && w.Message.Contains(lowest));
        Assert.Contains(report.Warnings, w => w.Message.Contains($"add up to {score}"));
    }

    [Fact]
    public void Text_that_is_no_report_at_all_is_refused_rather_than_crashing()
    {
        var error = Assert.Throws<ReportFormatException>(() => Reader.Read("Recommendation\tResponse\n1\tAgreed"));
        Assert.Equal(2, error.Line);
    }
}
