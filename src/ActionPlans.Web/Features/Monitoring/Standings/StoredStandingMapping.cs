using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Monitoring.Standings;

internal sealed class StoredStandingMapping : IEntityTypeConfiguration<StoredStanding>
{
    public void Configure(EntityTypeBuilder<StoredStanding> s)
    {
        s.ToTable("ActionStandings");
        // An action's periods never overlap, so its own id and a period's first day name the period.
        s.HasKey(x => new { x.ActionId, x.From });
        // A plan's actions on a day; a state's actions on a day, in the order they entered it.
        s.HasIndex(x => new { x.PlanId, x.From, x.Until, x.State });
        s.HasIndex(x => new { x.State, x.From, x.Until, x.ActionId });
    }
}

internal sealed class DeliveryTallyMapping : IEntityTypeConfiguration<DeliveryTally>
{
    public void Configure(EntityTypeBuilder<DeliveryTally> t)
    {
        t.ToTable("DeliveryTallies");
        t.HasKey(x => new { x.Span, x.Start, x.Measure, x.ProviderId, x.Key });
    }
}

internal sealed class StandingsBuiltMapping : IEntityTypeConfiguration<StandingsBuilt>
{
    public void Configure(EntityTypeBuilder<StandingsBuilt> b)
    {
        b.ToTable("StandingsBuilt");
        b.Property(x => x.Id).ValueGeneratedNever();
    }
}
