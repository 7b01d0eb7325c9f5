using Npgsql;

namespace ActionPlans.Web.Infrastructure.Hosting;

/// <summary>
/// After PostgreSQL restarts, the pool still holds connections the server has closed, and Npgsql hands them out
/// unchecked (its keep-alive only notices within a second, which a busy machine can miss). When a request meets
/// one, the pool is emptied, so every later request connects afresh; a reading request (GET, HEAD) is answered
/// again at once, since it changed nothing. A request that may have written is not repeated: it fails as before,
/// and nothing half-saved stands, because each save is one transaction.
/// </summary>
public sealed class ReconnectAfterDatabaseRestart(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (LostConnection(e))
        {
            NpgsqlConnection.ClearAllPools();
            var reading = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
            if (!reading || context.Response.HasStarted) throw;
            context.Response.Clear();
            await next(context);
        }
    }

    private static bool LostConnection(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            // 57P01–57P03: the server was shut down or is starting; class 08: the connection itself failed.
            if (e is PostgresException postgres) return postgres.SqlState.StartsWith("57P", StringComparison.Ordinal) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal);
            if (e is NpgsqlException { IsTransient: true }) return true;
        }
        return false;
    }
}
