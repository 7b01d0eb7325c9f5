using System.Data;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ActionPlans.Web.Infrastructure.Persistence;

/// <summary>
/// Writes many rows to one table at a speed EF's change tracker cannot reach: PostgreSQL's binary COPY, and on
/// SQLite one prepared many-row INSERT executed again and again. It runs on the context's own connection and in its
/// current transaction, and goes round SaveChanges, so neither versions nor the audit trail see the rows: the caller
/// gives every column's value, in the form the column stores (DateOnly, int, long, bool, decimal, string, bytes or null).
/// Table and column names come from EF's model, never from input; they are quoted here.
/// </summary>
public static class BulkCopy
{
    /// <summary>SQLite binds at most 32,766 parameters to a statement; a few hundred a statement is as fast and uses less memory.</summary>
    private const int SqliteParametersPerStatement = 600;

    public static async Task IntoAsync(ActionPlansDb db, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellation = default)
    {
        if (columns.Count == 0) throw new ArgumentException("A bulk copy needs at least one column.", nameof(columns));
        var opened = db.Database.GetDbConnection().State != ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(cancellation);
        try
        {
            switch (db.Database.GetDbConnection())
            {
                case NpgsqlConnection postgres:
                    await CopyAsync(postgres, table, columns, rows, cancellation);
                    break;
                case SqliteConnection sqlite:
                    await InsertAsync(sqlite, db.Database.CurrentTransaction?.GetDbTransaction() as SqliteTransaction, table, columns, rows, cancellation);
                    break;
                default:
                    throw new NotSupportedException($"Bulk copy knows SQLite and PostgreSQL, not {db.Database.ProviderName}.");
            }
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>An identifier as both databases quote it: in double quotes, a double quote doubled.</summary>
    public static string Quote(string name) => $"\"{name.Replace("\"", "\"\"")}\"";

    private static async Task CopyAsync(NpgsqlConnection connection, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellation)
    {
        // COPY takes part in the connection's open transaction by itself.
        await using var import = await connection.BeginBinaryImportAsync(
            $"COPY {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) FROM STDIN (FORMAT BINARY)", cancellation);
        foreach (var row in rows)
        {
            Check(row, columns, table);
            await import.StartRowAsync(cancellation);
            foreach (var value in row)
            {
                if (value is null) await import.WriteNullAsync(cancellation);
                else await import.WriteAsync(value, cancellation);
            }
        }
        await import.CompleteAsync(cancellation);
    }

    private static async Task InsertAsync(SqliteConnection connection, SqliteTransaction? transaction, string table, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellation)
    {
        var perStatement = Math.Max(1, SqliteParametersPerStatement / columns.Count);
        var batch = new List<object?[]>(perStatement);
        await using var full = Statement(connection, transaction, table, columns, perStatement);
        foreach (var row in rows)
        {
            Check(row, columns, table);
            batch.Add(row);
            if (batch.Count < perStatement) continue;
            await ExecuteAsync(full, batch, cancellation);
            batch.Clear();
        }
        if (batch.Count == 0) return;
        await using var rest = Statement(connection, transaction, table, columns, batch.Count);
        await ExecuteAsync(rest, batch, cancellation);
    }

    private static SqliteCommand Statement(SqliteConnection connection, SqliteTransaction? transaction, string table, IReadOnlyList<string> columns, int rowCount)
    {
        var sql = new StringBuilder($"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) VALUES ");
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        for (var r = 0; r < rowCount; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = $"@p{r}_{c}";
                sql.Append(c == 0 ? name : ", " + name);
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        command.Prepare();
        return command;
    }

    private static async Task ExecuteAsync(SqliteCommand command, List<object?[]> batch, CancellationToken cancellation)
    {
        var p = 0;
        foreach (var row in batch)
            foreach (var value in row)
                command.Parameters[p++].Value = value ?? DBNull.Value;
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private static void Check(object?[] row, IReadOnlyList<string> columns, string table)
    {
        if (row.Length != columns.Count)
            throw new ArgumentException($"A row for {table} has {row.Length} values for {columns.Count} columns.");
    }
}
