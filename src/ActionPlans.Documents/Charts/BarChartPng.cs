using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using ActionPlans.Documents.Insight;

namespace ActionPlans.Documents.Charts;

/// <summary>
/// Draws an <see cref="InsightFigure"/> as a PNG picture of the same horizontal stacked bars as <see cref="BarChart"/>, for
/// documents that take pictures rather than SVG (Word, PDF). It draws rectangles and lines only: the labels are in the
/// figure's table, in the same order as the bars, and <see cref="Key"/> says which colour is which column.
/// </summary>
public static class BarChartPng
{
    /// <summary>The name of each of <see cref="BarChart.Colours"/>, in the same order.</summary>
    private static readonly string[] ColourNames = ["green", "blue", "orange", "red", "purple", "turquoise", "pink", "grey", "brown", "olive"];

    public const int Width = 720;
    private const int Left = 12, Right = 20, Top = 10, BarHeight = 20, BarGap = 10, Bottom = 10;
    private const int PlotWidth = Width - Left - Right;
    private static readonly Rgb White = new(255, 255, 255), Axis = Rgb.Of("#505a5f"), Grid = Rgb.Of("#b1b4b6");

    public static int Height(InsightFigure figure) => Top + Math.Max(1, figure.Rows.Count) * (BarHeight + BarGap) + Bottom;

    /// <summary>The bars' colours and the value axis in words, to set beside the picture.</summary>
    public static string Key(InsightFigure figure)
    {
        var scale = ScaleOf(figure);
        var colours = string.Join("; ", figure.Series.Select((s, i) => $"{s}: {ColourNames[i % ColourNames.Length]} ({BarChart.Colours[i % BarChart.Colours.Count]})"));
        return $"One bar for each row of the table, in its order, starting at the top. Colours: {colours}. " +
               $"The value axis runs from 0 to {Number(scale.Max)}, with a line every {Number(scale.Step)}.";
    }

    /// <summary>The colour of each column after the first, in words (for example "green").</summary>
    public static string ColourName(int series) => ColourNames[series % ColourNames.Length];

    public static byte[] Render(InsightFigure figure)
    {
        var height = Height(figure);
        var pixels = new Rgb[Width * height];
        Array.Fill(pixels, White);
        void Fill(int x, int y, int w, int h, Rgb colour)
        {
            for (var row = Math.Max(0, y); row < Math.Min(height, y + h); row++)
                for (var column = Math.Max(0, x); column < Math.Min(Width, x + w); column++)
                    pixels[row * Width + column] = colour;
        }

        var scale = ScaleOf(figure);
        var plotBottom = height - Bottom;
        for (var value = scale.Step; value <= scale.Max; value += scale.Step)
            Fill(Left + scale.Length(value, PlotWidth), Top, 1, plotBottom - Top, Grid);
        for (var r = 0; r < figure.Rows.Count; r++)
        {
            var row = figure.Rows[r];
            var y = Top + r * (BarHeight + BarGap) + BarGap / 2;
            var x = Left;
            for (var s = 0; s < figure.Series.Count; s++)
            {
                var length = scale.Length(row.Values[s], PlotWidth);
                Fill(x, y, length, BarHeight, Rgb.Of(BarChart.Colours[s % BarChart.Colours.Count]));
                x += length;
            }
        }
        Fill(Left, Top, 2, plotBottom - Top, Axis);
        Fill(Left, plotBottom - 1, PlotWidth + 1, 2, Axis);
        return Png(pixels, Width, height);
    }

    private static BarChart.Scale ScaleOf(InsightFigure figure) => BarChart.Scale.For(figure.Rows.Select(r => r.Total).DefaultIfEmpty(0).Max());

    private static string Number(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>An 8-bit RGB PNG: the signature, IHDR, one zlib IDAT of rows each led by filter 0, IEND.</summary>
    private static byte[] Png(Rgb[] pixels, int width, int height)
    {
        var raw = new byte[height * (1 + 3 * width)];
        for (var y = 0; y < height; y++)
        {
            var at = y * (1 + 3 * width);
            raw[at++] = 0;
            for (var x = 0; x < width; x++)
            {
                var p = pixels[y * width + x];
                raw[at++] = p.R;
                raw[at++] = p.G;
                raw[at++] = p.B;
            }
        }
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(raw);

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = 2; // colour type: RGB
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type);
        png.Write(typed);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Of(typed, data));
        png.Write(number);
    }

    private readonly record struct Rgb(byte R, byte G, byte B)
    {
        public static Rgb Of(string hex) => new(
            byte.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            byte.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            byte.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
    }

    /// <summary>The CRC-32 a PNG chunk ends with (ISO 3309, reflected, polynomial 0xEDB88320), over its type and data.</summary>
    private static class Crc32
    {
        private static readonly uint[] Table = [.. Enumerable.Range(0, 256).Select(n =>
        {
            var c = (uint)n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            return c;
        })];

        public static uint Of(byte[] type, byte[] data)
        {
            var crc = 0xFFFFFFFFu;
            foreach (var b in type) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            foreach (var b in data) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            return crc ^ 0xFFFFFFFFu;
        }
    }
}
