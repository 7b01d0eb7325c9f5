using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Startup;

/// <summary>A wrong setting stops the service with one line that names the setting, and a non-zero exit.</summary>
public sealed class StartupFailureTests
{
    public static TheoryData<string, string, string, string> BadSettings => new()
    {
        { "Database__Provider", "Oracle", "Database:Provider", "must be Sqlite or Postgres" },
        { "ConnectionStrings__Default", "Data Source=/proc/no-such-place/actionplans.db", "ConnectionStrings:Default", "cannot be created" },
        { "ConnectionStrings__Default", "Flavour=Strawberry", "ConnectionStrings:Default", "not a valid Sqlite connection string" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task A_bad_setting_is_named_in_one_line_without_a_stack_trace(string variable, string value, string setting, string words)
    {
        var outcome = await ServiceProcess.RunAsync(new Dictionary<string, string> { [variable] = value }, null);

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("actionplans: ", line);
        Assert.Contains(setting, line);
        Assert.Contains(words, line);
        Assert.DoesNotContain("   at ", outcome.Error + outcome.Output);
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_says_which_setting_is_missing()
    {
        var outcome = await ServiceProcess.RunAsync(new Dictionary<string, string> { ["Database__Provider"] = "Postgres" }, null);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("ConnectionStrings:Default", outcome.Error);
        Assert.Contains("required", outcome.Error);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_reported_and_left_untouched()
    {
        var file = Path.Combine(Path.GetTempPath(), $"not-a-db-{Guid.NewGuid():N}.db");
        var content = new string('x', 4096);
        await File.WriteAllTextAsync(file, content);
        try
        {
            var outcome = await ServiceProcess.RunAsync(new Dictionary<string, string> { ["ConnectionStrings__Default"] = $"Data Source={file}" }, null);
            Assert.Equal(2, outcome.ExitCode);
            Assert.Contains("Cannot open or migrate the SQLite file", outcome.Error);
            Assert.DoesNotContain("   at ", outcome.Error);
            Assert.Equal(content, await File.ReadAllTextAsync(file));
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public async Task A_database_file_locked_by_another_program_is_reported()
    {
        var file = Path.Combine(Path.GetTempPath(), $"locked-{Guid.NewGuid():N}.db");
        try
        {
            await using (var holder = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False"))
            {
                await holder.OpenAsync();
                await using var command = holder.CreateCommand();
                command.CommandText = "CREATE TABLE other_program(x); BEGIN EXCLUSIVE; INSERT INTO other_program VALUES (1);";
                await command.ExecuteNonQueryAsync();

                var outcome = await ServiceProcess.RunAsync(new Dictionary<string, string> { ["ConnectionStrings__Default"] = $"Data Source={file};Default Timeout=2" }, null);
                Assert.Equal(2, outcome.ExitCode);
                Assert.Contains("ConnectionStrings:Default", outcome.Error);
                Assert.Contains("locked", outcome.Error);
                Assert.DoesNotContain("   at ", outcome.Error);
            }
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public async Task An_unreachable_PostgreSQL_server_is_reported_with_the_setting()
    {
        var outcome = await ServiceProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Default"] = "Host=127.0.0.1;Port=1;Username=nobody;Database=nothing;Timeout=3",
        }, null);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("ConnectionStrings:Default", outcome.Error);
        Assert.DoesNotContain("   at ", outcome.Error);
    }
}
