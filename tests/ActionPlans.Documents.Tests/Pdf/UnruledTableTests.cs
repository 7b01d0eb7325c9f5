using ActionPlans.Documents.Pdf;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ActionPlans.Documents.Tests.Pdf;

/// <summary>A plan table set out in columns with no rules at all, its words placed one line at a time.</summary>
public sealed class UnruledTableTests
{
    /// <summary>Where each column's text starts on a landscape page, in points from the left.</summary>
    private static readonly double[] Columns = [40, 90, 300, 370, 540, 660];

    /// <summary>A landscape page of lines 12 points apart from the top, each line's cells starting at their columns.</summary>
    private static byte[] Page(params string[][] lines)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(842, 595);
        for (var i = 0; i < lines.Length; i++)
            for (var c = 0; c < lines[i].Length; c++)
                if (lines[i][c].Length > 0) page.AddText(lines[i][c], 10, new PdfPoint(Columns[c], 595 - 100 - 12 * i), font);
        return builder.Build();
    }

    [Fact]
    public void Its_rows_are_read_from_the_heading_rows_columns_until_the_text_goes_back_to_the_pages_width()
    {
        var pdf = Page(
            ["Rec No", "Recommendation", "Agreed", "Response and actions", "Owner", "Target date"],
            ["1", "Publish guidance for companies on", "Agreed", "Write the guidance with the", "Head of Partnerships", "January 2026"],
            ["", "sharing information with housing", "", "housing providers' association."],
            ["", "providers."],
            ["HM Prison and Probation Service should:"],
            ["2", "Share records with the probation", "Partly agreed", "Agree a way to share records", "Head of Digital", "March 2026"],
            ["", "service.", "", "with each partner."],
            ["The company will report on each of these actions to its board every quarter until all of them are done, and publish what it reports."]);

        Assert.Equal(
        [
            "Rec No\tRecommendation\tAgreed\tResponse and actions\tOwner\tTarget date",
            "1\tPublish guidance for companies on sharing information with housing providers.\tAgreed\tWrite the guidance with the housing providers' association.\tHead of Partnerships\tJanuary 2026",
            "HM Prison and Probation Service should:\t\t\t\t\t",
            "2\tShare records with the probation service.\tPartly agreed\tAgree a way to share records with each partner.\tHead of Digital\tMarch 2026",
            "The company will report on each of these actions to its board every quarter until all of them are done, and publish what it reports.",
        ], PdfText.Read(pdf).Text.TrimEnd('\n').Split('\n'));
    }
}
