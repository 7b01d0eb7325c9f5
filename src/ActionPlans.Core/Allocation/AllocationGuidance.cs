using ActionPlans.Core.Organisations;

namespace ActionPlans.Core.Allocation;

/// <summary>
/// A provider's case allocation guidance for a span of days: the colour band its matrix gives each risk of
/// reoffending and risk of serious harm, the rules that raise it for flagged cases, the notes to consider, and the grade
/// of officer who may hold the case. Made only by <see cref="GuidanceReading"/>, which checks every reference.
/// </summary>
public sealed class AllocationGuidance
{
    internal AllocationGuidance(
        IReadOnlyList<string> providers, DateOnly validFrom, DateOnly? validTo, string? source,
        IReadOnlyList<string> bands, IReadOnlyList<AllocationFlag> flags, IReadOnlyList<string> veryHighRiskFlags,
        IReadOnlyDictionary<(RiskOfReoffending, RiskOfSeriousHarm), string> matrix,
        IReadOnlyList<BandRule> minimumBands, IReadOnlyList<BandRule> automaticBands, IReadOnlyList<BandRule> considerBands,
        OfficerGrade defaultGrade, IReadOnlyList<GradeRule> gradeRules, IReadOnlyList<GradeRule> considerGrades)
    {
        Providers = providers;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Source = source;
        Bands = bands;
        Flags = flags;
        VeryHighRiskFlags = veryHighRiskFlags;
        Matrix = matrix;
        MinimumBands = minimumBands;
        AutomaticBands = automaticBands;
        ConsiderBands = considerBands;
        DefaultGrade = defaultGrade;
        GradeRules = gradeRules;
        ConsiderGrades = considerGrades;
        _ranks = bands.Select((band, rank) => (band, rank)).ToDictionary(b => b.band, b => b.rank, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, int> _ranks;

    public IReadOnlyList<string> Providers { get; }
    public DateOnly ValidFrom { get; }

    /// <summary>The last day it applies; null while it still does.</summary>
    public DateOnly? ValidTo { get; }

    public string? Source { get; }

    /// <summary>The guidance's own bands, lowest first.</summary>
    public IReadOnlyList<string> Bands { get; }

    public IReadOnlyList<AllocationFlag> Flags { get; }
    public IReadOnlyList<string> VeryHighRiskFlags { get; }
    public IReadOnlyDictionary<(RiskOfReoffending Reoffending, RiskOfSeriousHarm SeriousHarm), string> Matrix { get; }
    public IReadOnlyList<BandRule> MinimumBands { get; }
    public IReadOnlyList<BandRule> AutomaticBands { get; }
    public IReadOnlyList<BandRule> ConsiderBands { get; }
    public OfficerGrade DefaultGrade { get; }
    public IReadOnlyList<GradeRule> GradeRules { get; }
    public IReadOnlyList<GradeRule> ConsiderGrades { get; }

    public string Name => Providers[0];

    /// <summary>Whether <paramref name="provider"/> is one of its names, however it is written ("Northumbria Community Rehabilitation Company").</summary>
    public bool IsFor(string provider) => Providers.Any(p => OrganisationNames.Same(p, provider));

    public bool Covers(DateOnly day) => day >= ValidFrom && (ValidTo is null || day <= ValidTo);

    /// <summary>Whether the two guidances apply on some day in common.</summary>
    public bool Overlaps(AllocationGuidance other) =>
        (ValidTo is null || other.ValidFrom <= ValidTo) && (other.ValidTo is null || ValidFrom <= other.ValidTo);

    /// <summary>
    /// The band and grade the guidance expects for a case, as typed (a command line, a form, a CSV row): refuses an OGRS 3
    /// score outside 0–100, a risk of serious harm other than low or medium, and a flag the guidance does not list, naming it.
    /// </summary>
    public ExpectedAllocation Allocate(string ogrs, string rosh, IEnumerable<string> flags) =>
        Allocate(OgrsScore.Parse(ogrs), RiskWords.SeriousHarm(rosh), flags);

    /// <summary>
    /// The band: the highest of the matrix's cell and the bands of the rules whose flags the case has. Automatic rules give
    /// their very-high band when the risk of reoffending is very high, and decide ties; a minimum decides only when it raises
    /// the band. The grade: the highest of the default and the grade rules that apply. Notes: each rule to consider that
    /// would raise the band or the grade.
    /// </summary>
    public ExpectedAllocation Allocate(OgrsScore ogrs, RiskOfSeriousHarm rosh, IEnumerable<string> flags)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var flag in flags)
        {
            var id = flag.Trim().ToLowerInvariant();
            if (!Flags.Any(f => f.Id == id))
                throw new DomainRuleException($"The flag '{flag}' is not in {Name}'s guidance; its flags are {string.Join(", ", Flags.Select(f => f.Id))}.", "flags");
            held.Add(id);
        }
        var risk = VeryHighRiskFlags.Any(held.Contains) ? RiskOfReoffending.VeryHigh : ogrs.Risk;

        // Candidates in order of precedence on equal bands: an automatic rule, the matrix, a minimum.
        var matrixBand = Matrix[(risk, rosh)];
        var candidates = AutomaticBands.Where(r => r.AppliesTo(held)).Select(r => (Band: r.BandAt(risk), Rule: $"Automatic {r.BandAt(risk)}: {r.Says}"))
            .Append((Band: matrixBand, Rule: $"Matrix: {RiskWords.Of(risk)} risk of reoffending, {RiskWords.Of(rosh)} risk of serious harm"))
            .Concat(MinimumBands.Where(r => r.AppliesTo(held)).Select(r => (Band: r.Band, Rule: $"At least {r.Band}: {r.Says}")));
        var (band, rule) = candidates.MaxBy(c => Rank(c.Band));

        var gradeRule = GradeRules.Where(r => r.AppliesTo(held, band)).MaxBy(r => r.Grade);
        var grade = gradeRule is not null && gradeRule.Grade > DefaultGrade ? gradeRule.Grade : DefaultGrade;

        var consider = ConsiderBands.Where(r => r.AppliesTo(held) && Rank(r.BandAt(risk)) > Rank(band)).Select(r => $"Consider {r.BandAt(risk)}: {r.Says}")
            .Concat(ConsiderGrades.Where(r => r.AppliesTo(held, band) && r.Grade > grade).Select(r => $"Consider a {r.Grade}: {r.Says}"))
            .ToList();
        return new ExpectedAllocation(band, rule, consider, grade, grade > DefaultGrade ? gradeRule!.Says : null);
    }

    /// <summary>The band's place in the guidance's order, lowest 0.</summary>
    public int Rank(string band) => _ranks[band];
}

/// <summary>Something recorded about a case that a rule may turn on, such as domestic abuse or a drug rehabilitation requirement.</summary>
public sealed record AllocationFlag(string Id, string Label);

/// <summary>A rule that sets, raises or suggests a band for a case with any of its flags.</summary>
public sealed record BandRule(string Id, string Says, IReadOnlyList<string> Flags, string Band, string? BandWhenVeryHigh)
{
    public bool AppliesTo(IReadOnlySet<string> flags) => Flags.Any(flags.Contains);

    public string BandAt(RiskOfReoffending risk) => risk == RiskOfReoffending.VeryHigh && BandWhenVeryHigh is not null ? BandWhenVeryHigh : Band;
}

/// <summary>A rule on the grade of officer for a case with any of its flags, or allocated to any of its bands.</summary>
public sealed record GradeRule(string Id, string Says, IReadOnlyList<string> Flags, IReadOnlyList<string> Bands, OfficerGrade Grade)
{
    public bool AppliesTo(IReadOnlySet<string> flags, string band) => Flags.Any(flags.Contains) || Bands.Contains(band);
}

/// <summary>
/// What the guidance expects for one case: the band, the rule that decided it, notes to consider, and the lowest grade
/// of officer who may hold it (a PO may hold any case) with the rule that asks for it (null for the default).
/// </summary>
public sealed record ExpectedAllocation(string Band, string Rule, IReadOnlyList<string> Consider, OfficerGrade Grade, string? GradeRule)
{
    /// <summary>Whether an officer of the grade given may hold the case.</summary>
    public bool MayBeHeldBy(OfficerGrade given) => given >= Grade;
}
