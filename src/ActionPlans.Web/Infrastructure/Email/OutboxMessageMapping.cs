using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Infrastructure.Email;

internal sealed class OutboxMessageMapping : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> m)
    {
        m.Property(x => x.Key).HasMaxLength(OutboxMessage.KeyMaxLength);
        m.HasIndex(x => x.Key).IsUnique();
        m.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        m.Property(x => x.Recipient).HasMaxLength(256);
        m.Property(x => x.RecipientId).HasMaxLength(450);
        m.Property(x => x.Subject).HasMaxLength(300);
        m.Property(x => x.LastError).HasMaxLength(2000);
        m.Property(x => x.ClaimedBy).HasMaxLength(100);
        m.HasIndex(x => new { x.SentUtc, x.NextAttemptUtc });
    }
}
