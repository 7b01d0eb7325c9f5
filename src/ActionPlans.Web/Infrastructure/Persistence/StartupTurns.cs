using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Infrastructure.Persistence;

/// <summary>
/// Instances started together on one database take turns at work done once at start: PostgreSQL by an advisory lock
/// held to the end of the transaction, SQLite by writing first, which takes its one write lock. The caller's
/// transaction must be open; whoever comes second finds the first one's work committed.
/// </summary>
public static class StartupTurns
{
    /// <summary>Theme placement's turn: written on its progress row.</summary>
    public static readonly StartupTurn Themes = new(7164101, "ThemesAssigned", "Through");

    /// <summary>The insight tallies' rebuild's turn: written on the row that says they are built.</summary>
    public static readonly StartupTurn InsightTallies = new(7164102, "InsightTalliesBuilt", "Rules");
}

/// <summary>One kind of start-up work's turn: its advisory lock key, and the table and column SQLite writes to lock.</summary>
public sealed record StartupTurn(long LockKey, string Table, string Column)
{
    public Task TakeAsync(ActionPlansDb db, CancellationToken cancellation) => db.Database.IsNpgsql()
        ? db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellation)
        : db.Database.ExecuteSqlRawAsync(SqliteWrite, cancellation);

    // Names from this class's own constants, quoted; never input.
    private string SqliteWrite => "UPDATE " + BulkCopy.Quote(Table) + " SET " + BulkCopy.Quote(Column) + " = " + BulkCopy.Quote(Column);
}
