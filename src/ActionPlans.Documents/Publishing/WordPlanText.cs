using System.Text;
using System.Text.RegularExpressions;
using ActionPlans.Documents.Plans;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ActionPlans.Documents.Publishing;

/// <summary>
/// A Word plan written out as the line-and-cell text <see cref="PlanReader"/> takes, the layout of a plan's text
/// extraction, so that one reader reads plans whatever the file type.
/// </summary>
/// <remarks>
/// Paragraphs outside tables become lines with a blank line after each (a heading style marked "#"); each table row
/// becomes one line of tab-separated cells laid on the table's grid, so a cell merged from the row above or covered by
/// another's span is an empty cell, as a row continued in a text is. A cell's paragraphs become &lt;p&gt; and its list
/// paragraphs &lt;li&gt; items. The paragraphs <see cref="WordPlanWriter"/> marks as one action start with the action's
/// label, or with "•" where the recommendation's actions are not all labelled alike, so the text reader tells each
/// action from narrative as it does in a published plan; the action's further paragraphs follow as paragraphs.
/// </remarks>
internal static partial class WordPlanText
{
    /// <summary>Where a line of the text came from: a row of the plan table (1-based, the heading row is 1), or, as row 0, a place outside it in words.</summary>
    public readonly record struct Origin(int Row, string Place);

    /// <summary>The text, and the origin of each of its lines in order.</summary>
    /// <param name="Lettered">The plan table's rows and the letters given there to actions that have no label of their own.</param>
    public sealed record Rendering(string Text, IReadOnlyList<Origin> Origins, IReadOnlySet<(int Row, string Label)> Lettered)
    {
        /// <summary>The origin of a 1-based line of the text; the first line stands for the document as a whole.</summary>
        public Origin Of(int line) => line >= 1 && line <= Origins.Count ? Origins[line - 1] : new Origin(0, "");
    }

    /// <exception cref="PlanReadException">No plan table, or a row of it that cannot be a plan's row.</exception>
    public static Rendering Write(Body body)
    {
        var tables = body.Descendants<Table>().ToList();
        var plan = tables.FirstOrDefault(t => t.Elements<TableRow>().FirstOrDefault() is { } first && IsColumnHeadings(Cells(first)))
                   ?? throw new PlanReadException(1, $"The document has no plan table: none of its {tables.Count} table(s) starts with the headings Rec No … Target Date.");

        var text = new Text();
        // The first line is blank: the text reader's warnings about the whole document (the provider not named) point at it.
        text.Line("", new Origin(0, ""));
        foreach (var element in body.Descendants())
        {
            switch (element)
            {
                case Paragraph paragraph when !paragraph.Ancestors<Table>().Any():
                    var shown = Heading(paragraph) + Escape(Spaces().Replace(TextOf(paragraph).Replace('\n', ' '), " ").Trim());
                    text.Line(shown, new Origin(0, $"the paragraph {Warning.Quote(shown)}"));
                    text.Line("", new Origin(0, ""));
                    break;
                case Table table when table == plan:
                    PlanRows(plan, text);
                    break;
                case Table table when !table.Ancestors<Table>().Any() && !table.Descendants<Table>().Contains(plan):
                    foreach (var row in OwnRows(table))
                    {
                        var cells = Cells(row);
                        text.Line(string.Join('\t', cells.Select(c => c.Shown())), new Origin(0, $"the table row {Warning.Quote(string.Join(" | ", cells.Select(c => c.Plain)))}"));
                    }
                    break;
            }
        }
        return new Rendering(text.ToString(), text.Origins, text.Lettered);
    }

    /// <summary>The plan table's rows, each one line, refusing a row that cannot be one of a plan's (as the Word reader always has).</summary>
    private static void PlanRows(Table plan, Text text)
    {
        var rows = OwnRows(plan).Select(Cells).ToList();
        var numbered = false;
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r];
            var first = cells[0].Plain;
            if (IsColumnHeadings(cells) || IsGroupOrSummaryRow(cells) || cells.All(c => c.Plain.Length == 0)) continue;
            if (RowNumber().IsMatch(first)) numbered = true;
            else if (first.Length > 0)
                throw new PlanReadException(r + 1, $"Cannot read {Warning.Quote(first)} in the Rec No column as a recommendation number.");
            else if (!numbered)
                throw new PlanReadException(r + 1, "A continued row (empty Rec No) comes before any recommendation.");
        }
        if (!numbered) throw new PlanReadException(rows.Count, "The plan table holds no recommendation row.");

        foreach (var given in MarkActions(rows)) text.Lettered.Add(given);
        for (var r = 0; r < rows.Count; r++)
        {
            var line = string.Join('\t', rows[r].Select(c => c.Shown()));
            if (line.Length > DocumentLimits.MaxLineLength)
                throw new PlanReadException(r + 1, $"The table row holds {line.Length:N0} characters; a row of an action plan is at most {DocumentLimits.MaxLineLength:N0}.");
            text.Line(line, new Origin(r + 1, ""));
        }
    }

    private static bool IsGroupOrSummaryRow(List<CellContent> cells)
    {
        var filled = cells.Where(c => c.Plain.Length > 0).Select(c => c.Plain).ToList();
        if (filled.Count == 1 && cells[0].Plain.Length > 0 && RecommendationRows.AddresseeIn(filled[0]) is not null) return true;
        if (filled.Count == 1 && filled[0].Equals(PlanTerms.SummaryHeading, StringComparison.OrdinalIgnoreCase)) return true;
        return filled.Count == 2 && int.TryParse(filled[1], out _)
               && (ResponseWords.Read(filled[0]) is not null || filled[0].Equals(PlanTerms.Total, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Starts each action (the run of action-style paragraphs in a response cell) with a marker the text reader
    /// takes for a new action: its own label when every action of the recommendation has one of the same kind, "•"
    /// otherwise. But the reader takes a numbered paragraph ("1.1 …") before the actions for a heading only over
    /// lettered items, and bulleted paragraphs within an action for its sub-items only under another marker; then
    /// actions without labels of their own are lettered a), b), … here, and those letters are given back.
    /// </summary>
    /// <returns>The plan table's rows (1-based) and the letters given to actions there.</returns>
    private static HashSet<(int Row, string Label)> MarkActions(List<List<CellContent>> rows)
    {
        var lettered = new HashSet<(int, string)>();
        var start = 0;
        for (var r = 0; r <= rows.Count; r++)
        {
            if (r < rows.Count && (r == start || !RowNumber().IsMatch(rows[r][0].Plain))) continue;
            var cells = Enumerable.Range(start, r - start).Where(n => rows[n].Count > 3).Select(n => (Row: n + 1, Paragraphs: rows[n][3].Paragraphs)).ToList();
            var heads = cells.SelectMany(c => c.Paragraphs.Select((p, i) => (c.Row, Head: p, Starts: p.IsAction && (i == 0 || !c.Paragraphs[i - 1].IsAction))))
                .Where(h => h.Starts).ToList();
            var kinds = heads.Select(h => LabelKind(h.Head.Text)).Distinct().ToList();
            var response = cells.SelectMany(c => c.Paragraphs).ToList();
            var numberedFirst = response.TakeWhile(p => !p.IsAction).Any(p => NumberedHeading().IsMatch(p.Text));
            var bulletedWithin = response.Where((p, i) => p.IsAction && i > 0 && response[i - 1].IsAction).Any(p => p.Text.StartsWith('•'));
            var uniform = kinds is [not null];
            var letter = heads.Count <= 26 && ((numberedFirst && kinds is not ["a)" or "a."]) || (bulletedWithin && !uniform));
            for (var h = 0; h < heads.Count; h++)
            {
                var label = $"{(char)('a' + h)})";
                heads[h].Head.Marker = letter ? label + " " : uniform ? "" : "• ";
                if (letter) lettered.Add((heads[h].Row, label));
            }
            start = r;
        }
        return lettered;
    }

    /// <summary>"a)", "a." or "1.1" for an action's own label, null for none.</summary>
    private static string? LabelKind(string text)
    {
        var label = Label().Match(text);
        if (!label.Success) return null;
        var value = label.Groups["label"].Value;
        return value.EndsWith(')') ? "a)" : char.IsAsciiDigit(value[0]) ? "1.1" : "a.";
    }

    private static bool IsColumnHeadings(List<CellContent> cells) =>
        cells.Count >= 4
        && cells[0].Plain.Contains("Rec", StringComparison.OrdinalIgnoreCase)
        && cells.Any(c => c.Plain.Contains("Target", StringComparison.OrdinalIgnoreCase) || c.Plain.Contains("Owner", StringComparison.OrdinalIgnoreCase));

    /// <summary>A table's own rows, including those inside content controls but not those of tables nested in its cells.</summary>
    private static IEnumerable<TableRow> OwnRows(Table table) => table.Descendants<TableRow>().Where(r => r.Ancestors<Table>().First() == table);

    /// <summary>A row's cells laid on the table grid: columns skipped before the first cell, covered by a span or merged from the row above are empty.</summary>
    private static List<CellContent> Cells(TableRow row)
    {
        var cells = new List<CellContent>();
        var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
        for (var i = 0; i < before; i++) cells.Add(new CellContent([]));
        foreach (var cell in row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row))
        {
            var merge = cell.TableCellProperties?.VerticalMerge;
            var continued = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
            cells.Add(new CellContent(continued ? [] : Paragraphs(cell)));
            var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
            for (var i = 1; i < span; i++) cells.Add(new CellContent([]));
        }
        // A row without cells is still a line, of one empty cell.
        if (cells.Count == 0) cells.Add(new CellContent([]));
        return cells;
    }

    private static List<CellParagraph> Paragraphs(TableCell cell) =>
        cell.Descendants<Paragraph>().Where(p => p.Ancestors<TableCell>().First() == cell)
            .SelectMany(p =>
            {
                var properties = p.ParagraphProperties;
                var style = properties?.ParagraphStyleId?.Val?.Value ?? "";
                var isAction = style == WordPlanWriter.ActionStyle;
                // A list item is numbered in its own right or by a list style ("List Bullet", "List Paragraph").
                var isItem = !isAction && (properties?.NumberingProperties is not null || style.StartsWith("List", StringComparison.OrdinalIgnoreCase));
                return TextOf(p).Split('\n').Select(t => Spaces().Replace(t, " ").Trim()).Where(t => t.Length > 0)
                    .Select(t => new CellParagraph(t, isAction, isItem));
            })
            .ToList();

    /// <summary>"# " for a heading paragraph (a heading style or an outline level), one "#" a level.</summary>
    private static string Heading(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var level = properties?.OutlineLevel?.Val?.Value is { } outline ? outline + 1
            : HeadingStyle().Match(properties?.ParagraphStyleId?.Val?.Value ?? "") is { Success: true } style ? style.Groups["level"].Value[0] - '0'
            : 0;
        return level is > 0 and < 10 ? new string('#', level) + " " : "";
    }

    /// <summary>A paragraph's text, with line breaks as newlines and tabs as spaces; PrintableText keeps it drawable.</summary>
    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t: text.Append(t.Text); break;
                case TabChar: text.Append(' '); break;
                case Break or CarriageReturn: text.Append('\n'); break;
            }
        }
        return PrintableText.Clean(text.ToString());
    }

    /// <summary>Text as the cells' markup carries it: the characters markup gives meaning to, escaped.</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private sealed class CellParagraph(string text, bool isAction, bool isItem)
    {
        public string Text { get; } = text;
        public bool IsAction { get; } = isAction;
        public bool IsItem { get; } = isItem;

        /// <summary>What starts the paragraph when it starts an action: "", "• ", or null when it does not.</summary>
        public string? Marker { get; set; }
    }

    private sealed record CellContent(List<CellParagraph> Paragraphs)
    {
        public string Plain { get; } = string.Join(" ", Paragraphs.Select(p => p.Text));

        /// <summary>The cell as the text layout shows it: a lone paragraph as it is, otherwise paragraphs and list items in markup.</summary>
        public string Shown()
        {
            if (Paragraphs is [{ IsItem: false, Marker: null } only]) return Escape(only.Text);
            var shown = new StringBuilder();
            for (var i = 0; i < Paragraphs.Count; i++)
            {
                var p = Paragraphs[i];
                if (shown.Length > 0) shown.Append(' ');
                if (p.IsItem && (i == 0 || !Paragraphs[i - 1].IsItem)) shown.Append("<ul>");
                shown.Append(p.IsItem ? "<li>" : "<p>").Append(p.Marker).Append(Escape(p.Text)).Append(p.IsItem ? "</li>" : "</p>");
                if (p.IsItem && (i == Paragraphs.Count - 1 || !Paragraphs[i + 1].IsItem)) shown.Append("</ul>");
            }
            return shown.ToString();
        }
    }

    /// <summary>The text being written, line by line, with each line's origin.</summary>
    private sealed class Text
    {
        private readonly StringBuilder _text = new();
        public List<Origin> Origins { get; } = [];
        public HashSet<(int Row, string Label)> Lettered { get; } = [];

        public void Line(string line, Origin origin)
        {
            _text.Append(line).Append('\n');
            Origins.Add(origin);
        }

        public override string ToString() => _text.ToString();
    }

    /// <summary>A paragraph the text reader takes for a numbered item or heading: "1.1 …", "2.3 - …".</summary>
    [GeneratedRegex(@"^[0-9]{1,2}\.[0-9]{1,2}\s*[-–:.)]?\s+", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex NumberedHeading();

    /// <summary>A recommendation's number: "3", "3.", "3)", "Rec 3", "Rec. No 3", "Recommendation 3".</summary>
    [GeneratedRegex(@"^(?:rec(?:ommendation)?\.?\s*(?:no\.?)?\s*)?(?<n>[0-9]{1,3})[.)]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex RowNumber();

    /// <summary>An item's own label at the head of an action: "a)", "a.", "1.1".</summary>
    [GeneratedRegex(@"^(?<label>[a-z]\)|[a-z]\.|[0-9]{1,2}\.[0-9]{1,2})\s+(?=\S)", RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex Label();

    [GeneratedRegex(@"^heading\s*(?<level>[1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex HeadingStyle();

    [GeneratedRegex(@"\s+", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex Spaces();
}
