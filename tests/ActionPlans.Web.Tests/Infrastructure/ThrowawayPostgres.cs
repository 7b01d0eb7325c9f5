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
    private string _port = "";
    private string _server = "";

    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(Setting);
        if (!string.IsNullOrWhiteSpace(given))
        {
            _server = given;
            return;
        }
        await StartOwnAsync();
    }

    /// <summary>A cluster of the caller's own, never the shared server, so that it can be halted and resumed.</summary>
    public static async Task<ThrowawayPostgres> OwnAsync()
    {
        var postgres = new ThrowawayPostgres();
        await postgres.StartOwnAsync();
        return postgres;
    }

    private async Task StartOwnAsync()
    {
        _ownedFolder = Path.Combine(Path.GetTempPath(), $"actionplans-pg-{Guid.NewGuid():N}");
        _port = FreePort().ToString();
        _server = (await Script("start", _ownedFolder, _port)).Trim();
    }

    /// <summary>Stops the server, keeping its data: a database outage.</summary>
    public Task HaltAsync() => Script("halt", OwnedFolder);

    /// <summary>Starts a halted server again where it was.</summary>
    public Task ResumeAsync() => Script("resume", OwnedFolder, _port);

    private string OwnedFolder => _ownedFolder ?? throw new InvalidOperationException($"Only a cluster of the tests' own can be halted, not the server named by {Setting}.");

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
