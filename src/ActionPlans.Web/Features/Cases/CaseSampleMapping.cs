using ActionPlans.Core.Cases;
using ActionPlans.Core.Inspections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActionPlans.Web.Features.Cases;

internal sealed class CaseSampleMapping : IEntityTypeConfiguration<CaseSample>
{
    public void Configure(EntityTypeBuilder<CaseSample> s)
    {
        // One sample an inspection, going with it.
        s.HasOne<Inspection>().WithOne().HasForeignKey<CaseSample>(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
        s.HasIndex(x => x.InspectionId).IsUnique();
        s.HasMany(x => x.Cases).WithOne().HasForeignKey(c => c.CaseSampleId).OnDelete(DeleteBehavior.Cascade);
        s.Ignore(x => x.SampleSizeNeeded);
    }
}

internal sealed class InspectedCaseMapping : IEntityTypeConfiguration<InspectedCase>
{
    public void Configure(EntityTypeBuilder<InspectedCase> c)
    {
        c.Property(x => x.Reference).HasMaxLength(CaseReference.MaxLength);
        c.HasIndex(x => new { x.CaseSampleId, x.Reference }).IsUnique();
        c.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        c.Property(x => x.Grade).HasConversion<string>().HasMaxLength(3);
        c.Property(x => x.AnswerRecord).HasMaxLength(InspectedCase.AnswerRecordMaxLength);
        c.Property(x => x.Rosh).HasMaxLength(10);
        c.Property(x => x.FlagWords).HasMaxLength(CaseAllocation.FlagsMaxLength);
        c.Property(x => x.Band).HasMaxLength(CaseAllocation.BandMaxLength);
        c.Ignore(x => x.Answers);
        c.Ignore(x => x.Flags);
        c.Ignore(x => x.Allocation);
    }
}
