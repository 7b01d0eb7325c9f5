using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ActionPlans.Documents.Plans;

/// <summary>How a paragraph or item of a cell is marked.</summary>
internal enum Marker
{
    None,
    Bullet,
    LetterParen,
    LetterDot,
    Numbered,
}

/// <summary>A paragraph or list item of a cell, as plain text.</summary>
internal sealed class Block(string text, Marker marker, string? label, bool inList, int line)
{
    public string Text { get; set; } = text;
    public Marker Marker { get; } = marker;

    /// <summary>"a)", "1.1", "a."; null for bullets and plain paragraphs.</summary>
    public string? Label { get; } = label;

    /// <summary>Came from a list the markup closes, so a paragraph after it is not part of it.</summary>
    public bool InList { get; } = inList;

    public int Line { get; } = line;

    /// <summary>First text of a row that carries its own owner or date: it starts an action, never finishes the one above.</summary>
    public bool StartsActionRow { get; set; }

    /// <summary>The row group (a row of actions with the owners and dates beside it) the block starts in.</summary>
    public int Group { get; set; }

    /// <summary>Ends a sentence, so text on the next page starts a new paragraph rather than finishing this one.</summary>
    public bool IsFinished => EndsSentence(Text);

    public static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or ':' or ';' or ')' or '"' or '\u201d' or '\u2019';

    /// <summary>The block as a line of an action's text, keeping sub-item labels.</summary>
    public override string ToString() => Marker switch
    {
        Marker.Bullet => "• " + Text,
        _ when Label is not null => Label + " " + Text,
        _ => Text,
    };
}

/// <summary>
/// Turns a cell's HTML fragment (or plain text) into paragraphs and items: tags dropped, entities decoded,
/// whitespace collapsed, list markers (•, -, –, a), a., 1., 1), 1.1) recognised and separated.
/// </summary>
internal static partial class CellText
{
    public static List<Block> Blocks(string cell, int line)
    {
        var blocks = new List<Block>();
        var text = new StringBuilder();
        var listDepth = 0;
        var inItem = false;

        void Flush()
        {
            var plain = Clean(text.ToString());
            text.Clear();
            if (plain.Length > 0) AddBlocks(blocks, plain, inItem || listDepth > 0, line);
        }

        var i = 0;
        while (i < cell.Length)
        {
            var lt = cell.IndexOf('<', i);
            var end = lt < 0 ? -1 : cell.IndexOf('>', lt);
            if (lt < 0 || end < 0 || !IsTagStart(cell, lt))
            {
                var upTo = lt < 0 || end < 0 ? cell.Length : lt + 1;
                AppendText(cell.AsSpan(i, upTo - i), text, Flush);
                i = upTo;
                continue;
            }

            AppendText(cell.AsSpan(i, lt - i), text, Flush);
            var closing = cell[lt + 1] == '/';
            var name = TagName(cell.AsSpan(lt + (closing ? 2 : 1), end - lt - (closing ? 2 : 1)));
            switch (name)
            {
                case "p" or "div" or "br" or "tr" or "h1" or "h2" or "h3" or "h4":
                    Flush();
                    break;
                case "ul" or "ol":
                    Flush();
                    listDepth = Math.Max(0, listDepth + (closing ? -1 : 1));
                    break;
                case "li":
                    Flush();
                    inItem = !closing;
                    break;
                default:
                    // Inline markup (b, i, sup, span…) carries no structure; a space keeps words apart.
                    if (name is "td" or "th") text.Append(' ');
                    break;
            }
            i = end + 1;
        }
        Flush();
        return blocks;
    }

    /// <summary>Every paragraph or line of a cell as plain text: the owners or target dates one per action.</summary>
    public static List<string> Entries(string cell, int line) => Blocks(cell, line).Select(b => b.Text).ToList();

    /// <summary>The cell as one line of plain text.</summary>
    public static string Plain(string cell) => string.Join(" ", Blocks(cell, 0).Select(b => b.ToString()));

    private static void AppendText(ReadOnlySpan<char> span, StringBuilder text, Action flush)
    {
        // A newline inside a cell (multi-line extraction) separates entries like a paragraph does.
        foreach (var part in span.Split('\n'))
        {
            if (part.Start.Value > 0) flush();
            text.Append(span[part]);
        }
    }

    private static bool IsTagStart(string s, int lt) =>
        lt + 1 < s.Length && (char.IsAsciiLetter(s[lt + 1]) || (s[lt + 1] == '/' && lt + 2 < s.Length && char.IsAsciiLetter(s[lt + 2])));

    private static string TagName(ReadOnlySpan<char> inside)
    {
        var n = 0;
        while (n < inside.Length && char.IsAsciiLetterOrDigit(inside[n])) n++;
        return inside[..n].ToString().ToLowerInvariant();
    }

    private static string Clean(string s) =>
        s.Length == 0 ? s : Whitespace().Replace(WebUtility.HtmlDecode(s), " ").Trim();

    private static void AddBlocks(List<Block> blocks, string text, bool inList, int line)
    {
        foreach (var piece in Pieces(text, inList))
        {
            var (marker, label, rest) = MarkerOf(piece);
            if (marker == Marker.None && inList) marker = Marker.Bullet;
            if (rest.Length > 0) blocks.Add(new Block(rest, marker, label, inList, line));
        }
    }

    /// <summary>Splits text that holds several items in a row ("• a • b", "- a - b", "a. x; b. y").</summary>
    private static IEnumerable<string> Pieces(string text, bool inList)
    {
        if (text.AsSpan().IndexOfAny(BulletChars) >= 0)
            return BulletSplit().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).Select((p, n) => n == 0 && !StartsWithBullet(text) ? p : "• " + p);
        if (inList && text.StartsWith("- ", StringComparison.Ordinal))
            return DashSplit().Split(text[2..]).Select(p => "• " + p.Trim());
        if (inList && LetterDot().IsMatch(text))
            return LetterDotSplit().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0);
        return [text];
    }

    private static bool StartsWithBullet(string text) => text.AsSpan().IndexOfAny(BulletChars) == 0;

    private static (Marker Marker, string? Label, string Text) MarkerOf(string text)
    {
        if (StartsWithBullet(text) || text.StartsWith("- ", StringComparison.Ordinal) || text.StartsWith("– ", StringComparison.Ordinal))
            return (Marker.Bullet, null, text[1..].Trim());
        var m = Numbered().Match(text);
        if (!m.Success) m = NumberedOnce().Match(text);
        if (m.Success) return (Marker.Numbered, m.Groups["label"].Value, text[m.Length..].Trim());
        m = LetterParen().Match(text);
        if (m.Success) return (Marker.LetterParen, m.Groups["label"].Value + ")", text[m.Length..].Trim());
        m = LetterDot().Match(text);
        if (m.Success) return (Marker.LetterDot, m.Groups["label"].Value + ".", text[m.Length..].Trim());
        return (Marker.None, null, text);
    }

    private static ReadOnlySpan<char> BulletChars => "•·▪◦●○";

    [GeneratedRegex(@"\s+", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*[•·▪◦●○]\s*", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex BulletSplit();

    [GeneratedRegex(@"\s+-\s+", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex DashSplit();

    [GeneratedRegex(@"(?<=[\s;])(?=[a-z]\.\s+[A-Z])", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex LetterDotSplit();

    [GeneratedRegex(@"^(?<label>[0-9]{1,2}\.[0-9]{1,2})\s*[-–:.)]?\s+", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex Numbered();

    // "1." or "1)" before words: a number alone ("3.") or a decimal ("2.5 hours") is not an item.
    [GeneratedRegex(@"^(?<label>[0-9]{1,2}[.)])\s+(?=\p{L})", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex NumberedOnce();

    [GeneratedRegex(@"^\(?(?<label>[a-z])\)\s*", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex LetterParen();

    [GeneratedRegex(@"^(?<label>[a-z])\.\s+(?=\S)", RegexOptions.None, Core.PatternTimeout.Milliseconds)]
    private static partial Regex LetterDot();
}
