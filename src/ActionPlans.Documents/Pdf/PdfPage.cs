using UglyToad.PdfPig.Content;

namespace ActionPlans.Documents.Pdf;

/// <summary>A word where the page draws it, in points from the page's top left corner (PDF space runs up from the foot).</summary>
internal sealed record PlacedWord(string Text, double Left, double Right, double Top, double Baseline, double Size);

/// <summary>Words on one baseline, left to right: a visual line, or the part of one inside one table cell.</summary>
internal sealed class WordLine(List<PlacedWord> words)
{
    public List<PlacedWord> Words { get; } = words;
    public double Left => Words[0].Left;
    public double Right => Words[^1].Right;
    public double Top => Words.Min(w => w.Top);
    public double Baseline => Words[0].Baseline;
    public double Size => Words.Max(w => w.Size);

    /// <summary>The width of a space on this line: the narrowest gap between its words, or a quarter of the type size.</summary>
    public double Space
    {
        get
        {
            var gaps = Words.Zip(Words.Skip(1), (a, b) => b.Left - a.Right).Where(g => g > 0.5).ToList();
            return gaps.Count > 0 ? Math.Min(gaps.Min(), 0.4 * Size) : 0.28 * Size;
        }
    }

    public string Text => string.Join(" ", Words.Select(w => w.Text));

    /// <summary>Words into lines by baseline (within a third of the type size), each line left to right, lines top down.</summary>
    public static List<WordLine> Group(IEnumerable<PlacedWord> words)
    {
        var lines = new List<WordLine>();
        foreach (var word in words.OrderBy(w => w.Baseline).ThenBy(w => w.Left))
        {
            if (lines.Count > 0 && Math.Abs(lines[^1].Baseline - word.Baseline) <= 0.35 * Math.Max(word.Size, lines[^1].Size))
                lines[^1].Words.Add(word);
            else
                lines.Add(new WordLine([word]));
        }
        foreach (var line in lines) line.Words.Sort((a, b) => a.Left.CompareTo(b.Left));
        return lines;
    }

    /// <summary>Splits the line where the gap between words is wider than <paramref name="gap"/> points: the columns of a table laid out without rules.</summary>
    public IEnumerable<WordLine> Runs(double gap)
    {
        var run = new List<PlacedWord> { Words[0] };
        foreach (var word in Words.Skip(1))
        {
            if (word.Left - run[^1].Right > gap)
            {
                yield return new WordLine(run);
                run = [];
            }
            run.Add(word);
        }
        yield return new WordLine(run);
    }
}

/// <summary>One page's words and ruling lines, read from the PDF.</summary>
internal sealed class PdfPage
{
    public required int Number { get; init; }
    public required double Width { get; init; }
    public required double Height { get; init; }
    public required IReadOnlyList<PlacedWord> Words { get; init; }
    public required Rules Rules { get; init; }

    /// <summary>Pictures and no words: a scanned page.</summary>
    public bool IsScan { get; init; }

    public static PdfPage Read(Page page)
    {
        var height = page.Height;
        var words = new List<PlacedWord>();
        foreach (var word in page.GetWords())
        {
            var text = word.Text.Trim();
            if (text.Length == 0 || word.Letters.Count == 0) continue;
            var box = word.BoundingBox;
            var size = word.Letters.Max(l => l.PointSize);
            if (size <= 0) size = Math.Max(1, box.Height);
            words.Add(new PlacedWord(text, box.Left, box.Right, height - box.Top, height - word.Letters[0].StartBaseLine.Y, size));
        }
        return new PdfPage
        {
            Number = page.Number,
            Width = page.Width,
            Height = height,
            Words = words,
            Rules = Rules.Read(page),
            IsScan = words.Count == 0 && page.NumberOfImages > 0,
        };
    }
}
