using ActionPlans.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Notifications;

internal sealed class NotificationPreferenceMapping : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> m)
    {
        m.ToTable("NotificationPreferences");
        m.Property(x => x.UserId).HasMaxLength(450);
        m.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        m.Property(x => x.Choice).HasConversion<string>().HasMaxLength(20);
        m.HasIndex(x => new { x.UserId, x.Kind }).IsUnique();
        // An account's choices go with it.
        m.HasOne<ServiceUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
