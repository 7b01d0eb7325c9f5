using ActionPlans.Core.Recommendations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Inspections;

internal sealed class RecommendationMapping : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> r)
    {
        r.Property(x => x.Text).HasMaxLength(Recommendation.TextMaxLength);
        r.HasIndex(x => new { x.InspectionId, x.Number }).IsUnique();
        // The insight's repeated recommendations and their links read from an index of the repeated ones alone (a fifth
        // of them), without the recommendations' texts.
        r.HasIndex(x => new { x.InspectionId, x.IsRepeated, x.RepeatedFromId, x.AddresseeId, x.Id }, "IX_Recommendations_Repeated").HasFilter("\"IsRepeated\"");
        r.HasOne(x => x.Addressee).WithMany().HasForeignKey(x => x.AddresseeId).OnDelete(DeleteBehavior.Restrict);
        r.HasOne(x => x.RepeatedFrom).WithMany().HasForeignKey(x => x.RepeatedFromId).OnDelete(DeleteBehavior.Restrict);
        r.Property(x => x.JudgedProgress).HasConversion<string>().HasMaxLength(20);
    }
}
