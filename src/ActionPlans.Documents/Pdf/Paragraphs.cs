using System.Text;
using System.Text.RegularExpressions;

namespace ActionPlans.Documents.Pdf;

/// <summary>
/// Lines of text back into paragraphs. A line goes on the paragraph above it unless the line above stopped short of
/// the right edge (its next word would have fitted there, so the writer broke it on purpose), a list item starts, the
/// type size changes, or a gap wider than a line separates them.
/// </summary>
internal sealed record Paragraph(double Baseline, string Text);

internal static partial class Paragraphs
{
    /// <param name="starts">
    /// Baselines where the cell to the left starts a paragraph: a line level with one starts a paragraph here too, as
    /// owners and dates are set level with their actions.
    /// </param>
    /// <param name="pitch">The step between the lines of a paragraph, where the lines' own steps may not show it.</param>
    public static List<Paragraph> Join(List<WordLine> lines, double left, double right, double pitch, IReadOnlyList<Paragraph>? starts = null)
    {
        var paragraphs = new List<Paragraph>();
        if (lines.Count == 0) return paragraphs;
        // The text stands off the edges by the same padding each side.
        var inset = Math.Clamp(lines.Min(l => l.Left) - left, 0, 12);
        var limit = right - inset;
        var text = new StringBuilder(lines[0].Text);
        var baseline = lines[0].Baseline;
        for (var i = 1; i < lines.Count; i++)
        {
            var level = starts is not null && starts.Any(p => Math.Abs(p.Baseline - lines[i].Baseline) < 1);
            if (level || Breaks(lines[i - 1], lines[i], limit, pitch))
            {
                paragraphs.Add(new Paragraph(baseline, text.ToString()));
                text.Clear();
                baseline = lines[i].Baseline;
            }
            else
                GoOn(text);
            text.Append(lines[i].Text);
        }
        paragraphs.Add(new Paragraph(baseline, text.ToString()));
        return paragraphs;
    }

    /// <summary>
    /// Readies a paragraph for its next line: a space between words, none after a hyphen that ends a line after a letter
    /// ("offending-" then "related"), where a compound word was broken.
    /// </summary>
    public static void GoOn(StringBuilder paragraph)
    {
        if (paragraph.Length == 0) return;
        if (paragraph.Length >= 2 && paragraph[^1] == '-' && char.IsLetter(paragraph[^2])) return;
        paragraph.Append(' ');
    }

    public static bool StartsItem(string text) => ListItem().IsMatch(text.AsSpan(0, Math.Min(text.Length, 12)));

    public static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or ':' or ';';

    /// <summary>The distance between the baselines of lines of one paragraph: the least between neighbours of one size.</summary>
    public static double Pitch(IReadOnlyList<WordLine> lines)
    {
        var pitch = double.MaxValue;
        for (var i = 1; i < lines.Count; i++)
        {
            var step = lines[i].Baseline - lines[i - 1].Baseline;
            if (Math.Abs(lines[i].Size - lines[i - 1].Size) <= 0.5 && step > 0.8 * lines[i].Size) pitch = Math.Min(pitch, step);
        }
        return pitch == double.MaxValue ? 1.2 * lines.Select(l => l.Size).DefaultIfEmpty(10).Max() : pitch;
    }

    /// <summary>Does <paramref name="line"/> start a paragraph, rather than go on with the one <paramref name="above"/> it?</summary>
    public static bool Breaks(WordLine above, WordLine line, double limit, double pitch)
    {
        if (Math.Abs(above.Size - line.Size) > 0.5) return true;
        // Space between paragraphs: wider than the lines of one paragraph stand apart.
        if (line.Baseline - above.Baseline > 1.15 * pitch + 0.5) return true;
        if (StartsItem(line.Text)) return true;
        var next = line.Words[0];
        return above.Right + above.Space + (next.Right - next.Left) < limit - 0.5;
    }

    /// <summary>A cell's paragraphs as the readers take them: plain when one, each in &lt;p&gt; when several.</summary>
    public static string CellText(IReadOnlyList<Paragraph> paragraphs) => paragraphs.Count switch
    {
        0 => "",
        1 => Escape(paragraphs[0].Text),
        _ => string.Concat(paragraphs.Select(p => "<p>" + Escape(p.Text) + "</p>")),
    };

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    // A bullet, a dash, "a)", "(a)", "a.", "1.1", "1." or "1)" followed by a space: the word that starts a list item.
    [GeneratedRegex(@"^(?:[•·▪◦●○\-–]|\(?[a-z]\)|[a-z]\.|[0-9]{1,2}\.[0-9]{1,2}\.?|[0-9]{1,2}[.)])\s", RegexOptions.CultureInvariant, Core.PatternTimeout.Milliseconds)]
    private static partial Regex ListItem();
}
