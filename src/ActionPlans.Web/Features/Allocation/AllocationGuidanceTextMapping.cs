using ActionPlans.Core.Allocation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Allocation;

internal sealed class AllocationGuidanceTextMapping : IEntityTypeConfiguration<AllocationGuidanceText>
{
    public void Configure(EntityTypeBuilder<AllocationGuidanceText> g)
    {
        g.ToTable("AllocationGuidances");
        g.Property(x => x.Provider).HasMaxLength(AllocationGuidanceText.ProviderMaxLength);
        g.HasIndex(x => x.Provider);
        g.Ignore(x => x.Guidance);
    }
}
