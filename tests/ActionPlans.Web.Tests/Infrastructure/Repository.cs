namespace ActionPlans.Web.Tests.Infrastructure;

/// <summary>Paths in the checkout, found from wherever the tests run.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string WebProject => Path.Combine(Root, "src", "ActionPlans.Web");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ActionPlans.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Cannot find ActionPlans.sln above the test binaries.");
    }
}
