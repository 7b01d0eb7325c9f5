using System.Net;
using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Verbs;

/// <summary>The executable serves only when given no verb; a verb or option it does not know is refused, never served or read as a file.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actionplans-cli-").FullName;

    private Dictionary<string, string> Settings => new() { ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(_folder, "db.sqlite")};Pooling=False" };

    private static readonly string[] Verbs = ["users", "import", "export", "overdue"];

    [Theory]
    [InlineData("improt", "file.txt")]
    [InlineData("--urls", "http://127.0.0.1:0", "improt")]
    [InlineData("--no-deom")]
    public async Task An_unknown_verb_is_refused_with_the_list_of_verbs(params string[] args)
    {
        var outcome = await ServiceProcess.RunAsync(Settings, null, args);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"'{args[^1]}'", outcome.Error);
        Assert.All(Verbs, verb => Assert.Contains($"  {verb} ", outcome.Error));
        Assert.DoesNotContain("Now listening", outcome.Output);
        Assert.False(File.Exists(Path.Combine(_folder, "db.sqlite")), "nothing was started on the database");
    }

    [Fact]
    public async Task An_unknown_option_of_a_verb_is_refused_with_its_usage_not_read_as_a_file()
    {
        var plan = Path.Combine(_folder, "plan.txt");
        await File.WriteAllTextAsync(plan, "not read");

        var outcome = await ServiceProcess.RunAsync(Settings, null, "import", "--no-demo", plan);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("'--no-demo' is not an option of import", outcome.Error);
        Assert.Contains("import <FILE>... [options]", outcome.Error);
        Assert.DoesNotContain("not imported", outcome.Error);
        Assert.False(File.Exists(Path.Combine(_folder, "db.sqlite")), "nothing was imported");

        var overdue = await ServiceProcess.RunAsync(Settings, null, "overdue", "--as-off", "2020-07-01");
        Assert.Equal(2, overdue.ExitCode);
        Assert.Contains("'--as-off'", overdue.Error);
        Assert.Contains("overdue [options]", overdue.Error);
    }

    [Fact]
    public async Task Help_lists_the_verbs_and_succeeds()
    {
        var outcome = await ServiceProcess.RunAsync(Settings, null, "--help");

        Assert.Equal(0, outcome.ExitCode);
        Assert.All(Verbs, verb => Assert.Contains($"  {verb} ", outcome.Output));
    }

    [Theory]
    [InlineData]
    [InlineData("--no-demo", "--Progress:DueSoonDays=20")]
    public async Task Without_a_verb_it_serves(params string[] args)
    {
        // Starting waits for /health to answer, and fails with what the service wrote if it exits instead.
        await using var service = await ServiceProcess.StartAsync(Settings, args);
        using var client = service.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
