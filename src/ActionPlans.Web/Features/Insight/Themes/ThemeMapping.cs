using ActionPlans.Core.Insight.Themes;
using ActionPlans.Core.Recommendations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Insight.Themes;

internal sealed class ThemeMapping : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> t)
    {
        t.ToTable("Themes");
        t.Property(x => x.Name).HasMaxLength(Theme.NameMaxLength);
        t.Property(x => x.Phrases).HasMaxLength(Theme.PhrasesMaxLength);
        t.HasIndex(x => x.Name).IsUnique();
        // The migration that made the table fills it; the list is data from then on.
        t.HasData(StandardThemes.All.Select((theme, i) => new { Id = i + 1, theme.Name, theme.Phrases, Version = 1 }));
    }
}

internal sealed class RecommendationThemeMapping : IEntityTypeConfiguration<RecommendationTheme>
{
    public void Configure(EntityTypeBuilder<RecommendationTheme> r)
    {
        r.ToTable("RecommendationThemes");
        r.HasKey(x => new { x.RecommendationId, x.ThemeId });
        r.Property(x => x.Placement).HasConversion<string>().HasMaxLength(20);
        // A recommendation taken back takes its themes with it.
        r.HasOne(x => x.Recommendation).WithMany().HasForeignKey(x => x.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        r.HasOne<Theme>().WithMany().HasForeignKey(x => x.ThemeId).OnDelete(DeleteBehavior.Restrict);
        // Counting by theme reads a theme's recommendations from the index alone.
        r.HasIndex(x => new { x.ThemeId, x.Placement, x.RecommendationId });
    }
}

internal sealed class ThemesAssignedMapping : IEntityTypeConfiguration<ThemesAssigned>
{
    public void Configure(EntityTypeBuilder<ThemesAssigned> a)
    {
        a.ToTable("ThemesAssigned");
        a.Property(x => x.Id).ValueGeneratedNever();
        a.Property(x => x.Rules).HasMaxLength(64);
    }
}
