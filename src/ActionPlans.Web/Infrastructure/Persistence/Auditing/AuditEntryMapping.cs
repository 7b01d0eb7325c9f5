using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Infrastructure.Persistence.Auditing;

internal sealed class AuditEntryMapping : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> a)
    {
        a.Property(x => x.Actor).HasMaxLength(256);
        a.Property(x => x.Entity).HasMaxLength(100);
        a.Property(x => x.EntityId).HasMaxLength(100);
        a.Property(x => x.Action).HasConversion<string>().HasMaxLength(20);
        a.HasIndex(x => x.AtUtc);
        a.HasIndex(x => new { x.Entity, x.EntityId });
    }
}
