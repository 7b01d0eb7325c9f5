using ActionPlans.Documents.Reports;
using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.Reports;

/// <summary>Whatever part of a report is lost, the reader reads it or names a line; it never fails another way.</summary>
public class DamagedReportTests
{
    private static readonly InspectionReportReader Reader = new();

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Any_single_line_removed_is_read_or_refused_with_a_line(Copy copy)
    {
        var lines = LayoutReport.Lines(copy);
        for (var i = 0; i < lines.Count; i++)
            ReadOrRefuse(LayoutReport.Join(lines.Where((_, at) => at != i)), i + 1);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void The_report_cut_short_anywhere_is_read_or_refused_with_a_line(Copy copy)
    {
        var lines = LayoutReport.Lines(copy);
        for (var keep = 0; keep <= lines.Count; keep++)
            ReadOrRefuse(LayoutReport.Join(lines.Take(keep)), keep);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void Removing_a_rated_line_of_the_ratings_page_is_refused(Copy copy)
    {
        var lines = LayoutReport.Lines(copy);
        lines.Remove("Overall rating");
        var error = Assert.Throws<ReportFormatException>(() => Reader.Read(LayoutReport.Join(lines)));
        Assert.Contains("overall rating", error.Message);
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void A_standard_rated_twice_is_refused_at_the_second(Copy copy)
    {
        var lines = LayoutReport.Lines(copy);
        var at = lines.IndexOf("2.2 Planning");
        lines[at] = "2.1 Assessment";
        var error = Assert.Throws<ReportFormatException>(() => Reader.Read(LayoutReport.Join(lines)));
        Assert.Equal(at + 1, error.Line);
    }

    private static void ReadOrRefuse(string text, int where)
    {
        try
        {
            Reader.Read(text);
        }
        catch (ReportFormatException refused)
        {
            Assert.True(refused.Line >= 1 && refused.Line <= Math.Max(1, text.Split('\n').Length), $"Damage at line {where}: {refused.Message}");
        }
        catch (Exception other)
        {
            Assert.Fail($"Damage at line {where} gave {other.GetType().Name}: {other.Message}");
        }
    }
}
