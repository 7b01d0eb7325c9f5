using ActionPlans.Core.Inspections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Inspections;

internal sealed class InspectionMapping : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> i)
    {
        i.HasOne(x => x.Provider).WithMany().HasForeignKey(x => x.ProviderId).OnDelete(DeleteBehavior.Restrict);
        i.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        i.HasMany(x => x.Standards).WithOne().HasForeignKey(s => s.InspectionId).OnDelete(DeleteBehavior.Cascade);
        i.HasMany(x => x.Recommendations).WithOne().HasForeignKey(r => r.InspectionId).OnDelete(DeleteBehavior.Cascade);
        i.HasMany(x => x.PreviousRecommendations).WithOne().HasForeignKey(r => r.InspectionId).OnDelete(DeleteBehavior.Cascade);
        i.Property(x => x.FrameworkId).HasMaxLength(100);
        i.HasIndex(x => new { x.ProviderId, x.Published });
        // Reports public by a day, and the inspections list newest report first.
        i.HasIndex(x => new { x.Published, x.Id });
    }
}
