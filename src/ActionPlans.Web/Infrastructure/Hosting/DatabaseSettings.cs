using System.Data.Common;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ActionPlans.Web.Infrastructure.Hosting;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database the service uses, read and checked from Database:Provider and ConnectionStrings:Default.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderSetting = "Database:Provider";
    public const string ConnectionSetting = "ConnectionStrings:Default";
    public const string DefaultSqliteFile = "data/actionplans.db";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var providerText = configuration[ProviderSetting];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerText)) provider = DatabaseProvider.Sqlite;
        else if (!Enum.TryParse(providerText.Trim(), ignoreCase: true, out provider) || !Enum.IsDefined(provider))
            throw new StartupFailure($"The setting {ProviderSetting} (Database__Provider) must be Sqlite or Postgres, not '{providerText}'.");

        var connection = configuration[ConnectionSetting];
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == DatabaseProvider.Postgres)
                throw new StartupFailure($"The setting {ConnectionSetting} (ConnectionStrings__Default) is required when {ProviderSetting} is Postgres, e.g. Host=localhost;Database=actionplans;Username=…;Password=….");
            connection = $"Data Source={DefaultSqliteFile}";
        }
        return new DatabaseSettings(provider, Check(provider, connection));
    }

    /// <summary>Registers the provider's context as the service's ActionPlansDb, with the interceptors the container has.</summary>
    public void Register(IServiceCollection services)
    {
        if (Provider == DatabaseProvider.Sqlite)
            // SQLite changes a foreign key by rebuilding its table with foreign keys off, which it cannot do inside a
            // transaction; EF warns of it on every such migration, and the warning would land in a verb's output.
            services.AddDbContext<ActionPlansDb, SqliteActionPlansDb>((s, o) => o.UseSqlite(ConnectionString)
                .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning))
                .AddInterceptors(s.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
        else
            services.AddDbContext<ActionPlansDb, PostgresActionPlansDb>((s, o) => o.UseNpgsql(PooledWithKeepalive(ConnectionString))
                .AddInterceptors(s.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
    }

    /// <summary>
    /// Npgsql hands out a pooled connection without checking it, so after a database restart that no request
    /// noticed, the first requests would fail (500). An idle pooled connection is asked every second, unless the
    /// connection string says otherwise, so one the server has closed is dropped from the pool within a second.
    /// </summary>
    private static string PooledWithKeepalive(string connection)
    {
        var builder = new NpgsqlConnectionStringBuilder(connection);
        if (builder.KeepAlive == 0) builder.KeepAlive = 1;
        return builder.ConnectionString;
    }

    /// <summary>A safe description for logs: no password.</summary>
    public string Describe() => Provider == DatabaseProvider.Sqlite
        ? $"SQLite file {new SqliteConnectionStringBuilder(ConnectionString).DataSource}"
        : $"PostgreSQL database {new NpgsqlConnectionStringBuilder(ConnectionString).Database} on {new NpgsqlConnectionStringBuilder(ConnectionString).Host}";

    private static string Check(DatabaseProvider provider, string connection)
    {
        try
        {
            DbConnectionStringBuilder parsed = provider == DatabaseProvider.Sqlite
                ? new SqliteConnectionStringBuilder(connection)
                : new NpgsqlConnectionStringBuilder(connection);
            if (parsed is SqliteConnectionStringBuilder sqlite)
            {
                if (string.IsNullOrWhiteSpace(sqlite.DataSource))
                    throw new StartupFailure($"The setting {ConnectionSetting} names no SQLite file (Data Source=…).");
                var folder = Path.GetDirectoryName(Path.GetFullPath(sqlite.DataSource));
                if (!string.IsNullOrEmpty(folder) && sqlite.DataSource != ":memory:") Directory.CreateDirectory(folder);
            }
            if (parsed is NpgsqlConnectionStringBuilder pg && string.IsNullOrWhiteSpace(pg.Host))
                throw new StartupFailure($"The setting {ConnectionSetting} names no PostgreSQL host (Host=…).");
            return connection;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            throw new StartupFailure($"The setting {ConnectionSetting} (ConnectionStrings__Default) is not a valid {provider} connection string: {e.Message}");
        }
        catch (IOException e)
        {
            throw new StartupFailure($"The folder for the SQLite file in {ConnectionSetting} cannot be created: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StartupFailure($"The folder for the SQLite file in {ConnectionSetting} cannot be created: {e.Message}");
        }
    }
}
