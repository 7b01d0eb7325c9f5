using ActionPlans.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Publishing;

internal sealed class PublishedProgressReportMapping : IEntityTypeConfiguration<PublishedProgressReport>
{
    public void Configure(EntityTypeBuilder<PublishedProgressReport> r)
    {
        r.HasOne<ActionPlan>().WithMany().HasForeignKey(x => x.ActionPlanId).OnDelete(DeleteBehavior.Restrict);
        r.Property(x => x.PublishedBy).HasMaxLength(256);
        // One report per plan and day, even when two inspectors publish it at the same moment.
        r.HasIndex(x => new { x.ActionPlanId, x.AsAt }).IsUnique();
    }
}
