using System.Text.Json;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;

namespace ActionPlans.Web.Features.Accounts;

/// <summary>
/// Changes to how an account signs in go into the audit trail beside the domain's changes. Identity's own
/// rows are not domain rows, so the trail does not see them by itself: the change and its entry are saved
/// here in one transaction.
/// </summary>
public static class AccountAudit
{
    public const string Entity = "Account";

    public static async Task ChangeAsync(ActionPlansDb db, string actor, DateTime atUtc, ServiceUser account, string what, string from, string to, Func<Task> change)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await change();
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = atUtc,
            Actor = actor,
            Entity = Entity,
            EntityId = account.Email ?? account.Id,
            Action = AuditAction.Modified,
            Changes = JsonSerializer.Serialize(new Dictionary<string, object> { [what] = new { from, to } }),
        });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}
