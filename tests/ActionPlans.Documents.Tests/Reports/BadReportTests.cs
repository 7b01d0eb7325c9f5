using ActionPlans.Documents.Reports;

namespace ActionPlans.Documents.Tests.Reports;

/// <summary>Seed 003 spoilt in one place at a time: the reader must name the line, not crash.</summary>
public class BadReportTests
{
    private static readonly InspectionReportReader Reader = new();

    [SkippableFact]
    public void A_report_without_its_ratings_page_is_refused_at_the_line_where_it_should_have_been()
    {
        var lines = NorthumbriaReport.Lines;
        var page = lines.IndexOf("Ratings");
        var summary = lines.IndexOf("Executive summary");
        lines.RemoveRange(page, summary - page);

        var error = Assert.Throws<ReportFormatException>(() => Reader.Read(NorthumbriaReport.Join(lines)));
        Assert.Equal(NorthumbriaReport.LineOf(lines, l => l == "Executive summary"), error.Line);
        Assert.Contains("ratings page", error.Message);
        Assert.StartsWith($"Line {error.Line}:", error.Message);
    }

    [SkippableFact]
    public void A_key_question_figure_over_a_hundred_percent_is_refused_at_its_line()
    {
        var text = NorthumbriaReport.Text.Replace("\t48% ⁴⁴\t", "\t150% ⁴⁴\t");
        Assert.NotEqual(NorthumbriaReport.Text, text);

        var error = Assert.Throws<ReportFormatException>(() => Reader.Read(text));
        Assert.Equal(NorthumbriaReport.LineOf(NorthumbriaReport.Lines, l => l.Contains("\t48% ⁴⁴\t")), error.Line);
        Assert.Contains("150%", error.Message);
    }

    [SkippableFact]
    public void An_annex_four_prompt_over_a_hundred_percent_is_refused_at_its_line()
    {
        var lines = NorthumbriaReport.Lines;
        var at = lines.FindLastIndex(l => l.EndsWith("\t35%", StringComparison.Ordinal));
        lines[at] = lines[at].Replace("\t35%", "\t135%");

        var error = Assert.Throws<ReportFormatException>(() => Reader.Read(NorthumbriaReport.Join(lines)));
        Assert.Equal(at + 1, error.Line);
    }

    [SkippableFact]
    public void A_ratings_page_missing_a_standard_is_refused_naming_the_standard_and_the_page()
    {
        var lines = NorthumbriaReport.Lines;
        var standard = lines.IndexOf("2.3 Implementation and delivery");
        var rating = lines.FindIndex(standard + 1, l => l.Trim().Length > 0);
        lines.RemoveRange(standard, rating - standard + 1);

        var error = Assert.Throws<ReportFormatException>(() => Reader.Read(NorthumbriaReport.Join(lines)));
        Assert.Contains("2.3 Implementation and delivery", error.Message);
        Assert.Equal(NorthumbriaReport.LineOf(lines, l => l == "Ratings"), error.Line);
    }

    [SkippableFact]
    public void A_ratings_page_without_a_score_is_refused()
    {
        var text = NorthumbriaReport.Text.Replace("\n15/30\n", "\nfifteen\n");
        var error = Assert.Throws<ReportFormatException>(() => Reader.Read(text));
        Assert.Contains("score", error.Message);
    }

    [SkippableFact]
    public void A_rating_word_that_is_no_rating_is_refused_at_its_line()
    {
        var lines = NorthumbriaReport.Lines;
        var at = lines.IndexOf("2.2 Planning") + 2;
        lines[at] = "Adequate";

        var error = Assert.Throws<ReportFormatException>(() => Reader.Read(NorthumbriaReport.Join(lines)));
        Assert.Equal(at + 1, error.Line);
    }

    [SkippableFact]
    public void A_stated_rating_the_rules_cannot_reach_is_read_with_a_warning_at_the_standard()
    {
        var lines = NorthumbriaReport.Lines;
        var onPage = lines.IndexOf("2.1 Assessment") + 2;
        lines[onPage] = "Good";

        var report = Reader.Read(NorthumbriaReport.Join(lines));
        var assessment = report.Standards.Single(s => s.Id == "2.1");
        Assert.Equal(Core.Ratings.Rating.Good, assessment.Rating);
        Assert.True(assessment.Discretion);
        var chapter = NorthumbriaReport.LineOf(lines, l => l.StartsWith("2.1. Assessment\t", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Line == chapter && w.Message.Contains("58%"));
        Assert.Contains(report.Warnings, w => w.Message.Contains("add up to 16"));
    }

    [Fact]
    public void Text_that_is_no_report_at_all_is_refused_rather_than_crashing()
    {
        var error = Assert.Throws<ReportFormatException>(() => Reader.Read("Recommendation\tResponse\n1\tAgreed"));
        Assert.Equal(2, error.Line);
    }
}
