namespace ActionPlans.Web.Infrastructure.Persistence.Auditing;

/// <summary>One recorded change to a domain row: who, when, which row, and the values that changed.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string Actor { get; set; } = "";
    public string Entity { get; set; } = "";
    public string EntityId { get; set; } = "";
    public AuditAction Action { get; set; }

    /// <summary>JSON object: property → {"from":…,"to":…}.</summary>
    public string Changes { get; set; } = "{}";
}

public enum AuditAction
{
    Added,
    Modified,
    Deleted,
}
