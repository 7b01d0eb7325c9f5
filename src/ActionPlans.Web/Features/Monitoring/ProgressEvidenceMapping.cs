using ActionPlans.Core.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Monitoring;

internal sealed class ProgressEvidenceMapping : IEntityTypeConfiguration<ProgressEvidence>
{
    public void Configure(EntityTypeBuilder<ProgressEvidence> e)
    {
        e.Property(x => x.Link).HasMaxLength(EvidencePolicy.LinkMaxLength);
        e.Property(x => x.FileName).HasMaxLength(EvidencePolicy.FileNameMaxLength);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.Ignore(x => x.IsFile);
        e.Ignore(x => x.ContentDisposition);
    }
}
