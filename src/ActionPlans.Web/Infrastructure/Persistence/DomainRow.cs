using Microsoft.EntityFrameworkCore.Metadata;

namespace ActionPlans.Web.Infrastructure.Persistence;

/// <summary>
/// The rows of the domain's own types (ActionPlans.Core): each carries a version and every change to it is audited.
/// Accounts, keys, the outbox and the audit trail itself are the service's plumbing, neither versioned nor audited.
/// </summary>
internal static class DomainRow
{
    public static bool Is(IReadOnlyTypeBase type) => type.ClrType.Namespace?.StartsWith("ActionPlans.Core", StringComparison.Ordinal) == true;
}
