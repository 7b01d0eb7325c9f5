namespace ActionPlans.Web.Infrastructure.Persistence.Auditing;

/// <summary>Who the audit trail names for the changes being saved.</summary>
public interface IAuditActor
{
    string Name { get; }
}

/// <summary>The signed-in person on a web request; "system" when no one is (start-up, background jobs).</summary>
public sealed class RequestAuditActor(IHttpContextAccessor http) : IAuditActor
{
    public string Name => http.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "system";
}

/// <summary>A fixed name, for command-line verbs and tools.</summary>
public sealed class NamedAuditActor(string name) : IAuditActor
{
    public string Name => name;
}
