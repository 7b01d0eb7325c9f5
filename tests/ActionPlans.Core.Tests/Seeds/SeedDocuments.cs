using Xunit;

namespace ActionPlans.Core.Tests.Seeds;

/// <summary>
/// The published documents the tests read where they lie, never copied into the repository: the folder
/// named by ACTIONPLANS_DOCUMENTS (relative to the checkout), else ../shared/seeds beside the checkout.
/// A test that asks for them is skipped, naming the setting, when the default folder is absent (a fresh
/// clone); when the setting names a folder that is absent, it fails, so a run that means to read them
/// (CI) cannot pass without them.
/// </summary>
public static class SeedDocuments
{
    public const string Setting = "ACTIONPLANS_DOCUMENTS";

    private static readonly Lazy<string> Found = new(Locate);

    public static string Folder => Found.Value;

    public static string PlanNorthumbria => PathOf("000_");
    public static string PlanCumbriaLancashire => PathOf("001_");
    public static string PlanNpsNorthWest => PathOf("002_");
    public static string ReportNorthumbria => PathOf("003_");

    /// <summary>The seed plans' file-name prefixes: theory data that needs no folder to enumerate.</summary>
    public static IReadOnlyList<string> PlanPrefixes => ["000_", "001_", "002_"];

    public static IEnumerable<string> Plans => PlanPrefixes.Select(PathOf);

    public static string PathOf(string prefix) =>
        Directory.GetFiles(Folder, prefix + "*.txt").SingleOrDefault()
        ?? throw new FileNotFoundException($"No seed document starting {prefix} in {Folder}");

    public static string Read(string path) => File.ReadAllText(path);

    private static string Locate()
    {
        var checkout = Checkout();
        var given = Environment.GetEnvironmentVariable(Setting);
        if (!string.IsNullOrWhiteSpace(given))
        {
            var named = Path.GetFullPath(given, checkout);
            return Directory.Exists(named) ? named : throw new DirectoryNotFoundException($"{Setting} names {named}, which does not exist.");
        }
        var beside = Path.GetFullPath(Path.Combine(checkout, "..", "shared", "seeds"));
        Skip.IfNot(Directory.Exists(beside), $"The published documents are not in {beside}; set {Setting} to their folder to run this test.");
        return beside;
    }

    private static string Checkout()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ActionPlans.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Cannot find ActionPlans.sln above " + AppContext.BaseDirectory);
    }
}
