using ActionPlans.Core.Tests.Seeds;

namespace ActionPlans.Documents.Tests.Reports;

/// <summary>Seed 003, the 2020 report on Northumbria CRC, and ways to spoil it for the bad-input tests.</summary>
internal static class NorthumbriaReport
{
    // Read on first use, so that without the documents each test is skipped rather than the class failing to load.
    private static readonly Lazy<string> Read = new(() => SeedDocuments.Read(SeedDocuments.ReportNorthumbria));

    public static string Text => Read.Value;

    public static List<string> Lines => [.. Text.Replace("\r\n", "\n").Split('\n')];

    public static string Join(IEnumerable<string> lines) => string.Join("\n", lines);

    /// <summary>The 1-based number of the first line that satisfies the test.</summary>
    public static int LineOf(IReadOnlyList<string> lines, Func<string, bool> test) =>
        lines.Select((line, index) => (line, index)).First(l => test(l.line)).index + 1;
}
