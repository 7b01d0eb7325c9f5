using System.Text;

namespace ActionPlans.Documents.Publishing;

/// <summary>Text made safe to put in a document: characters XML forbids (and that no font draws) are left out.</summary>
internal static class PrintableText
{
    /// <summary>
    /// Keeps what XML 1.0 allows, less tabs and carriage returns: control characters, lone surrogates and
    /// U+FFFE/U+FFFF go. Tabs become spaces since a tab means nothing inside a cell; newlines stay, as paragraph breaks.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (IsClean(text)) return text;
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[++i]);
                continue;
            }
            if (c == '\t') kept.Append(' ');
            else if (Allowed(c)) kept.Append(c);
        }
        return kept.ToString();
    }

    /// <summary>The text as paragraphs: one per line, blank lines left out.</summary>
    public static IEnumerable<string> Paragraphs(string? text) =>
        Clean(text).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsClean(string text)
    {
        foreach (var c in text)
            if (!Allowed(c)) return false;
        return true;
    }

    private static bool Allowed(char c) =>
        c == '\n' || (!char.IsControl(c) && (c < '\uD800' || (c >= '\uE000' && c <= '\uFFFD')));
}
