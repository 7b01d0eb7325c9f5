namespace ActionPlans.Documents.Reports;

/// <summary>A report's text as lines, indexed from 0, numbered from 1 for people.</summary>
internal sealed class ReportLines
{
    private readonly string[] _lines;

    public ReportLines(string text) => _lines = text.Replace("\r\n", "\n").Split('\n');

    public int Count => _lines.Length;

    public string this[int index] => _lines[index];

    public static int NumberOf(int index) => index + 1;

    /// <summary>The first line in [from, to) that matches; -1 when none does.</summary>
    public int Find(Func<string, bool> match, int from = 0, int? to = null)
    {
        for (var i = from; i < (to ?? Count); i++)
            if (match(_lines[i])) return i;
        return -1;
    }

    /// <summary>A heading stands on its own line; a contents entry has a tab and a page number after it.</summary>
    public int FindHeading(string startingWith, int from = 0) =>
        Find(l => l.TrimEnd().StartsWith(startingWith, StringComparison.Ordinal) && !l.Contains('\t'), from);

    public int NextNonEmpty(int from, int? to = null) => Find(l => l.Trim().Length > 0, from, to);
}
