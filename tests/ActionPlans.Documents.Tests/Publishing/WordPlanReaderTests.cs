using System.IO.Compression;
using ActionPlans.Core.Plans;
using ActionPlans.Documents.Plans;
using ActionPlans.Documents.Publishing;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.Publishing;

public class WordPlanReaderTests
{
    private static PlanReading ReadBack(PublishedPlan plan) => WordPlanReader.Read(new MemoryStream(WordPlanWriter.Write(plan)));

    [SkippableTheory]
    [MemberData(nameof(Layouts.EachPlan), MemberType = typeof(Layouts))]
    public void Plans_read_back_from_Word_as_they_were_read_from_text(Copy copy, int layout)
    {
        var fromText = PlanReader.Read(Layouts.Read(Layouts.Plan(copy, layout)));
        var fromWord = ReadBack(PublishedPlan.From(fromText));

        Assert.Equal((fromText.Provider, fromText.Submitted, fromText.ReportPublished), (fromWord.Provider, fromWord.Submitted, fromWord.ReportPublished));
        Assert.Equal(fromText.Summary, fromWord.Summary);
        Assert.Equal(fromText.Recommendations.Count, fromWord.Recommendations.Count);
        foreach (var (text, word) in fromText.Recommendations.Zip(fromWord.Recommendations))
        {
            Assert.Equal((text.Number, text.Text, text.Addressee, text.Repeated, text.Response), (word.Number, word.Text, word.Addressee, word.Repeated, word.Response));
            Assert.Equal(text.ResponseText, word.ResponseText);
            Assert.Equal(
                text.Actions.Select(a => (a.Text, a.Owner, a.Target, a.Due, a.Label)),
                word.Actions.Select(a => (a.Text, a.Owner, a.Target, a.Due, a.Label)));
        }
        Assert.Equal(new StatedSummary(fromText.Summary.Agreed, fromText.Summary.PartlyAgreed, fromText.Summary.NotAgreed, fromText.Summary.Total), fromWord.StatedSummary! with { Line = 0 });
    }

    /// <summary>The service keeps no labels, so its Word export has numbered headings over unlabelled actions, and bulleted sub-items within them.</summary>
    [SkippableTheory]
    [MemberData(nameof(Layouts.EachPlan), MemberType = typeof(Layouts))]
    public void Plans_exported_without_labels_read_back_with_the_same_actions_and_narrative(Copy copy, int layout)
    {
        var fromText = PlanReader.Read(Layouts.Read(Layouts.Plan(copy, layout)));
        var unlabelled = PublishedPlan.From(fromText);
        unlabelled = unlabelled with { Recommendations = [.. unlabelled.Recommendations.Select(r => r with { Actions = [.. r.Actions.Select(a => a with { Label = null })] })] };

        var fromWord = ReadBack(unlabelled);

        Assert.Equal(fromText.Recommendations.Select(r => r.ResponseText), fromWord.Recommendations.Select(r => r.ResponseText));
        Assert.Equal(
            fromText.Recommendations.SelectMany(r => r.Actions.Select(a => (r.Number, a.Text, a.Owner, a.Target, (string?)null))),
            fromWord.Recommendations.SelectMany(r => r.Actions.Select(a => (r.Number, a.Text, a.Owner, a.Target, a.Label))));
    }

    [Fact]
    public void Reasons_labels_and_addressees_of_a_service_plan_read_back()
    {
        var reading = ReadBack(UnusualPlans.Ordinary);

        Assert.Equal(["Fenmoor and Dales CRC", "Her Majesty's Prison and Probation Service", "Her Majesty's Prison and Probation Service"], reading.Recommendations.Select(r => r.Addressee));
        Assert.Equal([false, true, false], reading.Recommendations.Select(r => r.Repeated));
        var partly = reading.Recommendations[1];
        Assert.Equal("The upgrade is agreed; the new system is not.\nReasons: Affordability: the national contract cannot be changed.", partly.ResponseText);
        var audit = reading.Recommendations[0].Actions[1];
        Assert.Equal(("b)", "Audit ten cases a month.\n• Report the findings to the board", "Quality Lead"), (audit.Label, audit.Text, audit.Owner));
        Assert.Equal(new DateOnly(2026, 4, 30), audit.Due);
        Assert.True(partly.Actions.Single().Completed);
        Assert.Empty(reading.Recommendations[2].Actions);
        Assert.Empty(reading.Warnings);
    }

    [Fact]
    public void Awkward_text_reads_back_without_what_XML_forbids()
    {
        var reading = ReadBack(UnusualPlans.Awkward);

        Assert.Equal(UnusualPlans.Script, reading.Provider);
        Assert.Equal(UnusualPlans.Script + "\n" + UnusualPlans.Hebrew, reading.Recommendations[0].Text);
        Assert.Equal(UnusualPlans.Arabic + "\nbell null escape form lone end", reading.Recommendations[0].ResponseText);
        Assert.Equal([UnusualPlans.Emoji, UnusualPlans.LongWord], reading.Recommendations[0].Actions.Select(a => a.Text));
        Assert.Equal(UnusualPlans.Hebrew, reading.Recommendations[0].Actions[0].Owner);
        Assert.Contains(reading.Warnings, w => w.Message == "Recommendation 2 has no response (Agreed, Partly Agreed or Not Agreed).");
    }

    [Fact]
    public void A_hand_made_table_in_the_same_columns_reads_like_ours()
    {
        var reading = WordPlanReader.Read(HandMade(
            ["Rec No.", "Recommendation", "Response", "Action taken / planned", "Owner", "Target date"],
            ["1", "Supervise cases well.", "agreed", "a) Write a new policy", "Head of Practice", "March 2027"],
            ["", "", "", "b) Brief every team", "Area Managers", "Completed"],
            ["The Ministry of Justice should:"],
            ["2", "Review the contracts.", "Not agreed", "The contracts end next year.", "", ""]));

        Assert.Equal("Westfield CRC", reading.Provider);
        Assert.Equal(new DateOnly(2027, 1, 15), reading.Submitted);
        var (first, second) = (reading.Recommendations[0], reading.Recommendations[1]);
        Assert.Equal((1, "Supervise cases well.", "Westfield CRC", ResponseKind.Agreed), (first.Number, first.Text, first.Addressee, first.Response));
        Assert.Equal(
            [("a)", "Write a new policy", "Head of Practice", "March 2027", 2), ("b)", "Brief every team", "Area Managers", "Completed", 3)],
            first.Actions.Select(a => (a.Label, a.Text, a.Owner, a.Target, a.Line)));
        Assert.Equal((2, "The Ministry of Justice", ResponseKind.NotAgreed, "The contracts end next year."), (second.Number, second.Addressee, second.Response, second.ResponseText));
        Assert.Empty(second.Actions);
        Assert.Equal(new ResponseSummary(1, 0, 1), reading.Summary);
    }

    [Fact]
    public void Rows_inside_content_controls_are_read_and_a_summary_that_disagrees_is_warned_of()
    {
        var docx = HandMade(
            ["Rec No", "Recommendation", "Response", "Action", "Owner", "Target Date"],
            ["1", "Supervise cases well.", "Agreed", "Write a policy", "Head of Practice", "March 2027"],
            ["2", "Review the contracts.", "Agreed", "Review them", "Contract Manager", "May 2027"]);
        using (var document = WordprocessingDocument.Open(docx, true))
        {
            var row = document.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().ElementAt(2);
            row.InsertBeforeSelf(new SdtRow(new SdtContentRow(row.CloneNode(true))));
            row.Remove();
        }
        docx.Position = 0;

        var reading = WordPlanReader.Read(docx);

        Assert.Equal(["Head of Practice", "Contract Manager"], reading.Recommendations.SelectMany(r => r.Actions).Select(a => a.Owner));
        Assert.Equal(
            [(0, "At the table row \"Agreed | 1\": The summary table states Agreed 1 but the rows give 2."),
             (0, "At the table row \"Not Agreed | 1\": The summary table states Not Agreed 1 but the rows give 0.")],
            reading.Warnings.Where(w => w.Message.Contains("summary table")).Select(w => (w.Line, w.Message)));
    }

    [Fact]
    public void Warnings_name_the_table_row_or_the_paragraph_they_are_about()
    {
        var reading = WordPlanReader.Read(HandMade(
            ["Rec No", "Recommendation", "Response", "Action", "Owner", "Target Date"],
            ["1", "Supervise cases well.", "Agreed", "Write a policy", "Head of Practice", "March 2027"],
            ["2", "Review the contracts.", "Agreed", "Review them", "Contract Manager", "May 2027"],
            ["2", "Brief the teams.", "Agreed", "Brief them", "Area Managers", "June 2027"]));

        Assert.Contains(new Warning(4, "Recommendation 2 appears twice (also at table row 3)."), reading.Warnings);
        Assert.Contains(new Warning(0, "At the paragraph \"Summary\": Text outside the table's columns dropped: \"Summary\"."), reading.Warnings);
        Assert.Equal([2, 3, 4], reading.Recommendations.Select(r => r.Line));
    }

    [Fact]
    public void A_row_too_long_to_be_a_plan_row_is_refused_at_its_row()
    {
        var e = Assert.Throws<PlanReadException>(() => WordPlanReader.Read(HandMade(
            ["Rec No", "Recommendation", "Response", "Action", "Owner", "Target Date"],
            ["1", "Supervise cases well.", "Agreed", "Write a policy", "Head of Practice", "March 2027"],
            ["2", new string('x', DocumentLimits.MaxLineLength), "Agreed", "Review them", "Contract Manager", "May 2027"])));
        Assert.Equal(3, e.Line);
        Assert.StartsWith("The table row holds 65,", e.Reason);
    }

    [Fact]
    public void Paragraphs_in_a_list_style_are_list_items_of_the_text()
    {
        var docx = HandMade(
            ["Rec No", "Recommendation", "Response", "Action", "Owner", "Target Date"],
            ["1", "Supervise cases well.", "Agreed", "Write a policy", "Head of Practice", "March 2027"]);
        using (var document = WordprocessingDocument.Open(docx, true))
        {
            var paragraph = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Single(p => p.InnerText == "Write a policy");
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = "ListBullet" }));
        }
        docx.Position = 0;

        Assert.Contains("1\tSupervise cases well.\tAgreed\t<ul><li>Write a policy</li></ul>\tHead of Practice\tMarch 2027\n", WordPlanReader.Text(docx));
    }

    [Fact]
    public void A_row_without_cells_is_passed_over()
    {
        var docx = HandMade(
            ["Rec No", "Recommendation", "Response", "Action", "Owner", "Target Date"],
            ["1", "Supervise cases well.", "Agreed", "Write a policy", "Head of Practice", "March 2027"]);
        using (var document = WordprocessingDocument.Open(docx, true))
            document.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().First().InsertAfterSelf(new TableRow());
        docx.Position = 0;

        var reading = WordPlanReader.Read(docx);

        Assert.Equal((1, 3), (reading.Recommendations.Single().Number, reading.Recommendations.Single().Line));
    }

    [Fact]
    public void A_plan_table_of_headings_alone_is_refused_at_its_last_row()
    {
        var e = Assert.Throws<PlanReadException>(() => WordPlanReader.Read(HandMade(
            ["Rec No", "Recommendation", "Response", "Action", "Owner", "Target Date"],
            ["Rec No", "Recommendation", "Response", "Action", "Owner", "Target Date"])));
        Assert.Equal((2, "The plan table holds no recommendation row."), (e.Line, e.Reason));
    }

    [Fact]
    public void A_file_too_large_to_be_a_plan_is_refused_before_it_is_opened()
    {
        var e = Assert.Throws<PlanReadException>(() => WordPlanReader.Read(new MemoryStream(new byte[DocumentLimits.MaxBytes + 1])));
        Assert.Contains("far smaller", e.Message);
    }

    [Fact]
    public void A_row_number_that_is_not_a_number_is_refused_at_its_row()
    {
        var e = Assert.Throws<PlanReadException>(() => WordPlanReader.Read(HandMade(
            ["Rec No", "Recommendation", "Response", "Action", "Owner", "Target Date"],
            ["1", "Supervise cases well.", "Agreed", "Write a policy", "Head of Practice", "March 2027"],
            ["one more", "Brief teams.", "Agreed", "Brief teams", "Managers", "May 2027"])));
        Assert.Equal(3, e.Line);
        Assert.Contains("\"one more\"", e.Message);
    }

    [Fact]
    public void A_continued_row_before_any_recommendation_is_refused_at_its_row()
    {
        var e = Assert.Throws<PlanReadException>(() => WordPlanReader.Read(HandMade(
            ["Rec No", "Recommendation", "Response", "Action", "Owner", "Target Date"],
            ["", "", "", "Brief teams", "Managers", "May 2027"])));
        Assert.Equal(2, e.Line);
        Assert.Contains("before any recommendation", e.Message);
    }

    [Fact]
    public void Bytes_that_are_not_a_zip_are_refused_as_not_a_Word_document()
    {
        var e = Assert.Throws<PlanReadException>(() => WordPlanReader.Read(new MemoryStream("Action Plan Submitted: 1 May 2020"u8.ToArray())));
        Assert.Contains("not a Word document", e.Message);
        Assert.Contains("not a zip package", e.Message);
    }

    [Fact]
    public void A_zip_that_is_not_a_Word_document_is_refused()
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(archive.CreateEntry("plan.txt").Open()))
            writer.Write("Rec No\tRecommendation");
        zip.Position = 0;

        var e = Assert.Throws<PlanReadException>(() => WordPlanReader.Read(zip));
        Assert.Contains("zip package but not a Word document", e.Message);
        Assert.Contains("word/document.xml", e.Message);
    }

    [Fact]
    public void A_Word_document_without_the_plan_table_is_refused()
    {
        var e = Assert.Throws<PlanReadException>(() => WordPlanReader.Read(HandMade(["Term", "Definition", "Additional comment"], ["Agreed", "All of it", ""])));
        Assert.Contains("no plan table", e.Message);
        Assert.Contains("none of its 2 table(s)", e.Message);
    }

    /// <summary>A plan as someone might make it in Word: plain paragraphs, a plain table, no styles, a heading row spanning the table.</summary>
    private static MemoryStream HandMade(params string[][] rows)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Double, Size = 8 })));
            foreach (var row in rows)
                table.Append(new TableRow(row.Select(cell => new TableCell(
                    new TableCellProperties(new GridSpan { Val = row.Length == 1 ? 6 : 1 }),
                    new Paragraph(new Run(new RunProperties(new Italic()), new Text(cell)))))));
            document.AddMainDocumentPart().Document = new Document(new Body(
                new Paragraph(new Run(new Text("Action plan submitted - 15 January 2027"))),
                new Paragraph(new Run(new Text("A response to the HMI Probation inspection:")), new Run(new TabChar()), new Run(new Text("Westfield CRC"))),
                table,
                new Paragraph(new Run(new Text("Summary"))),
                new Table(
                    new TableRow(new TableCell(new Paragraph(new Run(new Text("Agreed")))), new TableCell(new Paragraph(new Run(new Text("1"))))),
                    new TableRow(new TableCell(new Paragraph(new Run(new Text("Not Agreed")))), new TableCell(new Paragraph(new Run(new Text("1"))))))));
        }
        stream.Position = 0;
        return stream;
    }
}
