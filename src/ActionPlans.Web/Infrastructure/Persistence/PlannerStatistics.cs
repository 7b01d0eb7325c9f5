using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Infrastructure.Persistence;

/// <summary>
/// The statistics each database's query planner chooses its indexes by. Without them SQLite guesses, and at a
/// million actions it reads a coordinator's actions by state across every provider instead of by assignee first;
/// PostgreSQL's autovacuum gathers them only some time after a bulk load.
/// </summary>
public static class PlannerStatistics
{
    /// <summary>
    /// At start: SQLite analyses the tables whose size has changed much since they were last analysed (nothing when
    /// none has; about 3 s at a million actions when all have); PostgreSQL is left to autovacuum. Whole tables, not a
    /// sample: a sample misjudged how many plans are published and sorted them all for the first page.
    /// </summary>
    public static async Task RefreshAsync(ActionPlansDb db, CancellationToken cancellation = default)
    {
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize = 0x10002;", cancellation);
    }

    /// <summary>
    /// After a bulk load: every table analysed again now, on either database. PostgreSQL also vacuums, which marks the
    /// new rows visible to all so that the tallies and a person's actions are read from their indexes alone.
    /// </summary>
    public static async Task GatherAsync(ActionPlansDb db, CancellationToken cancellation = default) =>
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "VACUUM ANALYZE;" : "ANALYZE;", cancellation);
}
