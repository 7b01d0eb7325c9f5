using ActionPlans.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Plans;

internal sealed class PlannedActionMapping : IEntityTypeConfiguration<PlannedAction>
{
    public void Configure(EntityTypeBuilder<PlannedAction> a)
    {
        a.Property(x => x.Text).HasMaxLength(PlannedAction.TextMaxLength);
        a.Property(x => x.Owner).HasMaxLength(PlannedAction.OwnerMaxLength);
        a.Property(x => x.Target).HasColumnName("Target");
        // The monitoring record outlives every change to the plan: the database refuses to delete it with its action.
        a.HasMany(x => x.Updates).WithOne().HasForeignKey(u => u.PlannedActionId).OnDelete(DeleteBehavior.Restrict);
        a.HasMany(x => x.Revisions).WithOne().HasForeignKey(r => r.PlannedActionId).OnDelete(DeleteBehavior.Restrict);
        a.Property(x => x.AssignedTo).HasMaxLength(PlannedAction.AssigneeMaxLength);
        a.HasIndex(x => x.AssignedTo);
    }
}
