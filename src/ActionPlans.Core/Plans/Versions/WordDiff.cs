namespace ActionPlans.Core.Plans.Versions;

public enum WordChangeKind
{
    Same,
    Inserted,
    Deleted,
}

/// <summary>A run of words that stayed, was inserted or was deleted; a page marks them with ins and del.</summary>
public sealed record WordChange(WordChangeKind Kind, string Text);

/// <summary>
/// Word-level differences: the shortest edit script of words (Myers' O(ND) algorithm), so the time and memory
/// grow with how much changed rather than with the square of the texts' length.
/// </summary>
public static class WordDiff
{
    /// <summary>
    /// The most words inserted plus deleted that are matched word by word (about 4 MB of working memory); a
    /// middle that changed more is shown as all its earlier words deleted and all its later words inserted.
    /// </summary>
    public const int MaxEdits = 1000;

    public static IReadOnlyList<WordChange> Between(string? before, string? after)
    {
        var a = Words(before);
        var b = Words(after);

        // Edits are usually local: strip the common ends so the search covers only the changed middle.
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head]) head++;
        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)]) tail++;
        var (middleBefore, middleAfter) = (a[head..^tail], b[head..^tail]);

        var runs = new List<WordChange>();
        Add(runs, WordChangeKind.Same, a[..head]);
        if (Script(middleBefore, middleAfter) is { } script)
            // Words of one kind are joined once per run, not once per word, so a long run costs its length only.
            for (var start = 0; start < script.Count;)
            {
                var end = start;
                while (end < script.Count && script[end].Kind == script[start].Kind) end++;
                Add(runs, script[start].Kind, [.. script[start..end].Select(s => s.Word)]);
                start = end;
            }
        else
        {
            Add(runs, WordChangeKind.Deleted, middleBefore);
            Add(runs, WordChangeKind.Inserted, middleAfter);
        }
        Add(runs, WordChangeKind.Same, a[^tail..]);
        return runs;
    }

    /// <summary>How alike two texts are: twice the common words over all words, from 0 to 1 (0 when they differ by more than <see cref="MaxEdits"/>).</summary>
    public static double Similarity(string? before, string? after)
    {
        var a = Words(before);
        var b = Words(after);
        if (a.Length + b.Length == 0) return 1;
        return Script(a, b) is { } script ? 2.0 * script.Count(s => s.Kind == WordChangeKind.Same) / (a.Length + b.Length) : 0;
    }

    /// <summary>The words of <paramref name="a"/> and <paramref name="b"/> in order, each kept, deleted or inserted; null beyond <see cref="MaxEdits"/>.</summary>
    private static List<(WordChangeKind Kind, string Word)>? Script(string[] a, string[] b)
    {
        int n = a.Length, m = b.Length, most = Math.Min(n + m, MaxEdits);
        // v[offset + k] is the furthest x reached on diagonal k (x - y = k); trace[d] is v as it stood before step d.
        var offset = most + 1;
        var v = new int[2 * most + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= most; d++)
        {
            trace.Add(v[(offset - d - 1)..(offset + d + 2)]);
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y]) (x, y) = (x + 1, y + 1);
                v[offset + k] = x;
                if (x >= n && y >= m) return Backtrack(a, b, trace);
            }
        }
        return null;
    }

    private static List<(WordChangeKind Kind, string Word)> Backtrack(string[] a, string[] b, List<int[]> trace)
    {
        var script = new List<(WordChangeKind, string)>();
        int x = a.Length, y = b.Length;
        for (var d = trace.Count - 1; d >= 0; d--)
        {
            // trace[d] holds diagonals -d-1 … d+1.
            var v = trace[d];
            int At(int diagonal) => v[diagonal + d + 1];
            var k = x - y;
            var previousK = k == -d || (k != d && At(k - 1) < At(k + 1)) ? k + 1 : k - 1;
            var previousX = At(previousK);
            var previousY = previousX - previousK;
            for (; x > previousX && y > previousY; x--, y--) script.Add((WordChangeKind.Same, a[x - 1]));
            if (d > 0) script.Add(x == previousX ? (WordChangeKind.Inserted, b[y - 1]) : (WordChangeKind.Deleted, a[x - 1]));
            (x, y) = (previousX, previousY);
        }
        script.Reverse();
        return script;
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
