using ActionPlans.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Plans;

internal sealed class ResponseMapping : IEntityTypeConfiguration<Response>
{
    public void Configure(EntityTypeBuilder<Response> r)
    {
        r.HasOne(x => x.Recommendation).WithMany().HasForeignKey(x => x.RecommendationId).OnDelete(DeleteBehavior.Restrict);
        r.HasIndex(x => new { x.ActionPlanId, x.RecommendationId }).IsUnique();
        r.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        r.Property(x => x.Narrative).HasMaxLength(Response.NarrativeMaxLength);
        r.Property(x => x.AgreedPart).HasMaxLength(Response.AgreedPartMaxLength);
        r.Property(x => x.Explanation).HasMaxLength(Response.ExplanationMaxLength);
        r.Property(x => x.Reasons).HasConversion<int>();
        r.HasMany(x => x.Actions).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}
