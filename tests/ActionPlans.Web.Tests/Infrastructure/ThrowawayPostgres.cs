using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ActionPlans.Web.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the persistence tests use: the one named by ACTIONPLANS_TEST_POSTGRES (as .ci/run
/// sets it), or else a throwaway cluster started with scripts/throwaway-postgres and stopped afterwards.
/// Each test gets a database of its own.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncLifetime
{
    public const string Setting = "ACTIONPLANS_TEST_POSTGRES";

    private string? _ownedFolder;
    private string _server = "";

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(Setting);
        if (!string.IsNullOrWhiteSpace(given))
        {
            _server = given;
            return;
        }
        _ownedFolder = Path.Combine(Path.GetTempPath(), $"actionplans-pg-{Guid.NewGuid():N}");
        _server = (await Script("start", _ownedFolder, FreePort().ToString())).Trim();
    }

    /// <summary>A connection string to a new, empty database on the server (migrations create it).</summary>
    public string NewDatabase() =>
        new NpgsqlConnectionStringBuilder(_server) { Database = $"ap_{Guid.NewGuid():N}", Pooling = false }.ConnectionString;

    public async Task DisposeAsync()
    {
        if (_ownedFolder is not null) await Script("stop", _ownedFolder);
    }

    private static async Task<string> Script(params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "scripts", "throwaway-postgres"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"PostgreSQL for the tests could not be started (set {Setting} or install PostgreSQL 15): {error}");
        return output;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<ThrowawayPostgres>
{
    public const string Name = "PostgreSQL";
}
