using ActionPlans.Core.Plans;
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
        s.Property(x => x.AssignedTo).HasMaxLength(PlannedAction.AssigneeMaxLength);
        // A person's actions on a day, counted by state and paged from the index alone; most actions are nobody's.
        s.HasIndex(x => new { x.AssignedTo, x.Until, x.From, x.State, x.PlannedIn, x.ActionId, x.PlanId }).HasFilter("\"AssignedTo\" IS NOT NULL");
    }
}

internal sealed class DeliveryTallyMapping : IEntityTypeConfiguration<DeliveryTally>
{
    public void Configure(EntityTypeBuilder<DeliveryTally> t)
    {
        t.ToTable("DeliveryTallies");
        t.HasKey(x => new { x.Span, x.Start, x.Measure, x.ProviderId, x.Key });
        // The sums read one measure's rows over ranges of days, months and years, from the index alone: four times
        // faster at a million actions than through the key, which mixes the measures and leaves the change in the table.
        t.HasIndex(x => new { x.Measure, x.Span, x.Start, x.ProviderId, x.Key, x.Change });
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

internal sealed class DeliveredPlanMapping : IEntityTypeConfiguration<DeliveredPlan>
{
    public void Configure(EntityTypeBuilder<DeliveredPlan> d)
    {
        d.ToTable("DeliveredPlans");
        d.HasKey(x => x.PlanId);
        d.Property(x => x.PlanId).ValueGeneratedNever();
    }
}
