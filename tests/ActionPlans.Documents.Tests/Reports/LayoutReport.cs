using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.Reports;

/// <summary>An inspection report in the published layout (our own copy or seed 003), and ways to spoil it for the bad-input tests.</summary>
internal static class LayoutReport
{
    public static string Text(Copy copy) => Layouts.Read(Layouts.Report(copy));

    public static List<string> Lines(Copy copy) => [.. Text(copy).Replace("\r\n", "\n").Split('\n')];

    public static string Join(IEnumerable<string> lines) => string.Join("\n", lines);

    /// <summary>The 1-based number of the first line that satisfies the test.</summary>
    public static int LineOf(IReadOnlyList<string> lines, Func<string, bool> test) =>
        lines.Select((line, index) => (line, index)).First(l => test(l.line)).index + 1;
}
