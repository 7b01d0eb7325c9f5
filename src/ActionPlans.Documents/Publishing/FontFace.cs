using System.Collections.Concurrent;
using System.Text;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;

namespace ActionPlans.Documents.Publishing;

/// <summary>
/// A face of DejaVu Sans (Debian's fonts-dejavu-core), which draws Latin, Greek, Cyrillic, Hebrew and Arabic
/// letters: its file to embed and its widths to lay text out with. Loaded once, shared by every document.
/// </summary>
internal sealed class FontFace
{
    private static readonly string[] Folders =
        ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts")];

    private static readonly Lazy<FontFace> RegularFace = new(() => new FontFace("DejaVuSans.ttf"));
    private static readonly Lazy<FontFace> BoldFace = new(() => new FontFace("DejaVuSans-Bold.ttf"));

    public static FontFace Regular => RegularFace.Value;
    public static FontFace Bold => BoldFace.Value;

    private readonly TrueTypeFont _font;
    private readonly double _unitsPerEm;
    private readonly ConcurrentDictionary<char, double> _advances = new();

    private FontFace(string file)
    {
        File = Load(file);
        _font = TrueTypeFontParser.Parse(new TrueTypeDataBytes(File));
        _unitsPerEm = _font.GetUnitsPerEm();
    }

    public byte[] File { get; }

    /// <summary>
    /// The text as this face can draw it: a character it has no glyph for becomes "?", as does a character
    /// outside the Basic Multilingual Plane (emoji), which the PDF writer cannot encode.
    /// </summary>
    public string Drawable(string text)
    {
        StringBuilder? kept = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var drawable = !char.IsSurrogate(c) && Advance(c) >= 0;
            if (drawable && kept is null) continue;
            kept ??= new StringBuilder(text, 0, i, text.Length);
            if (drawable) kept.Append(c);
            else
            {
                kept.Append('?');
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            }
        }
        return kept?.ToString() ?? text;
    }

    /// <summary>The width in points of drawable text at the given size.</summary>
    public double Width(string text, double size)
    {
        var units = 0.0;
        foreach (var c in text) units += Math.Max(0, Advance(c));
        return units * size / _unitsPerEm;
    }

    /// <summary>The glyph's advance in font units; negative when the face has no glyph for the character.</summary>
    private double Advance(char c) => _advances.GetOrAdd(c, ch => _font.TryGetAdvanceWidth(ch, out var width) ? width : -1);

    private static byte[] Load(string file)
    {
        foreach (var folder in Folders.Where(Directory.Exists))
        {
            var found = Directory.EnumerateFiles(folder, file, SearchOption.AllDirectories).FirstOrDefault();
            if (found is not null) return System.IO.File.ReadAllBytes(found);
        }
        throw new FileNotFoundException($"The PDF needs the font file {file} (Debian package fonts-dejavu-core) under one of: {string.Join(", ", Folders)}.", file);
    }
}

/// <summary>A face at a size.</summary>
internal sealed record Typeface(FontFace Face, double Size)
{
    public double LineHeight => Size * 1.22;

    /// <summary>From the top of a line to its baseline.</summary>
    public double Ascent => Size * 0.93;
}
