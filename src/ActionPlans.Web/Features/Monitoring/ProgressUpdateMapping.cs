using ActionPlans.Core.Progress;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Monitoring;

internal sealed class ProgressUpdateMapping : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> u)
    {
        u.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        u.Property(x => x.Narrative).HasMaxLength(ProgressUpdate.NarrativeMaxLength);
        u.Property(x => x.Author).HasMaxLength(ProgressUpdate.AuthorMaxLength);
        u.HasMany(x => x.Evidence).WithOne().HasForeignKey(e => e.ProgressUpdateId).OnDelete(DeleteBehavior.Restrict);
    }
}
