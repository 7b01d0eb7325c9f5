using System.IO.Compression;
using System.Xml;
using System.Text;
using System.Text.RegularExpressions;
using ActionPlans.Core.Plans;
using ActionPlans.Core.TargetDates;
using ActionPlans.Documents.Plans;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ActionPlans.Documents.Publishing;

/// <summary>
/// Reads a plan from a Word document in the template's table layout, whether <see cref="WordPlanWriter"/>
/// wrote it or someone built the same table by hand, into the <see cref="PlanReading"/> the text reader gives.
/// </summary>
/// <remarks>
/// The plan table is the one whose first row names the columns (Rec No … Target Date). A row with a number
/// in its first cell starts a recommendation; a row whose first cell is empty (or merged from above) goes on
/// with it. Within a recommendation, a row with an owner or a target date beside its text holds an action,
/// as do paragraphs in the writer's action style; other response text is narrative. A row of one cell
/// "… should:" sets the addressee of the recommendations below it. Line numbers in warnings, in
/// <see cref="PlanReadException"/> and in the reading are the plan table's 1-based row numbers; the reading has
/// no <see cref="PlanReading.Lines"/>, which account for the lines of a text.
/// </remarks>
public static partial class WordPlanReader
{
    /// <exception cref="PlanReadException">Not a Word document, larger unpacked than <see cref="DocumentLimits"/> allow, or no plan table in it, or a row that cannot be read.</exception>
    public static PlanReading Read(Stream docx)
    {
        using var document = Open(docx);
        try
        {
            return Read(document);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException)
        {
            throw new PlanReadException(1, $"The file is a zip package but not a Word document ({e.Message}).");
        }
        catch (RegexMatchTimeoutException)
        {
            throw new PlanReadException(1, "The plan table could not be read in time: its text defeats the reader's patterns.");
        }
    }

    private static PlanReading Read(WordprocessingDocument document)
    {
        var body = document.MainDocumentPart?.Document?.Body
                   ?? throw new PlanReadException(1, "The file is a zip package but not a Word document: it has no main document part (word/document.xml).");
        var tables = body.Descendants<Table>().ToList();
        var plan = tables.FirstOrDefault(t => t.Elements<TableRow>().FirstOrDefault() is { } first && IsColumnHeadings(Cells(first)))
                   ?? throw new PlanReadException(1, $"The document has no plan table: none of its {tables.Count} table(s) starts with the headings Rec No … Target Date.");

        var walk = new Walk(FrontMatter(body));
        // Rows and cells may sit inside content controls; those of tables nested in a cell are not the plan's.
        var rows = plan.Descendants<TableRow>().Where(r => r.Ancestors<Table>().First() == plan).ToList();
        for (var r = 0; r < rows.Count; r++) walk.Row(r + 1, Cells(rows[r]));
        foreach (var table in tables.Where(t => t != plan && !t.Ancestors<Table>().Any()))
            foreach (var row in table.Descendants<TableRow>().Where(r => r.Ancestors<Table>().First() == table)) walk.SummaryRow(Cells(row));
        return walk.Reading(rows.Count);
    }

    private static WordprocessingDocument Open(Stream docx)
    {
        var buffer = new MemoryStream();
        CopyLimited(docx, buffer);
        buffer.Position = 0;
        var zip = buffer.Length >= 4 && buffer.GetBuffer() is [(byte)'P', (byte)'K', 3, 4, ..];
        if (!zip) throw new PlanReadException(1, "The file is not a Word document: it is not a zip package, which every .docx is.");
        try
        {
            RefuseOversizedContent(buffer);
            buffer.Position = 0;
            return WordprocessingDocument.Open(buffer, false, new OpenSettings { MaxCharactersInPart = DocumentLimits.MaxUnpackedBytes });
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or XmlException)
        {
            throw new PlanReadException(1, $"The file is a zip package but not a Word document ({e.Message}).");
        }
    }

    private static void CopyLimited(Stream from, MemoryStream to)
    {
        var chunk = new byte[81920];
        int n;
        while ((n = from.Read(chunk)) > 0)
        {
            if (to.Length + n > DocumentLimits.MaxBytes)
                throw new PlanReadException(1, $"The file is over {DocumentLimits.Megabytes(DocumentLimits.MaxBytes)}; a plan as a Word document is far smaller.");
            to.Write(chunk, 0, n);
        }
    }

    /// <summary>
    /// Refuses a package whose parts would unpack past <see cref="DocumentLimits"/>, from the sizes its directory
    /// gives, before any part is unpacked; then walks its XML without keeping it, so the document is only built in
    /// memory when its elements and nesting are within bounds too.
    /// </summary>
    private static void RefuseOversizedContent(MemoryStream buffer)
    {
        using var package = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
        var unpacked = package.Entries.Sum(e => e.Length);
        if (unpacked > DocumentLimits.MaxUnpackedBytes)
        {
            var largest = package.Entries.MaxBy(e => e.Length)!;
            throw new PlanReadException(1, $"The document unpacks to {DocumentLimits.Megabytes(unpacked)} ({largest.FullName} alone {DocumentLimits.Megabytes(largest.Length)}); "
                                           + $"a Word plan's content is at most {DocumentLimits.Megabytes(DocumentLimits.MaxUnpackedBytes)}.");
        }
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = DocumentLimits.MaxUnpackedBytes };
        var elements = 0;
        foreach (var entry in package.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            using var xml = XmlReader.Create(entry.Open(), settings);
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element) continue;
                if (xml.Depth >= DocumentLimits.MaxNesting)
                    throw new PlanReadException(1, $"The document's XML ({entry.FullName}) nests over {DocumentLimits.MaxNesting} levels deep; a Word plan's is far shallower.");
                if (++elements > DocumentLimits.MaxElements)
                    throw new PlanReadException(1, $"The document has over {DocumentLimits.MaxElements:N0} XML elements; a Word plan has far fewer.");
            }
        }
    }

    /// <summary>The submitted and published dates and the provider, from the paragraphs outside tables.</summary>
    private static (string? Provider, DateOnly? Submitted, DateOnly? Published) FrontMatter(Body body)
    {
        string? provider = null;
        DateOnly? submitted = null, published = null;
        foreach (var paragraph in body.Descendants<Paragraph>().Where(p => !p.Ancestors<Table>().Any()))
        {
            var text = Spaces().Replace(TextOf(paragraph).Replace('\n', ' '), " ").Trim();
            if (After(text, PlanTerms.SubmittedPrefix) is { } s) submitted ??= Day(s);
            else if (After(text, PlanTerms.ProviderPrefix) is { } p) provider ??= p.Length == 0 ? null : p;
            else if (After(text, PlanTerms.PublishedPrefix) is { } d) published ??= Day(d);
        }
        return (provider, submitted, published);
    }

    private static string? After(string text, string prefix)
    {
        var label = prefix.TrimEnd(' ', ':');
        if (!text.StartsWith(label, StringComparison.OrdinalIgnoreCase)) return null;
        return text[label.Length..].TrimStart(' ', ':', '-', '–').Trim();
    }

    private static DateOnly? Day(string written)
    {
        var date = WeekCommencing().Replace(written, "");
        // Only a day will do: a month alone would read as its last day, which is not what was meant.
        return date.Length > 0 && char.IsAsciiDigit(date[0]) ? TargetDate.Parse(date).Due : null;
    }

    /// <summary>A row's cells laid on the table grid, so a cell spanning columns leaves the columns it covers empty.</summary>
    private static List<CellContent> Cells(TableRow row)
    {
        var cells = new List<CellContent>();
        foreach (var cell in row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row))
        {
            var paragraphs = cell.Descendants<Paragraph>().Where(p => p.Ancestors<TableCell>().First() == cell)
                .SelectMany(p => TextOf(p).Split('\n').Select(t => (Text: Spaces().Replace(t, " ").Trim(), p.ParagraphProperties?.ParagraphStyleId?.Val?.Value)))
                .Where(p => p.Text.Length > 0)
                .Select(p => new CellParagraph(p.Text, p.Value == WordPlanWriter.ActionStyle))
                .ToList();
            cells.Add(new CellContent(paragraphs));
            var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
            for (var i = 1; i < span; i++) cells.Add(CellContent.Empty);
        }
        return cells;
    }

    /// <summary>A paragraph's text, with line breaks as newlines and tabs as spaces; PrintableText keeps it drawable.</summary>
    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t: text.Append(t.Text); break;
                case TabChar: text.Append(' '); break;
                case Break or CarriageReturn: text.Append('\n'); break;
            }
        }
        return PrintableText.Clean(text.ToString());
    }

    private static bool IsColumnHeadings(List<CellContent> cells) =>
        cells.Count >= 6
        && cells[0].Plain.Contains("Rec", StringComparison.OrdinalIgnoreCase)
        && cells.Any(c => c.Plain.Contains("Target", StringComparison.OrdinalIgnoreCase) || c.Plain.Contains("Owner", StringComparison.OrdinalIgnoreCase));

    private sealed record CellParagraph(string Text, bool IsAction);

    private sealed record CellContent(List<CellParagraph> Paragraphs)
    {
        public static readonly CellContent Empty = new([]);
        public string Plain { get; } = string.Join(" ", Paragraphs.Select(p => p.Text));
    }

    /// <summary>One reading of one plan table: the rows met so far and what they have given.</summary>
    private sealed class Walk((string? Provider, DateOnly? Submitted, DateOnly? Published) front)
    {
        private readonly List<Gathered> _recommendations = [];
        private readonly List<Warning> _warnings = [];
        private readonly int?[] _stated = new int?[4];
        private int _summaryLine;
        private string? _addressee = front.Provider;

        public void Row(int line, List<CellContent> cells)
        {
            while (cells.Count < 6) cells.Add(CellContent.Empty);
            var first = cells[0].Plain;
            var rest = cells.Skip(1).All(c => c.Plain.Length == 0);

            if (IsColumnHeadings(cells)) return;
            if (rest && RecommendationRows.AddresseeIn(first) is { } who)
            {
                _addressee = who;
                return;
            }
            if (SummaryRow(cells, line)) return;
            if (cells.All(c => c.Plain.Length == 0)) return;

            if (RowNumber().Match(first) is { Success: true } number)
            {
                _recommendations.Add(new Gathered(int.Parse(number.Groups["n"].Value), line, _addressee));
            }
            else if (first.Length > 0)
            {
                throw new PlanReadException(line, $"Cannot read \"{Cut(first)}\" in the Rec No column as a recommendation number.");
            }
            else if (_recommendations.Count == 0)
            {
                throw new PlanReadException(line, "A continued row (empty Rec No) comes before any recommendation.");
            }
            _recommendations[^1].Add(line, cells, this);
        }

        /// <summary>A row of the summary table ("Agreed | 5"); true when the row was one.</summary>
        public bool SummaryRow(List<CellContent> cells, int line = 0)
        {
            var filled = cells.Where(c => c.Plain.Length > 0).Select(c => c.Plain).ToList();
            if (filled.Count == 1 && filled[0].Equals(PlanTerms.SummaryHeading, StringComparison.OrdinalIgnoreCase)) return true;
            if (filled.Count != 2 || !int.TryParse(filled[1], out var count)) return false;
            var kind = ResponseWords.Read(filled[0]);
            if (kind is null && !filled[0].Equals(PlanTerms.Total, StringComparison.OrdinalIgnoreCase)) return false;
            _stated[kind is { } k ? (int)k : 3] = count;
            if (_summaryLine == 0) _summaryLine = line;
            return true;
        }

        public void Warn(int line, string message) => _warnings.Add(new Warning(line, message));

        public PlanReading Reading(int rows)
        {
            if (_recommendations.Count == 0) throw new PlanReadException(rows, "The plan table holds no recommendation row.");
            var readings = _recommendations.Select(r => r.Read(this)).ToList();
            var summary = new ResponseSummary(
                readings.Count(r => r.Response == ResponseKind.Agreed),
                readings.Count(r => r.Response == ResponseKind.PartlyAgreed),
                readings.Count(r => r.Response == ResponseKind.NotAgreed));
            StatedSummary? stated = null;
            if (_stated.Any(s => s is not null))
            {
                stated = new StatedSummary(_stated[0], _stated[1], _stated[2], _stated[3]) { Line = _summaryLine };
                if ((stated.Agreed ?? summary.Agreed, stated.PartlyAgreed ?? summary.PartlyAgreed, stated.NotAgreed ?? summary.NotAgreed, stated.Total ?? summary.Total)
                    != (summary.Agreed, summary.PartlyAgreed, summary.NotAgreed, summary.Total))
                    Warn(_summaryLine, $"The summary table does not agree with the rows, which give Agreed {summary.Agreed}, Partly Agreed {summary.PartlyAgreed}, Not Agreed {summary.NotAgreed}, Total {summary.Total}.");
            }
            if (front.Provider is null) Warn(1, "The provider is not named (\"A Response to the HMI Probation Inspection: …\").");
            return new PlanReading
            {
                Provider = front.Provider,
                Submitted = front.Submitted,
                ReportPublished = front.Published,
                Recommendations = readings,
                Summary = summary,
                StatedSummary = stated,
                Warnings = [.. _warnings.OrderBy(w => w.Line)],
            };
        }
    }

    /// <summary>The rows of one recommendation as they are met.</summary>
    private sealed class Gathered(int number, int line, string? addressee)
    {
        private readonly List<string> _text = [];
        private readonly List<string> _narrative = [];
        private readonly List<ActionReading> _actions = [];
        private string? _addressee = addressee;
        private string _response = "";
        private bool _repeated;

        public void Add(int row, List<CellContent> cells, Walk walk)
        {
            foreach (var paragraph in cells[1].Paragraphs)
            {
                // "The CRC should:" at the head of the recommendation addresses it, as in the text template.
                if (_text.Count == 0 && RecommendationRows.AddresseeIn(paragraph.Text) is { } who) _addressee = who;
                else if (paragraph.Text.Equals(PlanTerms.Repeated, StringComparison.OrdinalIgnoreCase)) _repeated = true;
                else _text.Add(paragraph.Text);
            }
            if (_response.Length == 0) _response = cells[2].Plain;

            var owner = Nullable(cells[4].Plain);
            var target = Nullable(cells[5].Plain);
            var marked = cells[3].Paragraphs.Where(p => p.IsAction).Select(p => p.Text).ToList();
            var unmarked = cells[3].Paragraphs.Where(p => !p.IsAction).Select(p => p.Text).ToList();
            if (marked.Count == 0 && (owner ?? target) is not null)
            {
                marked = unmarked;
                unmarked = [];
            }
            _narrative.AddRange(unmarked);
            if (marked.Count > 0) _actions.Add(Action(row, marked, owner, target));
            else if ((owner ?? target) is not null) walk.Warn(row, $"Recommendation {number}: an owner or target date with no action beside it.");
        }

        public RecommendationReading Read(Walk walk)
        {
            var response = ResponseWords.Read(_response);
            if (response is null)
                walk.Warn(line, _response.Length == 0
                    ? $"Recommendation {number} has no response (Agreed, Partly Agreed or Not Agreed)."
                    : $"Recommendation {number}: cannot read the response \"{Cut(_response)}\" as Agreed, Partly Agreed or Not Agreed.");
            return new RecommendationReading
            {
                Number = number,
                Text = string.Join("\n", _text),
                Addressee = _addressee,
                Repeated = _repeated,
                Response = response,
                ResponseText = string.Join("\n", _narrative),
                Actions = _actions,
                Line = line,
            };
        }

        private static ActionReading Action(int row, List<string> paragraphs, string? owner, string? target)
        {
            var label = Label().Match(paragraphs[0]);
            if (label.Success) paragraphs[0] = paragraphs[0][label.Length..];
            return new ActionReading
            {
                Text = string.Join("\n", paragraphs),
                Owner = owner,
                TargetDate = TargetDate.Parse(target),
                Label = label.Success ? label.Groups["label"].Value : null,
                Line = row,
            };
        }

        private static string? Nullable(string text) => text.Length == 0 ? null : text;
    }

    private static string Cut(string text) => text.Length <= 60 ? text : text[..57] + "…";

    [GeneratedRegex(@"^(?:rec(?:ommendation)?\s*(?:no\.?)?\s*)?(?<n>[0-9]{1,3})\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex RowNumber();

    /// <summary>An item's own label at the head of an action: "a)", "a.", "1.1".</summary>
    [GeneratedRegex(@"^(?<label>[a-z]\)|[a-z]\.|[0-9]{1,2}\.[0-9]{1,2})\s+(?=\S)", RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:week\s+commencing|w/c|wc)\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex WeekCommencing();

    [GeneratedRegex(@"\s+", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex Spaces();
}
