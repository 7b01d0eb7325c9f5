using ActionPlans.Core.Inspections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Inspections;

internal sealed class PromptResultMapping : IEntityTypeConfiguration<PromptResult>
{
    public void Configure(EntityTypeBuilder<PromptResult> p)
    {
        p.Property(x => x.PromptId).HasMaxLength(20);
        p.Property(x => x.Text).HasMaxLength(1000);
        p.Property(x => x.Current).HasPrecision(5, 2);
        p.Property(x => x.Previous).HasPrecision(5, 2);
    }
}
