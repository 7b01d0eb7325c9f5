using System.Text;
using ActionPlans.Core.Cases;

namespace ActionPlans.Web.Features.Cases;

/// <summary>What is wrong with a CSV file of cases, by line and, where it concerns one, by column (number and heading).</summary>
public sealed record CsvProblem(int Line, int? Column, string? Heading, string Message)
{
    public override string ToString() => Column is null ? $"line {Line}: {Message}" : $"line {Line}, column {Column} ({Heading}): {Message}";
}

/// <summary>
/// Reads a case sample from CSV: a header of <c>reference,kind,grade,harm</c>, one column per key question or prompt
/// id, then <c>ogrs,rosh,flags,band</c> (and, if wanted, a second <c>grade</c> equal to the first), then one case a
/// line. Every problem of every line is collected; the cases come back only when there is none.
/// </summary>
public static class CaseSampleCsv
{
    public const int MaxBytes = 2 * 1024 * 1024;

    public static string Megabytes => $"{MaxBytes / 1024 / 1024} MB";

    public static (IReadOnlyList<CaseDetails> Cases, IReadOnlyList<CsvProblem> Problems) Read(byte[] bytes, CaseQuestions questions)
    {
        if (bytes.Length > MaxBytes) return ([], [new CsvProblem(1, null, null, $"The file is larger than {Megabytes}; a case sample is at most that.")]);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return ([], [new CsvProblem(1, null, null, "The file is not text in UTF-8: save it from the spreadsheet as \"CSV UTF-8\".")]);
        }
        var records = Records(text).GetEnumerator();
        if (!records.MoveNext()) return ([], [new CsvProblem(1, null, null, "The file is empty: it needs a header line and a line for each case.")]);
        var problems = new List<CsvProblem>();
        var header = Header.Read(records.Current.Cells, questions, problems);
        var cases = new List<CaseDetails>();
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var rows = 0;
        while (records.MoveNext())
        {
            var (line, cells) = records.Current;
            if (cells.All(c => c.Trim().Length == 0)) continue;
            rows++;
            if (!header.Usable) continue;
            if (cells.Count != header.Headings.Count)
            {
                problems.Add(new CsvProblem(line, null, null, $"{cells.Count} cells where the header has {header.Headings.Count} columns"));
                continue;
            }
            var (details, refused) = header.Entry(cells).Read(questions);
            problems.AddRange(refused.Select(p => header.Problem(line, p.Field, p.Message)));
            if (header.SecondGrade is { } second && cells[second].Trim().Length > 0 && !string.Equals(cells[second].Trim(), cells[header.Column(CaseFields.Grade)!.Value].Trim(), StringComparison.OrdinalIgnoreCase))
                problems.Add(new CsvProblem(line, second + 1, CaseFields.Grade, $"The second grade '{cells[second].Trim()}' differs from the first '{cells[header.Column(CaseFields.Grade)!.Value].Trim()}'"));
            var reference = cells[header.Column(CaseFields.Reference)!.Value].Trim();
            if (CaseReference.Problem(reference) is null && !lines.TryAdd(reference, line))
                problems.Add(header.Problem(line, CaseFields.Reference, $"Case {reference} is already on line {lines[reference]}"));
            if (details is not null) cases.Add(details);
        }
        if (rows == 0) problems.Add(new CsvProblem(2, null, null, "The file has no cases below its header."));
        return problems.Count == 0 ? (cases, problems) : ([], problems.OrderBy(p => p.Line).ThenBy(p => p.Column ?? 0).ToList());
    }

    /// <summary>The header line: which column holds which field or question.</summary>
    private sealed class Header
    {
        private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

        public List<string> Headings { get; } = [];
        public int? SecondGrade { get; private set; }

        /// <summary>The lines can be read: every column a case needs is there.</summary>
        public bool Usable { get; private set; }

        public int? Column(string field) => _columns.TryGetValue(field, out var i) ? i : null;

        public static Header Read(List<string> cells, CaseQuestions questions, List<CsvProblem> problems)
        {
            var header = new Header();
            for (var i = 0; i < cells.Count; i++)
            {
                var heading = cells[i].Trim();
                var field = heading.ToLowerInvariant();
                header.Headings.Add(heading);
                void Refuse(string message) => problems.Add(new CsvProblem(1, i + 1, heading, message));
                if (CaseReference.IsPersonalColumn(heading))
                    Refuse("A case sample holds no names or dates of birth: remove this column and know each case by its reference");
                else if (field == CaseFields.Grade && header._columns.ContainsKey(field) && header.SecondGrade is null)
                    header.SecondGrade = i;
                else if (header._columns.ContainsKey(field))
                    Refuse($"The column '{heading}' is in the header twice");
                else if (CaseFields.Leading.Contains(field) || CaseFields.Allocation.Contains(field) || questions.Knows(field))
                    header._columns[field] = i;
                else
                    Refuse($"'{heading}' is not a key question or prompt of the framework, nor a column of a case sample ({string.Join(", ", CaseFields.Leading.Concat(CaseFields.Allocation))})");
            }
            var missing = CaseFields.Leading.Where(f => !header._columns.ContainsKey(f)).ToList();
            foreach (var field in missing) problems.Add(new CsvProblem(1, null, null, $"The header has no '{field}' column: it starts {string.Join(",", CaseFields.Leading)}"));
            header.Usable = missing.Count == 0;
            return header;
        }

        public CaseEntry Entry(List<string> cells)
        {
            string Cell(string field) => Column(field) is { } i ? cells[i] : "";
            return new CaseEntry
            {
                Reference = Cell(CaseFields.Reference),
                Kind = Cell(CaseFields.Kind),
                Grade = Cell(CaseFields.Grade),
                Harm = Cell(CaseFields.Harm),
                Answers = _columns.Where(c => !CaseFields.Leading.Contains(c.Key) && !CaseFields.Allocation.Contains(c.Key))
                    .Select(c => KeyValuePair.Create(c.Key, cells[c.Value])).ToList(),
                Ogrs = Cell(CaseFields.Ogrs),
                Rosh = Cell(CaseFields.Rosh),
                Flags = Cell(CaseFields.Flags),
                Band = Cell(CaseFields.Band),
            };
        }

        public CsvProblem Problem(int line, string field, string message) =>
            Column(field) is { } i ? new CsvProblem(line, i + 1, Headings[i], message) : new CsvProblem(line, null, null, message);
    }

    /// <summary>
    /// The records of a CSV text (RFC 4180: quoted cells may hold commas, doubled quotes and line breaks), each with
    /// the line it starts on.
    /// </summary>
    private static IEnumerable<(int Line, List<string> Cells)> Records(string text)
    {
        var line = 1;
        var start = 1;
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else
                {
                    if (c == '\n') line++;
                    cell.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when cell.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    yield return (start, cells);
                    cells = [];
                    start = ++line;
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }
        if (cells.Count > 0 || cell.Length > 0)
        {
            cells.Add(cell.ToString());
            yield return (start, cells);
        }
    }
}
