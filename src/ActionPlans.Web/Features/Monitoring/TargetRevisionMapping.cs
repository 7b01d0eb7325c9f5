using ActionPlans.Core.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Monitoring;

internal sealed class TargetRevisionMapping : IEntityTypeConfiguration<TargetRevision>
{
    public void Configure(EntityTypeBuilder<TargetRevision> r)
    {
        r.Property(x => x.Reason).HasMaxLength(TargetRevision.ReasonMaxLength);
        r.Property(x => x.By).HasMaxLength(TargetRevision.ByMaxLength);
    }
}
