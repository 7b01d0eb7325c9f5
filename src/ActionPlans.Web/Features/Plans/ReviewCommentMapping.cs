using ActionPlans.Core.Plans;
using ActionPlans.Core.Plans.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Plans;

internal sealed class ReviewCommentMapping : IEntityTypeConfiguration<ReviewComment>
{
    /// <summary>The plan a review comment belongs to: a key only the database needs.</summary>
    public const string PlanKey = "ActionPlanId";

    public void Configure(EntityTypeBuilder<ReviewComment> c)
    {
        c.Property<int>(PlanKey);
        c.HasOne<ActionPlan>().WithMany().HasForeignKey(PlanKey).OnDelete(DeleteBehavior.Cascade);
        c.Property(x => x.Text).HasMaxLength(ReviewComment.TextMaxLength);
        c.Property(x => x.Author).HasMaxLength(ReviewComment.AuthorMaxLength);
        c.Property(x => x.Reply).HasMaxLength(ReviewComment.TextMaxLength);
        c.Ignore(x => x.IsAnswered);
    }
}
