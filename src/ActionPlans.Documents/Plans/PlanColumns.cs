using System.Net;
using System.Text.RegularExpressions;

namespace ActionPlans.Documents.Plans;

/// <summary>
/// The plan table's columns as its heading row names them, in whatever order and number, and how a row's cells
/// become the six the reader reads: number, recommendation, response (agreed…), response and actions, owner, target date.
/// </summary>
internal sealed partial class PlanColumns
{
    private enum Column { Number, Recommendation, Response, Actions, Owner, TargetDate, OwnerAndDate, Unknown }

    /// <summary>The HMPPS template's six columns, for a table that starts without its headings.</summary>
    public static readonly PlanColumns Template = new([Column.Number, Column.Recommendation, Column.Response, Column.Actions, Column.Owner, Column.TargetDate], []);

    private readonly Column[] _columns;

    private PlanColumns(Column[] columns, List<string> unknown)
    {
        _columns = columns;
        Unknown = unknown;
    }

    public int Count => _columns.Length;

    /// <summary>Where the recommendation number is.</summary>
    public int NumberAt => Array.IndexOf(_columns, Column.Number);

    /// <summary>Headings the reader does not know: their cells are not read.</summary>
    public IReadOnlyList<string> Unknown { get; }

    public bool SameAs(PlanColumns other) => _columns.AsSpan().SequenceEqual(other._columns);

    /// <summary>
    /// The columns of a heading row: one that names a recommendation number column, the recommendation, and an owner
    /// or a target date. Null for any other row.
    /// </summary>
    public static PlanColumns? Named(string[] cells)
    {
        // Headings are short; a row with a long cell is a plan row, not worth turning into text.
        if (cells.Length < 3 || cells.Any(c => c.Length > 300)) return null;
        // Most rows have no short cell naming a number column: they are let go before every cell is read.
        if (!cells.Any(c => c.Length <= 40 && NumberHeading().IsMatch(Heading(c)))) return null;
        var columns = new Column[cells.Length];
        var unknown = new List<string>();
        for (var i = 0; i < cells.Length; i++)
        {
            var heading = Heading(cells[i]);
            columns[i] = Kind(heading);
            if (columns[i] == Column.Unknown && heading.Length > 0) unknown.Add(heading);
        }
        // A column headed just "Response" beside another of actions holds the agreement, as the template's third does.
        if (!columns.Contains(Column.Response) && columns.Count(c => c == Column.Actions) > 1)
        {
            var response = Array.FindIndex(cells, c => Heading(c).Equals("Response", StringComparison.OrdinalIgnoreCase));
            if (response >= 0) columns[response] = Column.Response;
        }
        return columns.Contains(Column.Number) && columns.Contains(Column.Recommendation)
               && columns.Any(c => c is Column.Owner or Column.TargetDate or Column.OwnerAndDate)
            ? new PlanColumns(columns, unknown)
            : null;
    }

    /// <summary>The heading's words, without the template's ordinal ("1. Rec No"); plain text needs no markup reading.</summary>
    private static string Heading(string cell)
    {
        var plain = cell.AsSpan().IndexOfAny('<', '&', '\n') < 0 ? cell.Trim() : CellText.Plain(cell);
        return Ordinal().Replace(plain, "");
    }

    private static Column Kind(string heading)
    {
        if (heading.Length == 0) return Column.Unknown;
        if (NumberHeading().IsMatch(heading)) return Column.Number;
        if (AgreedWords().IsMatch(heading)) return Column.Response;
        var owner = OwnerWords().IsMatch(heading);
        var date = DateWords().IsMatch(heading);
        if (owner && date) return Column.OwnerAndDate;
        if (owner) return Column.Owner;
        if (date) return Column.TargetDate;
        if (ActionWords().IsMatch(heading)) return Column.Actions;
        return RecommendationWord().IsMatch(heading) ? Column.Recommendation : Column.Unknown;
    }

    /// <summary>
    /// A row of <see cref="Count"/> cells as the six the reader reads. A combined owner-and-date cell is split entry by
    /// entry into an owners cell and a dates cell, in the same order.
    /// </summary>
    public string[] Six(string[] cells)
    {
        string[] six = ["", "", "", "", "", ""];
        for (var i = 0; i < _columns.Length && i < cells.Length; i++)
        {
            switch (_columns[i])
            {
                case Column.Unknown:
                    break;
                case Column.OwnerAndDate:
                    foreach (var entry in CellText.Entries(cells[i], 0))
                    {
                        var (owner, date) = OwnerAndDate.Split(entry);
                        if (owner is not null) six[4] = Joined(six[4], Paragraph(owner));
                        if (date is not null) six[5] = Joined(six[5], Paragraph(date));
                    }
                    break;
                default:
                    six[(int)_columns[i]] = Joined(six[(int)_columns[i]], cells[i]);
                    break;
            }
        }
        return six;
    }

    /// <summary>A row shorter than the headings, aligned to the right-hand columns.</summary>
    public string[] RightAligned(string[] cells) => [.. Enumerable.Repeat("", Math.Max(0, Count - cells.Length)), .. cells];

    private static string Joined(string cell, string more) =>
        cell.Length == 0 ? more : more.Length == 0 ? cell : cell + "<br>" + more;

    private static string Paragraph(string text) => "<p>" + WebUtility.HtmlEncode(text) + "</p>";

    // "1. Rec No": the template numbers its headings.
    [GeneratedRegex(@"^[0-9]{1,2}[.)]\s+", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^(?:rec\.?(?:\s*(?:no\.?|number|ref\.?))?|(?:recommendation\s*)?(?:no\.?|number|ref(?:erence)?\.?|#))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex NumberHeading();

    [GeneratedRegex(@"\b(?:agreed|accepted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex AgreedWords();

    [GeneratedRegex(@"\b(?:owners?|responsib\w*|leads?|who)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex OwnerWords();

    [GeneratedRegex(@"\b(?:target|dates?|deadlines?|timescales?|when|due)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex DateWords();

    [GeneratedRegex(@"\b(?:response|actions?|planned|taken|progress|steps)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex ActionWords();

    [GeneratedRegex(@"\brecommendations?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex RecommendationWord();
}
