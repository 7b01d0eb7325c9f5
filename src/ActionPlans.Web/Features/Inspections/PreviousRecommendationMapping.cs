using ActionPlans.Core.Inspections;
using ActionPlans.Core.Recommendations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Inspections;

internal sealed class PreviousRecommendationMapping : IEntityTypeConfiguration<PreviousRecommendation>
{
    public void Configure(EntityTypeBuilder<PreviousRecommendation> r)
    {
        r.Property(x => x.Text).HasMaxLength(Recommendation.TextMaxLength);
        r.Property(x => x.Progress).HasConversion<string>().HasMaxLength(20);
        r.HasIndex(x => new { x.InspectionId, x.Number }).IsUnique();
        r.HasOne(x => x.Original).WithMany().HasForeignKey(x => x.OriginalId).OnDelete(DeleteBehavior.Restrict);
    }
}
