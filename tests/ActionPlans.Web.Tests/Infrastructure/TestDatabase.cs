using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Tests.Infrastructure;

/// <summary>A fresh, migrated database on either provider, and contexts on it acting as a named person.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _connection;
    private readonly string? _sqliteFile;

    public string Provider { get; }

    private TestDatabase(string provider, string connection, string? sqliteFile)
    {
        Provider = provider;
        _connection = connection;
        _sqliteFile = sqliteFile;
    }

    public static async Task<TestDatabase> CreateAsync(string provider, ThrowawayPostgres postgres)
    {
        TestDatabase database;
        if (provider == "Sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), $"actionplans-test-{Guid.NewGuid():N}.db");
            database = new TestDatabase(provider, $"Data Source={file};Pooling=False", file);
        }
        else database = new TestDatabase(provider, postgres.NewDatabase(), null);
        await using var db = database.Open("migrations");
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>The settings that point the service's executable (a verb, or the web service) at this database.</summary>
    public Dictionary<string, string> ServiceSettings => new()
    {
        ["Database__Provider"] = Provider,
        ["ConnectionStrings__Default"] = _connection,
    };

    /// <summary>A context acting as <paramref name="actor"/>; with <paramref name="services"/>, as the service's container makes it.</summary>
    public ActionPlansDb Open(string actor, IServiceProvider? services = null) => Provider == "Sqlite"
        ? new SqliteActionPlansDb(new DbContextOptionsBuilder<SqliteActionPlansDb>().UseSqlite(_connection).UseApplicationServiceProvider(services).Options, new NamedAuditActor(actor))
        : new PostgresActionPlansDb(new DbContextOptionsBuilder<PostgresActionPlansDb>().UseNpgsql(_connection).UseApplicationServiceProvider(services).Options, new NamedAuditActor(actor));

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null) File.Delete(_sqliteFile);
        else
        {
            await using var db = Open("cleanup");
            await db.Database.EnsureDeletedAsync();
        }
    }
}
