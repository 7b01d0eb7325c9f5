using ActionPlans.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Plans;

internal sealed class FrozenVersionMapping : IEntityTypeConfiguration<FrozenVersion>
{
    public void Configure(EntityTypeBuilder<FrozenVersion> v)
    {
        v.HasOne<ActionPlan>().WithMany().HasForeignKey(x => x.ActionPlanId).OnDelete(DeleteBehavior.Cascade);
        v.HasIndex(x => new { x.ActionPlanId, x.Number }).IsUnique();
    }
}
