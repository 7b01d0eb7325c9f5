using ActionPlans.Core.Tests.Seeds;

namespace ActionPlans.Documents.Tests.Fixtures;

/// <summary>Which copy of a layout a test reads: our own fixture, always present, or the published document, skipped when absent.</summary>
public enum Copy { Own, Published }

/// <summary>
/// The layouts the readers meet, each in two copies. The own copies (the .txt files beside this one) are written
/// for the project in its own words and keep each published document's line structure, so a test can name a line
/// and mean the same place in both.
/// </summary>
public static class Layouts
{
    public static readonly Copy[] Both = [Copy.Own, Copy.Published];

    public static TheoryData<Copy> Copies => [.. Both];

    /// <summary>Cells in HTML, rows cut by page breaks, a repeated recommendation and a summary table (seed 000).</summary>
    public static string PlanInHtmlCells(Copy copy) => copy == Copy.Own ? Own("plan-in-html-cells.txt") : SeedDocuments.PlanNorthumbria;

    /// <summary>One row per action, owners and dates on rows of their own, bullets lost in extraction (seed 001).</summary>
    public static string PlanWithLostBullets(Copy copy) => copy == Copy.Own ? Own("plan-with-lost-bullets.txt") : SeedDocuments.PlanCumbriaLancashire;

    /// <summary>Addressee headers, numbered parts with lettered actions, owners and dates one to a paragraph, no summary (seed 002).</summary>
    public static string PlanWithAddresseeHeaders(Copy copy) => copy == Copy.Own ? Own("plan-with-addressee-headers.txt") : SeedDocuments.PlanNpsNorthWest;

    /// <summary>An inspection report: ratings page, standards' chapters with key question tables, footnotes, Annex 4, recommendations (seed 003).</summary>
    public static string Report(Copy copy) => copy == Copy.Own ? Own("report.txt") : SeedDocuments.ReportNorthumbria;

    /// <summary>Each plan layout (its place in <see cref="Plans"/>) in each copy.</summary>
    public static TheoryData<Copy, int> EachPlan
    {
        get
        {
            var data = new TheoryData<Copy, int>();
            foreach (var copy in Both)
                for (var layout = 0; layout < 3; layout++) data.Add(copy, layout);
            return data;
        }
    }

    public static string Plan(Copy copy, int layout) => Plans(copy).ElementAt(layout);

    public static IEnumerable<string> Plans(Copy copy) => [PlanInHtmlCells(copy), PlanWithLostBullets(copy), PlanWithAddresseeHeaders(copy)];

    public static string Read(string path) => File.ReadAllText(path);

    private static string Own(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
