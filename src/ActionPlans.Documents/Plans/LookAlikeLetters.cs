using System.Collections.Frozen;
using System.Text;

namespace ActionPlans.Documents.Plans;

/// <summary>
/// Extraction sometimes yields Cyrillic or Greek letters that look like Latin ones inside English words
/// (Cyrillic "Н" in "НОО"); they break searching and matching, so they are turned into the Latin letter.
/// </summary>
internal static class LookAlikeLetters
{
    private static readonly FrozenDictionary<char, char> Latin = new Dictionary<char, char>
    {
        // Cyrillic
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P',
        ['С'] = 'C', ['Т'] = 'T', ['Х'] = 'X', ['У'] = 'Y', ['Ѕ'] = 'S', ['І'] = 'I', ['Ј'] = 'J',
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['ѕ'] = 's',
        ['і'] = 'i', ['ј'] = 'j', ['һ'] = 'h', ['ԁ'] = 'd',
        // Greek
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M',
        ['Ν'] = 'N', ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X', ['ο'] = 'o', ['ν'] = 'v',
    }.ToFrozenDictionary();

    /// <summary>
    /// The line with look-alike letters made Latin, in words that are Latin or made only of look-alikes;
    /// the same string instance when there was nothing to change.
    /// </summary>
    public static string Normalise(string line)
    {
        // Cheap exit: almost every line is free of Greek and Cyrillic.
        if (!line.AsSpan().ContainsAnyInRange('\u0370', '\u04FF')) return line;

        var result = new StringBuilder(line);
        var changed = false;
        var start = 0;
        while (start < line.Length)
        {
            if (!char.IsLetter(line[start])) { start++; continue; }
            var end = start;
            while (end < line.Length && char.IsLetter(line[end])) end++;
            var word = line.AsSpan(start, end - start);
            // A real Greek or Cyrillic word has letters with no Latin twin; leave it alone.
            if (IsLatinOrLookAlike(word))
                for (var i = start; i < end; i++)
                    if (Latin.TryGetValue(line[i], out var latin))
                    {
                        result[i] = latin;
                        changed = true;
                    }
            start = end;
        }
        return changed ? result.ToString() : line;
    }

    private static bool IsLatinOrLookAlike(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsAsciiLetter(c) && !Latin.ContainsKey(c)) return false;
        return true;
    }
}
