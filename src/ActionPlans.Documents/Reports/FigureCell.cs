using System.Globalization;
using System.Text.RegularExpressions;

namespace ActionPlans.Documents.Reports;

/// <summary>
/// One cell of a figures table: a percentage, no figure ("No comparable data available"), or the mark of
/// a qualitative question; with the footnotes it points to.
/// </summary>
internal sealed partial record FigureCell(decimal? Value, bool Qualitative, IReadOnlyList<int> Marks)
{
    public static readonly FigureCell Missing = new(null, false, []);

    public static FigureCell Read(string cell, int line, ICollection<Warning> warnings)
    {
        var (text, marks) = Footnotes.Split(cell);
        var percentage = Percentage().Match(text);
        if (percentage.Success)
        {
            var value = decimal.Parse(percentage.Groups["value"].Value, CultureInfo.InvariantCulture);
            if (value > 100) throw new ReportFormatException($"{text} is not a share of cases: figures run from 0% to 100%.", line);
            return new FigureCell(value, false, marks);
        }
        if (text.Contains("qualitative", StringComparison.OrdinalIgnoreCase)) return new FigureCell(null, true, marks);
        if (text.Length > 0 && !NoFigure().IsMatch(text))
            warnings.Add(new Warning(line, $"\"{text}\" is not a figure; read as no figure."));
        return new FigureCell(null, false, marks);
    }

    [GeneratedRegex(@"^(?<value>[0-9]{1,6}(?:\.[0-9]{1,6})?)\s*%$", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex Percentage();

    [GeneratedRegex(@"^(no comparable|no data|not known|n/?a\b|-+$)", RegexOptions.IgnoreCase, Core.PatternTimeout.Milliseconds)]
    private static partial Regex NoFigure();
}
