using ActionPlans.Core.Plans;

namespace ActionPlans.Documents.Plans;

/// <summary>Reads the template's response words in any case or spacing, and their common variants and misspellings.</summary>
internal static class ResponseWords
{
    public static ResponseKind? Read(string plain)
    {
        Span<char> letters = stackalloc char[32];
        var n = 0;
        foreach (var c in plain)
        {
            if (!char.IsLetter(c)) continue;
            if (n == letters.Length) return null; // a sentence, not a response word
            letters[n++] = char.ToLowerInvariant(c);
        }
        var word = letters[..n];
        if (!word.Contains("agr", StringComparison.Ordinal) && !word.Contains("gree", StringComparison.Ordinal)) return null;
        if (word.StartsWith("not") || word.StartsWith("dis") || word.StartsWith("non")) return ResponseKind.NotAgreed;
        // "Partly agreed", "Partially Agreed", "Agreed in part", "Agreed partially".
        if (word.StartsWith("part") || word.Contains("inpart", StringComparison.Ordinal) || word.EndsWith("partly") || word.EndsWith("partially"))
            return ResponseKind.PartlyAgreed;
        if (word.StartsWith("ag") || word.StartsWith("fully")) return ResponseKind.Agreed;
        return null;
    }
}
