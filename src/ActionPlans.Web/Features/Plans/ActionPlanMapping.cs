using ActionPlans.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Plans;

internal sealed class ActionPlanMapping : IEntityTypeConfiguration<ActionPlan>
{
    public void Configure(EntityTypeBuilder<ActionPlan> p)
    {
        p.HasOne(x => x.Inspection).WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Restrict);
        p.HasIndex(x => x.InspectionId).IsUnique();
        // The public's lists: published plans in id order, read a page at a time from a key.
        p.HasIndex(x => new { x.Status, x.Id });
        p.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        p.HasMany(x => x.Responses).WithOne().HasForeignKey(r => r.ActionPlanId).OnDelete(DeleteBehavior.Cascade);
        p.Ignore(x => x.Summary);
    }
}
