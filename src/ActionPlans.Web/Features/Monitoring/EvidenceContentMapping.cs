using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Monitoring;

internal sealed class EvidenceContentMapping : IEntityTypeConfiguration<EvidenceContent>
{
    public void Configure(EntityTypeBuilder<EvidenceContent> c)
    {
        c.HasOne(x => x.Evidence).WithOne().HasForeignKey<EvidenceContent>(x => x.ProgressEvidenceId).OnDelete(DeleteBehavior.Restrict);
        c.HasIndex(x => x.ProgressEvidenceId).IsUnique();
    }
}
