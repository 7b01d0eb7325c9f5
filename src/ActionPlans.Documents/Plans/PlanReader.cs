using System.Text.RegularExpressions;
using ActionPlans.Core.Plans;
using ActionPlans.Core.TargetDates;

namespace ActionPlans.Documents.Plans;

/// <summary>
/// Reads the text of a published action plan (the HMPPS template: front matter, plan table read by its column headings,
/// summary table) into a <see cref="PlanReading"/>, accounting for every source line.
/// </summary>
public static partial class PlanReader
{
    /// <summary>Cheap content sniffing: does the text open like an action plan (rather than an inspection report)?</summary>
    public static bool LooksLikeActionPlan(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        var head = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        var score = 0;
        if (head.Contains("Action Plan Submitted", StringComparison.OrdinalIgnoreCase)) score += 2;
        if (head.Contains("A Response to the HMI Probation Inspection", StringComparison.OrdinalIgnoreCase)) score += 2;
        if (head.Contains("Rec No", StringComparison.OrdinalIgnoreCase) && head.Contains("Target Date", StringComparison.OrdinalIgnoreCase)) score += 2;
        if (head.Contains("Responsible Owner", StringComparison.OrdinalIgnoreCase)) score++;
        if (head.Contains("Partly Agreed", StringComparison.OrdinalIgnoreCase)) score++;
        return score >= 2 || HasColumnHeadings(head);
    }

    /// <summary>A plan without the template's front matter still has a heading row that names its columns.</summary>
    private static bool HasColumnHeadings(ReadOnlySpan<char> head)
    {
        foreach (var line in head.EnumerateLines())
            if (line.Contains('\t') && PlanColumns.Named(line.ToString().Split('\t')) is not null) return true;
        return false;
    }

    /// <exception cref="PlanReadException">The text is empty, binary, too large, not an action plan, or holds no recommendation.</exception>
    public static PlanReading Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new PlanReadException(1, "The text is empty.");
        if (text.Length > DocumentLimits.MaxCharacters)
            throw new PlanReadException(1, $"The text is {text.Length:N0} characters long; an action plan is under {DocumentLimits.MaxCharacters:N0}.");
        if (DocumentLimits.FirstOverlongLine(text) is { } overlong)
            throw new PlanReadException(overlong.Line, $"The line is {overlong.Length:N0} characters long; a line of an action plan is at most {DocumentLimits.MaxLineLength:N0}.");
        RefuseBinary(text);
        if (!LooksLikeActionPlan(text))
            throw new PlanReadException(LineOf(text, "An inspection of"), "This is not an action plan: it has neither the plan's front matter nor its table headings (an inspection report, perhaps).");
        var walk = new Walk(text);
        try
        {
            return walk.Read();
        }
        catch (RegexMatchTimeoutException)
        {
            throw new PlanReadException(walk.At, "The line could not be read in time: its text defeats the reader's patterns.");
        }
    }

    private static void RefuseBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
            if (c == '\0' || (char.IsControl(c) && c is not '\t' and not '\n' and not '\r') || c == '\uFFFD') control++;
        // A little noise is tolerated line by line; this much is not text at all.
        if (control > 16 && control * 20 > sample.Length)
            throw new PlanReadException(LineOf(text, "\0"), $"The text is binary: {control} control characters in its first {sample.Length} characters.");
    }

    private static int LineOf(string text, string what)
    {
        var at = text.IndexOf(what, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? 1 : text.AsSpan(0, at).Count('\n') + 1;
    }

    private enum Section { Front, Introduction, Definitions, Table, Summary }

    /// <summary>One reading of one text: the walk over its lines and what it has gathered.</summary>
    private sealed class Walk(string text)
    {
        private readonly string[] _lines = text.Split('\n');
        private readonly LineDisposition[] _dispositions = new LineDisposition[text.EndsWith('\n') ? text.AsSpan().Count('\n') : text.AsSpan().Count('\n') + 1];
        private readonly List<Warning> _warnings = [];
        private readonly List<RecommendationRows> _recommendations = [];
        private Section _section = Section.Front;
        private string? _provider;
        private bool _providerGoesOn;
        private DateOnly? _submitted, _published;
        private string? _addressee;
        private int? _agreed, _partly, _notAgreed, _total;
        private int _summaryLine;
        private readonly Dictionary<ResponseKind, int> _countLines = [];
        private int _totalLine;
        private int _lastRowLine;
        private PlanColumns _columns = PlanColumns.Template;

        /// <summary>The line being read, for a refusal.</summary>
        public int At { get; private set; } = 1;

        public PlanReading Read()
        {
            for (var i = 0; i < _dispositions.Length; i++)
                _dispositions[i] = Line(At = i + 1, _lines[i].TrimEnd('\r'));

            if (_recommendations.Count == 0)
                throw new PlanReadException(_dispositions.Length, _section < Section.Table
                    ? "The text ends before the plan table: no recommendation was found."
                    : "The plan table holds no recommendation row.");

            var readings = _recommendations.Select(r =>
            {
                At = r.Line;
                return r.Read(_warnings);
            }).ToList();
            CheckNumbering(readings);
            if (_provider is null) _warnings.Add(new Warning(1, "The provider is not named (\"A Response to the HMI Probation Inspection: …\")."));

            var summary = new ResponseSummary(
                readings.Count(r => r.Response == ResponseKind.Agreed),
                readings.Count(r => r.Response == ResponseKind.PartlyAgreed),
                readings.Count(r => r.Response == ResponseKind.NotAgreed));
            var stated = _summaryLine == 0 ? null : new StatedSummary(_agreed, _partly, _notAgreed, _total) { Line = _summaryLine };
            if (stated is not null) CheckSummary(summary, stated);

            return new PlanReading
            {
                Provider = _provider,
                Submitted = _submitted,
                ReportPublished = _published,
                Recommendations = readings,
                Summary = summary,
                StatedSummary = stated,
                Warnings = [.. _warnings.OrderBy(w => w.Line)],
                Lines = _dispositions,
            };
        }

        private LineDisposition Line(int n, string raw)
        {
            var line = Clean(n, raw);
            if (string.IsNullOrWhiteSpace(line))
            {
                _providerGoesOn = false;
                return Dropped(n, "blank");
            }
            if (TableRule().IsMatch(line)) return Dropped(n, "table rule");

            var cells = line.Split('\t');
            return _section >= Section.Table ? TableLine(n, line, cells) : FrontLine(n, line, cells);
        }

        /// <summary>Removes control characters and makes look-alike letters Latin, saying so.</summary>
        private string Clean(int n, string raw)
        {
            var line = raw;
            if (line.AsSpan().IndexOfAnyInRange('\0', '\u0008') >= 0 || line.AsSpan().IndexOfAnyInRange('\u000B', '\u001F') >= 0 || line.Contains('\uFFFD'))
            {
                line = string.Concat(line.Where(c => c == '\t' || (!char.IsControl(c) && c != '\uFFFD')));
                _warnings.Add(new Warning(n, "Unreadable characters (control or replacement characters) removed."));
            }
            var latin = LookAlikeLetters.Normalise(line);
            if (!ReferenceEquals(latin, line))
                _warnings.Add(new Warning(n, "Letters from another alphabet that imitate Latin ones were made Latin."));
            return latin;
        }

        private LineDisposition FrontLine(int n, string line, string[] cells)
        {
            var plain = CellText.Plain(line);
            Match m;
            if ((m = SubmittedLine().Match(plain)).Success)
            {
                _submitted = DayIn(n, m.Groups["date"].Value, "submitted");
                return Kept(n, "submitted date");
            }
            if ((m = ProviderLine().Match(plain)).Success)
            {
                _provider = m.Groups["provider"].Value.Trim();
                _providerGoesOn = true;
                return Kept(n, "provider");
            }
            if ((m = PublishedLine().Match(plain)).Success)
            {
                _published = DayIn(n, m.Groups["date"].Value, "report published");
                _providerGoesOn = false;
                return Kept(n, "report published date");
            }
            if (PlanColumns.Named(cells) is { } columns)
            {
                _section = Section.Table;
                return Headings(n, columns, "column headings");
            }
            if (IsRecommendationRow(cells))
            {
                _warnings.Add(new Warning(n, "The plan table starts without its column headings."));
                _section = Section.Table;
                return TableLine(n, line, cells);
            }
            if (_providerGoesOn && cells.Length == 1 && !Heading().IsMatch(plain))
            {
                _provider = (_provider + " " + plain).Trim();
                return Kept(n, "provider (continued)");
            }
            if (Heading().IsMatch(plain))
            {
                if (plain.Contains("introduction", StringComparison.OrdinalIgnoreCase)) _section = Section.Introduction;
                return Dropped(n, "heading");
            }
            if (cells.Length >= 2 && CellText.Plain(cells[0]).Equals("Term", StringComparison.OrdinalIgnoreCase))
            {
                _section = Section.Definitions;
                return Dropped(n, "definition table");
            }
            if (_section == Section.Definitions || (cells.Length >= 2 && ResponseWords.Read(CellText.Plain(cells[0])) is not null))
                return Dropped(n, "definition table");
            if (_section == Section.Introduction) return Dropped(n, "introduction");
            if (cells.Length > 1)
            {
                _warnings.Add(new Warning(n, "A table row before the plan table: dropped."));
                return Dropped(n, "table row before the plan table");
            }
            return Dropped(n, "letterhead or front matter");
        }

        private LineDisposition TableLine(int n, string line, string[] cells)
        {
            var first = CellText.Plain(cells[0]);
            var rest = cells.Skip(1).All(string.IsNullOrWhiteSpace);

            if (PlanColumns.Named(cells) is { } columns) return Headings(n, columns, "column headings (repeated)");
            if (Heading().IsMatch(first) && rest) return Dropped(n, "heading");
            if (RecommendationRows.AddresseeIn(first) is { } who && rest)
            {
                _addressee = who;
                return Kept(n, "addressee header");
            }
            if (SummaryLine(n, first, cells) is { } summary) return summary;

            if (cells.Length == 1)
            {
                // A target date on its own line under a row: the dates cell went on over several lines.
                if (_lastRowLine == n - 1 && _recommendations.Count > 0 && TargetDate.Parse(first).Kind is not (TargetKind.Condition or TargetKind.None))
                {
                    _recommendations[^1].Add(n, _columns.Six(_columns.RightAligned([first])));
                    _lastRowLine = n;
                    return Kept(n, "target date (continued)");
                }
                if (PageFurniture().IsMatch(first)) return Dropped(n, "page furniture");
                _warnings.Add(new Warning(n, $"Text outside the table's columns dropped: {Warning.Quote(first)}."));
                return Dropped(n, "text outside the table");
            }

            if (_section == Section.Summary)
            {
                _warnings.Add(new Warning(n, "A plan row after the summary table."));
                _section = Section.Table;
            }
            // The number is where the headings put it; a row shorter than the headings has it first, if at all.
            var numberCell = cells.Length >= _columns.Count ? CellText.Plain(cells[_columns.NumberAt]) : first;
            if (RowNumber().Match(numberCell) is { Success: true } number)
                return Recommendation(n, int.Parse(number.Groups["n"].Value), SixCells(n, cells));

            if (_recommendations.Count == 0)
            {
                _warnings.Add(new Warning(n, "A continuation row before any recommendation: dropped."));
                return Dropped(n, "continuation row without a recommendation");
            }
            if (cells.Length < _columns.Count && first.Length > 0)
            {
                // Cells merged down from the recommendation's row are missing on the left: what is left is the
                // right-hand columns (action, owner, target date). With an owner or a date it is an action of its own.
                var right = _columns.Six(_columns.RightAligned(cells));
                return Continuation(n, right, HasOwnerOrDate(right));
            }
            var row = SixCells(n, cells);
            first = CellText.Plain(row[0]);
            if (first.Length > 0 && string.IsNullOrWhiteSpace(row[1]))
            {
                // Extraction sometimes puts the rest of the recommendation's text in the number column.
                row[1] = row[0];
                row[0] = "";
            }
            else if (first.Length > 0)
            {
                _warnings.Add(new Warning(n, $"Cannot read {Warning.Quote(first)} as a recommendation number; the row is read as a continuation of recommendation {_recommendations[^1].Number}."));
            }
            // A row straight under the one above, with an owner or a date of its own, is the next row of the table;
            // after a page break (blank lines, headings) it is the same row going on, its owners and dates included.
            return Continuation(n, row, _lastRowLine == n - 1 && HasOwnerOrDate(row));
        }

        private LineDisposition Continuation(int n, string[] row, bool ownAction)
        {
            _recommendations[^1].Add(n, row, ownAction);
            _lastRowLine = n;
            return Kept(n, $"recommendation {_recommendations[^1].Number} ({(ownAction ? "action row" : "continued")})");
        }

        private static bool HasOwnerOrDate(string[] row) => !string.IsNullOrWhiteSpace(row[4]) || !string.IsNullOrWhiteSpace(row[5]);

        private LineDisposition Recommendation(int n, int number, string[] row)
        {
            // "The CRC should:" at the head of the recommendation cell addresses it and those after it.
            var header = CellText.Blocks(row[1], n).FirstOrDefault();
            if (header is not null && RecommendationRows.AddresseeIn(header.Text) is { } who) _addressee = who;

            var rows = new RecommendationRows(number, n, _addressee ?? _provider, _provider);
            rows.Add(n, row);
            _recommendations.Add(rows);
            _lastRowLine = n;
            return Kept(n, $"recommendation {number}");
        }

        private LineDisposition? SummaryLine(int n, string first, string[] cells)
        {
            // Summary rows have two short cells; plan rows are not worth turning into text to find that out.
            var filled = cells.Where(c => !string.IsNullOrWhiteSpace(c)).ToList();
            if (filled.Count > 2 || filled.Sum(c => c.Length) > 200) return null;
            if (first.Equals("Recommendations", StringComparison.OrdinalIgnoreCase))
            {
                _section = Section.Summary;
                _summaryLine = n;
                return Kept(n, "summary table");
            }
            if (filled.Count != 2 || !int.TryParse(CellText.Plain(filled[1]), out var count)) return null;

            var label = CellText.Plain(filled[0]);
            var isTotal = label.Equals("Total", StringComparison.OrdinalIgnoreCase);
            var kind = ResponseWords.Read(label);
            if (!isTotal && kind is null) return null;
            if (_summaryLine == 0) _summaryLine = n;
            _section = Section.Summary;
            switch (kind)
            {
                case ResponseKind.Agreed: _agreed = count; break;
                case ResponseKind.PartlyAgreed: _partly = count; break;
                case ResponseKind.NotAgreed: _notAgreed = count; break;
                default: _total = count; _totalLine = n; break;
            }
            if (kind is { } k) _countLines[k] = n;
            return Kept(n, "summary table");
        }

        /// <summary>The row's cells under the headings, as the six the reader reads.</summary>
        private string[] SixCells(int n, string[] cells)
        {
            var count = _columns.Count;
            if (cells.Length < count)
            {
                _warnings.Add(new Warning(n, $"The row has {cells.Length} cells where the plan has {count}; the missing ones are read as empty."));
                cells = [.. cells, .. Enumerable.Repeat("", count - cells.Length)];
            }
            else if (cells.Length > count)
            {
                if (cells.Skip(count).Any(c => !string.IsNullOrWhiteSpace(c)))
                    _warnings.Add(new Warning(n, $"The row has {cells.Length} cells where the plan has {count}; the extra ones are read as part of the last column."));
                cells = [.. cells.Take(count - 1), string.Join(" ", cells.Skip(count - 1))];
            }
            return _columns.Six(cells);
        }

        /// <summary>The heading row names the columns the rows below are read by.</summary>
        private LineDisposition Headings(int n, PlanColumns columns, string reason)
        {
            if (!columns.SameAs(_columns) && columns.Unknown.Count > 0)
                _warnings.Add(new Warning(n, "Columns the plan reader does not know (it reads recommendation, response, action, owner and target date), "
                                             + $"whose cells are not read: {string.Join(", ", columns.Unknown.Select(Warning.Quote))}."));
            _columns = columns;
            return Dropped(n, reason);
        }

        private DateOnly? DayIn(int n, string written, string what)
        {
            var date = WeekCommencing().Replace(written.Trim(), "");
            // Only a day will do: "February 2020" would read as its last day, which is not what was meant.
            var day = date.Length > 0 && char.IsAsciiDigit(date[0]) ? TargetDate.Parse(date).Due : null;
            if (day is null) _warnings.Add(new Warning(n, $"Cannot read the {what} date {Warning.Quote(written)}."));
            return day;
        }

        private void CheckNumbering(List<RecommendationReading> readings)
        {
            var seen = new Dictionary<int, int>();
            var previous = 0;
            foreach (var r in readings)
            {
                if (seen.TryGetValue(r.Number, out var earlier))
                    _warnings.Add(new Warning(r.Line, $"Recommendation {r.Number} appears twice (also at line {earlier})."));
                else if (r.Number != previous + 1)
                    _warnings.Add(new Warning(r.Line, $"Recommendation {r.Number} follows recommendation {previous}: rows are missing or out of order."));
                seen.TryAdd(r.Number, r.Line);
                previous = r.Number;
            }
        }

        private void CheckSummary(ResponseSummary counted, StatedSummary stated)
        {
            void Compare(string what, int? says, int rows, int line)
            {
                if (says is { } s && s != rows)
                    _warnings.Add(new Warning(line, $"The summary table states {what} {s} but the rows give {rows}."));
            }
            Compare("Agreed", stated.Agreed, counted.Agreed, _countLines.GetValueOrDefault(ResponseKind.Agreed, stated.Line));
            Compare("Partly Agreed", stated.PartlyAgreed, counted.PartlyAgreed, _countLines.GetValueOrDefault(ResponseKind.PartlyAgreed, stated.Line));
            Compare("Not Agreed", stated.NotAgreed, counted.NotAgreed, _countLines.GetValueOrDefault(ResponseKind.NotAgreed, stated.Line));
            Compare("Total", stated.Total, counted.Total, _totalLine == 0 ? stated.Line : _totalLine);
        }

        private static LineDisposition Kept(int n, string reason) => new(n, true, reason);
        private static LineDisposition Dropped(int n, string reason) => new(n, false, reason);
    }

    private static bool IsRecommendationRow(string[] cells) => cells.Length >= 4 && RowNumber().IsMatch(CellText.Plain(cells[0]));

    // The first dash is the one the pattern needs, so the run before it cannot take one and nothing is tried twice.
    [GeneratedRegex(@"^[\s–—_=|]*-[\s\-–—_=|]*$", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^action plan submitted\s*[:\-–]?\s*(?<date>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex SubmittedLine();

    [GeneratedRegex(@"^a response to (?:the )?(?:HMI Probation|HM Inspectorate of Probation|HMIP)(?: inspection)?\s*[:\-–]\s*(?<provider>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex ProviderLine();

    [GeneratedRegex(@"^report published\s*[:\-–]?\s*(?<date>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex PublishedLine();

    [GeneratedRegex(@"^(?:#+\s*.*|introduction|action plan\s*:.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:rec(?:ommendation)?\.?\s*(?:no\.?)?\s*)?(?<n>[0-9]{1,3})[.)]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^(?:week\s+commencing|w/c|wc)\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex WeekCommencing();

    [GeneratedRegex(@"^(?:page\s*[0-9]+(?:\s*(?:of|/)\s*[0-9]+)?|[0-9]{1,3}|official(?:\s*-\s*sensitive)?|©.*|crown copyright.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex PageFurniture();
}
