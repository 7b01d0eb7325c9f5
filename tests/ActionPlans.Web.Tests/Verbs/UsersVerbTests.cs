using ActionPlans.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using ActionPlans.Web.Features.Accounts;

namespace ActionPlans.Web.Tests.Verbs;

/// <summary>`users add` creates accounts that can sign in, and refuses what would make no sense.</summary>
public sealed class UsersVerbTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"actionplans-users-{Guid.NewGuid():N}.db");

    private Dictionary<string, string> Settings => new() { ["ConnectionStrings__Default"] = $"Data Source={_file};Pooling=False" };

    [Fact]
    public async Task A_password_from_standard_input_creates_an_inspector_who_can_sign_in()
    {
        var outcome = await ServiceProcess.RunAsync(Settings, "A-long-secret-42", "users", "add", "--email", "iris@example.test", "--role", "inspector");
        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Assert.Contains("Created iris@example.test as Inspector", outcome.Output);
        Assert.DoesNotContain("A-long-secret-42", outcome.Output);

        var hash = await ReadAsync("SELECT PasswordHash FROM AspNetUsers WHERE Email = 'iris@example.test'");
        Assert.Equal(PasswordVerificationResult.Success,
            new PasswordHasher<ServiceUser>().VerifyHashedPassword(new ServiceUser(), hash!, "A-long-secret-42"));
        Assert.Equal("Inspector", await ReadAsync(
            "SELECT r.Name FROM AspNetUserRoles ur JOIN AspNetRoles r ON r.Id = ur.RoleId JOIN AspNetUsers u ON u.Id = ur.UserId WHERE u.Email = 'iris@example.test'"));
    }

    [Fact]
    public async Task A_coordinator_needs_an_organisation_that_exists()
    {
        var without = await ServiceProcess.RunAsync(Settings, "A-long-secret-42", "users", "add", "--email", "c@example.test", "--role", "Coordinator");
        Assert.Equal(1, without.ExitCode);
        Assert.Contains("--organisation is required", without.Error);

        var unknown = await ServiceProcess.RunAsync(Settings, "A-long-secret-42", "users", "add", "--email", "c@example.test", "--role", "Coordinator", "--organisation", "Nowhere CRC");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no organisation is called 'Nowhere CRC'", unknown.Error);
        Assert.Null(await ReadAsync("SELECT Email FROM AspNetUsers WHERE Email = 'c@example.test'"));
    }

    [Fact]
    public async Task An_unknown_role_or_a_weak_password_is_refused()
    {
        var role = await ServiceProcess.RunAsync(Settings, "A-long-secret-42", "users", "add", "--email", "x@example.test", "--role", "Emperor");
        Assert.Equal(1, role.ExitCode);
        Assert.Contains("'Emperor' is not a role", role.Error);

        var weak = await ServiceProcess.RunAsync(Settings, "short", "users", "add", "--email", "x@example.test", "--role", "Inspector");
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("at least 10 characters", weak.Error);
    }

    private async Task<string?> ReadAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }

    public void Dispose() => File.Delete(_file);
}
