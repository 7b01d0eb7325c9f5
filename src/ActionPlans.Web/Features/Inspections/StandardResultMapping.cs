using ActionPlans.Core.Inspections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Inspections;

internal sealed class StandardResultMapping : IEntityTypeConfiguration<StandardResult>
{
    public void Configure(EntityTypeBuilder<StandardResult> s)
    {
        s.Property(x => x.StandardId).HasMaxLength(10);
        s.HasIndex(x => new { x.InspectionId, x.StandardId }).IsUnique();
        s.Property(x => x.StatedRating).HasConversion<string>().HasMaxLength(30);
        s.Property(x => x.PreviousRating).HasConversion<string>().HasMaxLength(30);
        s.Property(x => x.DiscretionRationale).HasMaxLength(StandardResult.RationaleMaxLength);
        s.HasMany(x => x.KeyQuestions).WithOne().HasForeignKey(k => k.StandardResultId).OnDelete(DeleteBehavior.Cascade);
    }
}
