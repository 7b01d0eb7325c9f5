using ActionPlans.Core.Inspections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Inspections;

internal sealed class KeyQuestionResultMapping : IEntityTypeConfiguration<KeyQuestionResult>
{
    public void Configure(EntityTypeBuilder<KeyQuestionResult> k)
    {
        k.Property(x => x.Text).HasMaxLength(1000);
        k.Property(x => x.Current).HasPrecision(5, 2);
        k.Property(x => x.Previous).HasPrecision(5, 2);
        k.Property(x => x.AllProviders).HasPrecision(5, 2);
        k.Property(x => x.KeyQuestionId).HasMaxLength(20);
        k.HasMany(x => x.Prompts).WithOne().HasForeignKey(p => p.KeyQuestionResultId).OnDelete(DeleteBehavior.Cascade);
    }
}
