using System.Globalization;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Vocabulary;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ActionPlans.Documents.Tests.Fixtures;

/// <summary>A plan as the tests mean it, in the project's own words: what every layout built from it must read back as.</summary>
public sealed record ModelPlan(string Provider, DateOnly Submitted, DateOnly Published, IReadOnlyList<ModelRecommendation> Recommendations);

/// <param name="Addressee">Who the recommendation is for; the provider's own come first and need no group header.</param>
/// <param name="Narrative">The response's paragraphs before its actions.</param>
public sealed record ModelRecommendation(int Number, string Addressee, string Text, ResponseKind Response, IReadOnlyList<string> Narrative, IReadOnlyList<ModelAction> Actions);

public sealed record ModelAction(string Text, string Owner, string Target);

/// <summary>How the actions of a recommendation sit in the plan table.</summary>
public enum ActionRows
{
    /// <summary>All in the recommendation's one row: a bulleted list, owners and dates one paragraph each in the same order.</summary>
    InOneRow,

    /// <summary>One row each, under the recommendation's number, text and response merged down over them.</summary>
    MergedDown,

    /// <summary>One row each of only three cells (action, owner, target date), the columns before them left out of the row.</summary>
    RightAligned,
}

/// <summary>
/// A way of laying out a Word plan: page, column widths in twentieths of a point, action rows, whether owner and date
/// share a cell, the type size, the space after each paragraph in points (none: the word processor's own), and whether
/// the table is drawn with borders (without, only the words' places show its columns and rows).
/// </summary>
public sealed record WordPlanLayout(string Name, bool Landscape, int[] Columns, ActionRows Rows, bool OwnerAndDateInOneCell = false, int? FontSize = null, int? SpaceAfter = null,
    bool Borders = true)
{
    public override string ToString() => Name;
}

/// <summary>
/// Builds Word plans the way people lay them out, other than <see cref="Publishing.WordPlanWriter"/> does, all from
/// <see cref="Model"/>: narrower and wider columns, a row long enough to break across a page, merged cells, rows of
/// only the last three columns, owner and date in one cell, landscape and portrait pages, tables without borders.
/// </summary>
public static class WordPlanLayouts
{
    // A4 in twentieths of a point, with 2 cm margins.
    private const int Short = 11906, Long = 16838, Margin = 1134;

    // Narrow columns in small type, as people set them: LibreOffice breaks a word too long for its column inside the
    // word ("Communic" / "ations"), which no reader can undo, so the narrowest still holds its longest word.
    public static readonly WordPlanLayout NarrowPortrait = new("narrow-columns-portrait", false, [800, 2300, 1100, 2938, 1500, 1000], ActionRows.MergedDown, FontSize: 9);
    public static readonly WordPlanLayout WideLandscape = new("wide-columns-landscape", true, [900, 3600, 1500, 4600, 2400, 1570], ActionRows.MergedDown);
    public static readonly WordPlanLayout LongRow = new("long-row-across-pages", true, [900, 5000, 1300, 3370, 2500, 1500], ActionRows.InOneRow, SpaceAfter: 8);
    public static readonly WordPlanLayout RightAligned = new("rows-of-three-cells", true, [900, 3000, 1400, 5600, 2200, 1470], ActionRows.RightAligned);
    public static readonly WordPlanLayout OwnerAndDate = new("owner-and-date-in-one-cell", false, [800, 2300, 1100, 3238, 2200], ActionRows.MergedDown, OwnerAndDateInOneCell: true, FontSize: 9);

    public static IReadOnlyList<WordPlanLayout> Ruled { get; } = [NarrowPortrait, WideLandscape, LongRow, RightAligned, OwnerAndDate];

    /// <summary>
    /// Each ruled layout with its table's borders set to none; a portrait page whose one long row lists its actions,
    /// owners and dates as paragraphs spaced apart, out of step with each other; and wide columns whose paragraphs
    /// stand a line apart, nearly as far as a blank line.
    /// </summary>
    public static IReadOnlyList<WordPlanLayout> Unruled { get; } =
    [
        .. Ruled.Select(WithoutBorders),
        new("long-row-portrait-without-borders", false, [800, 2300, 1100, 3238, 1500, 1000], ActionRows.InOneRow, FontSize: 9, SpaceAfter: 6, Borders: false),
        WithoutBorders(WideLandscape) with { Name = "wide-columns-spaced-paragraphs-without-borders", FontSize = 10, SpaceAfter = 12 },
    ];

    public static IReadOnlyList<WordPlanLayout> All { get; } = [.. Ruled, .. Unruled];

    public static TheoryData<string> Names => [.. All.Select(l => l.Name)];

    public static TheoryData<string> UnruledNames => [.. Unruled.Select(l => l.Name)];

    public static WordPlanLayout WithoutBorders(WordPlanLayout layout) => layout with { Name = layout.Name + "-without-borders", Borders = false };

    public static WordPlanLayout Named(string name) => All.Single(l => l.Name == name);

    private const string Provider = "Kestrel Vale Community Rehabilitation Company";
    private const string NationalBody = "HM Prison and Probation Service";

    public static ModelPlan Model { get; } = new(Provider, new DateOnly(2025, 5, 12), new DateOnly(2025, 4, 28),
    [
        new(1, Provider, "Make sure that every person on probation has a plan for managing their risk that is reviewed whenever their circumstances change.", ResponseKind.Agreed,
            ["The company accepts this recommendation in full.", "Its practice leads have looked again at how risk plans are reviewed, and it will:"],
            [
                new("Give every officer a short checklist for reviewing a risk plan after a change in address, work, relationships or health, and ask team managers to confirm it is used in supervision.", "Head of Practice Quality", "June 2025"),
                new("Run a half-day refresher on reviewing risk for every team, with a second date for anyone on leave, and record attendance in the learning system.", "Learning and Development Manager", "September 2025"),
                new("Audit twenty cases in each team every quarter against the checklist and send the findings to the senior leadership team with the actions each team will take.", "Quality Assurance Lead", "December 2025"),
                new("Add a prompt to the case recording system that asks the officer to review the risk plan when a change of circumstances is recorded.", "Systems and Data Manager", "October 2025"),
                new("Hold a monthly surgery where officers can bring a case whose risk has changed and talk it through with a senior practitioner before the plan is updated.", "Senior Practitioner Lead", "July 2025"),
                new("Publish a page of worked examples on the staff intranet showing good reviews after common changes, drawn from the audits and refreshed every six months.", "Communications Officer", "November 2025"),
                new("Ask people on probation, through the service user forum, what helped them tell their officer about a change, and use what they say in the refresher.", "Engagement Coordinator", "August 2025"),
                new("Report progress on all of the above to the board every quarter until the audits show that nine in ten reviews are done within ten working days.", "Director of Operations", "March 2026"),
            ]),
        new(2, Provider, "Offer every person on probation appointments in or near the town where they live.", ResponseKind.PartlyAgreed,
            ["The company will widen its use of community venues; it cannot open new offices within the present contract."],
            [new("Agree the use of two further community venues with the district councils and move reporting there for the people who live nearby.", "Estates Manager", "March 2026")]),
        new(3, NationalBody, "Replace the case recording system the company uses with one that shares records with the national service.", ResponseKind.NotAgreed,
            ["The system is set by the national contract and cannot be changed for one company before the contract ends."], []),
        new(4, NationalBody, "Publish guidance for companies on sharing information with housing providers.", ResponseKind.Agreed,
            ["The national service will write the guidance with the companies and the housing providers' association."],
            [new("Publish the guidance and brief every company's information lead on it.", "Head of Partnerships", "January 2026")]),
    ]);

    /// <summary>The model laid out as a Word document.</summary>
    public static byte[] Write(WordPlanLayout layout, ModelPlan plan)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Bullets();
            if (layout.FontSize is not null || layout.SpaceAfter is not null)
                main.AddNewPart<StyleDefinitionsPart>().Styles = Defaults(layout);
            main.Document = new Document(new Body(
                Paragraph("Action Plan Submitted: " + Day(plan.Submitted)),
                Paragraph("A Response to the HMI Probation Inspection: " + plan.Provider),
                Paragraph("Report Published: " + Day(plan.Published)),
                Table(layout, plan),
                Paragraph(""),
                SummaryTable(plan),
                Page(layout)));
        }
        return stream.ToArray();
    }

    /// <summary>The document's type size and paragraph spacing, as Word's own defaults set them (8 pt after each paragraph).</summary>
    private static Styles Defaults(WordPlanLayout layout)
    {
        var run = new RunPropertiesBaseStyle();
        if (layout.FontSize is { } points) run.Append(new FontSize { Val = Twips(2 * points) });
        var paragraph = new ParagraphPropertiesBaseStyle();
        if (layout.SpaceAfter is { } after) paragraph.Append(new SpacingBetweenLines { After = Twips(20 * after) });
        return new Styles(new DocDefaults(new RunPropertiesDefault(run), new ParagraphPropertiesDefault(paragraph)));
    }

    private static Table Table(WordPlanLayout layout, ModelPlan plan)
    {
        var headings = layout.OwnerAndDateInOneCell
            ? new[] { "Rec No", "Recommendation", "Agreed/ Partly Agreed/ Not Agreed", "Response Action Taken/Planned", "Responsible Owner and Target Date" }
            : ["Rec No", "Recommendation", "Agreed/ Partly Agreed/ Not Agreed", "Response Action Taken/Planned", "Responsible Owner", "Target Date"];
        var border = layout.Borders ? BorderValues.Single : BorderValues.None;
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Twips(layout.Columns.Sum()), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = border, Size = 4 }, new LeftBorder { Val = border, Size = 4 },
                    new BottomBorder { Val = border, Size = 4 }, new RightBorder { Val = border, Size = 4 },
                    new InsideHorizontalBorder { Val = border, Size = 4 }, new InsideVerticalBorder { Val = border, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(layout.Columns.Select(w => new GridColumn { Width = Twips(w) })));
        table.Append(Row([new TableRowProperties(new TableHeader()), .. headings.Select((h, i) => Cell(layout.Columns[i], [Paragraph(h)]))]));

        var addressee = plan.Provider;
        foreach (var recommendation in plan.Recommendations)
        {
            if (recommendation.Addressee != addressee)
                table.Append(new TableRow(Cell(layout.Columns.Sum(), [Paragraph(recommendation.Addressee + " should:")], span: layout.Columns.Length)));
            addressee = recommendation.Addressee;
            table.Append(Rows(layout, recommendation));
        }
        return table;
    }

    private static IEnumerable<TableRow> Rows(WordPlanLayout layout, ModelRecommendation recommendation)
    {
        var columns = layout.Columns;
        var narrative = recommendation.Narrative.Select(p => Paragraph(p)).ToList();
        var merged = layout.Rows != ActionRows.InOneRow && recommendation.Actions.Count > 0;
        MergedCellValues? Restart() => layout.Rows == ActionRows.MergedDown && merged ? MergedCellValues.Restart : null;
        List<OpenXmlElement> Head(List<Paragraph> response, IEnumerable<ModelAction> actions) =>
        [
            Cell(columns[0], [Paragraph(recommendation.Number.ToString(CultureInfo.InvariantCulture))], Restart()),
            Cell(columns[1], [Paragraph(recommendation.Text)], Restart()),
            Cell(columns[2], [Paragraph(recommendation.Response.Words())], Restart()),
            Cell(columns[3], response),
            .. OwnerAndTarget(layout, [.. actions]),
        ];

        if (layout.Rows == ActionRows.InOneRow)
        {
            // No rule keeps the row on one page, so a long one runs on to the next.
            yield return Row(Head([.. narrative, .. recommendation.Actions.Select(a => Paragraph(a.Text, bullet: true))], recommendation.Actions));
            yield break;
        }
        yield return Row(Head(narrative, []));
        foreach (var action in recommendation.Actions)
        {
            if (layout.Rows == ActionRows.MergedDown)
                yield return Row([
                    Cell(columns[0], [], MergedCellValues.Continue), Cell(columns[1], [], MergedCellValues.Continue), Cell(columns[2], [], MergedCellValues.Continue),
                    Cell(columns[3], [Paragraph(action.Text)]), .. OwnerAndTarget(layout, [action])]);
            else
                yield return Row([
                    new TableRowProperties(new GridBefore { Val = 3 }, new WidthBeforeTableRow { Width = Twips(columns[..3].Sum()), Type = TableWidthUnitValues.Dxa }),
                    Cell(columns[3], [Paragraph(action.Text)]), .. OwnerAndTarget(layout, [action])]);
        }
    }

    private static IEnumerable<TableCell> OwnerAndTarget(WordPlanLayout layout, List<ModelAction> actions)
    {
        if (layout.OwnerAndDateInOneCell)
            return [Cell(layout.Columns[4], [.. actions.Select(a => Paragraph($"Owner: {a.Owner} / by {a.Target}"))])];
        return [Cell(layout.Columns[4], [.. actions.Select(a => Paragraph(a.Owner))]), Cell(layout.Columns[5], [.. actions.Select(a => Paragraph(a.Target))])];
    }

    private static Table SummaryTable(ModelPlan plan)
    {
        var counts = new ResponseSummary(
            plan.Recommendations.Count(r => r.Response == ResponseKind.Agreed),
            plan.Recommendations.Count(r => r.Response == ResponseKind.PartlyAgreed),
            plan.Recommendations.Count(r => r.Response == ResponseKind.NotAgreed));
        var table = new Table(new TableGrid(new GridColumn { Width = "3000" }, new GridColumn { Width = "1200" }));
        table.Append(new TableRow(Cell(4200, [Paragraph("Recommendations")], span: 2)));
        foreach (var (label, count) in new[] { ("Agreed", counts.Agreed), ("Partly Agreed", counts.PartlyAgreed), ("Not Agreed", counts.NotAgreed), ("Total", counts.Total) })
            table.Append(new TableRow(Cell(3000, [Paragraph(label)]), Cell(1200, [Paragraph(count.ToString(CultureInfo.InvariantCulture))])));
        return table;
    }

    private static TableRow Row(IEnumerable<OpenXmlElement> content) => new(content);

    private static TableCell Cell(int width, List<Paragraph> paragraphs, MergedCellValues? merge = null, int span = 1)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (merge is { } m) properties.Append(new VerticalMerge { Val = m });
        OpenXmlElement[] content = [properties, .. paragraphs.Count > 0 ? paragraphs : [new Paragraph()]];
        return new TableCell(content);
    }

    private static Paragraph Paragraph(string text, bool bullet = false)
    {
        var paragraph = new Paragraph();
        if (bullet) paragraph.Append(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })));
        if (text.Length > 0) paragraph.Append(new Run(new Text(text)));
        return paragraph;
    }

    private static Numbering Bullets() => new(
        new AbstractNum(new Level(
            new NumberingFormat { Val = NumberFormatValues.Bullet },
            new LevelText { Val = "•" },
            new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" })) { LevelIndex = 0 }) { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });

    private static SectionProperties Page(WordPlanLayout layout) => new(
        layout.Landscape
            ? new PageSize { Width = Long, Height = Short, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = Short, Height = Long, Orient = PageOrientationValues.Portrait },
        new PageMargin { Top = Margin, Right = (uint)Margin, Bottom = Margin, Left = (uint)Margin, Header = 567, Footer = 567, Gutter = 0 });

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Twips(int width) => width.ToString(CultureInfo.InvariantCulture);
}
