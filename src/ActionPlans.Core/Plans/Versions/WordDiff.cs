namespace ActionPlans.Core.Plans.Versions;

public enum WordChangeKind
{
    Same,
    Inserted,
    Deleted,
}

/// <summary>A run of words that stayed, was inserted or was deleted; a page marks them with ins and del.</summary>
public sealed record WordChange(WordChangeKind Kind, string Text);

/// <summary>Word-level differences by the longest common subsequence of words.</summary>
public static class WordDiff
{
    public static IReadOnlyList<WordChange> Between(string? before, string? after)
    {
        var a = Words(before);
        var b = Words(after);

        // Edits are usually local: strip the common ends so the table covers only the changed middle.
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head]) head++;
        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)]) tail++;

        var runs = new List<WordChange>();
        Add(runs, WordChangeKind.Same, a[..head]);
        foreach (var (kind, word) in Middle(a[head..^tail], b[head..^tail])) Add(runs, kind, [word]);
        Add(runs, WordChangeKind.Same, a[^tail..]);
        return runs;
    }

    /// <summary>How alike two texts are: twice the common words over all words, from 0 to 1.</summary>
    public static double Similarity(string? before, string? after)
    {
        var a = Words(before);
        var b = Words(after);
        if (a.Length + b.Length == 0) return 1;
        return 2.0 * Table(a, b)[0, 0] / (a.Length + b.Length);
    }

    private static IEnumerable<(WordChangeKind, string)> Middle(string[] a, string[] b)
    {
        var lcs = Table(a, b);
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { yield return (WordChangeKind.Same, a[i]); i++; j++; }
            else if (lcs[i + 1, j] >= lcs[i, j + 1]) yield return (WordChangeKind.Deleted, a[i++]);
            else yield return (WordChangeKind.Inserted, b[j++]);
        }
        while (i < a.Length) yield return (WordChangeKind.Deleted, a[i++]);
        while (j < b.Length) yield return (WordChangeKind.Inserted, b[j++]);
    }

    /// <summary>lcs[i, j] is the length of the longest common subsequence of a[i..] and b[j..].</summary>
    private static int[,] Table(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        return lcs;
    }

    private static void Add(List<WordChange> runs, WordChangeKind kind, string[] words)
    {
        if (words.Length == 0) return;
        var text = string.Join(' ', words);
        if (runs.Count > 0 && runs[^1].Kind == kind) runs[^1] = runs[^1] with { Text = runs[^1].Text + " " + text };
        else runs.Add(new WordChange(kind, text));
    }

    private static string[] Words(string? text) => (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
