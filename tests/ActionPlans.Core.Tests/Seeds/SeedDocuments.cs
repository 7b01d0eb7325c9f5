namespace ActionPlans.Core.Tests.Seeds;

/// <summary>The published documents in ../shared/seeds, read where they lie (never copied into the repo).</summary>
public static class SeedDocuments
{
    public static string Folder { get; } = Locate();

    public static string PlanNorthumbria => PathOf("000_");
    public static string PlanCumbriaLancashire => PathOf("001_");
    public static string PlanNpsNorthWest => PathOf("002_");
    public static string ReportNorthumbria => PathOf("003_");

    public static IEnumerable<string> Plans => [PlanNorthumbria, PlanCumbriaLancashire, PlanNpsNorthWest];

    public static string PathOf(string prefix) =>
        Directory.GetFiles(Folder, prefix + "*.txt").SingleOrDefault()
        ?? throw new FileNotFoundException($"No seed document starting {prefix} in {Folder}");

    public static string Read(string path) => File.ReadAllText(path);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(candidate)) return candidate;
            candidate = Path.Combine(dir.FullName, "..", "shared", "seeds");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "ActionPlans.sln"))) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException("Cannot find ../shared/seeds beside the checkout.");
    }
}
