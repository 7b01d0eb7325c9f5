using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ActionPlans.Web.Infrastructure.Persistence;

/// <summary>
/// A save that lost a race: the row changed since it was read (its version moved on), another request stored
/// the same unique thing first, or a row it depends on was taken or kept by someone else. The person is told
/// what happened and nothing is saved; it is never a fault of the service.
/// </summary>
public static class SaveConflict
{
    public static bool Is(Exception e) =>
        e is DbUpdateConcurrencyException || e is DbUpdateException { InnerException: var inner } && (IsUnique(inner) || IsForeignKey(inner));

    /// <summary>The same unique value (such as a plan's progress report for one day) was stored by another save first.</summary>
    public static bool IsUniqueViolation(Exception e) => e is DbUpdateException { InnerException: var inner } && IsUnique(inner);

    private static bool IsUnique(Exception? inner) => inner switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUniqueViolation or SqlitePrimaryKeyViolation,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    private static bool IsForeignKey(Exception? inner) => inner switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteForeignKeyViolation or SqliteRestrictViolation,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.ForeignKeyViolation,
        _ => false,
    };

    // SQLite's extended result codes (https://sqlite.org/rescode.html).
    private const int SqlitePrimaryKeyViolation = 1555;
    private const int SqliteUniqueViolation = 2067;
    private const int SqliteForeignKeyViolation = 787;

    // ON DELETE RESTRICT is carried out by a trigger SQLite makes itself, so it fails as a trigger's constraint.
    private const int SqliteRestrictViolation = 1811;
}
