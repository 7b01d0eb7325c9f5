namespace ActionPlans.Core.Cases;

/// <summary>
/// The cases inspectors looked at in one inspection, and the population they were drawn from. It belongs to the
/// inspectorate: case data is never public.
/// </summary>
public sealed class CaseSample
{
    private readonly List<InspectedCase> _cases = [];

    private CaseSample() { }

    public CaseSample(int inspectionId) => InspectionId = inspectionId;

    public int Id { get; private set; }
    public int InspectionId { get; private set; }

    /// <summary>How many cases the sample was drawn from, when recorded.</summary>
    public int? Population { get; private set; }

    public IReadOnlyList<InspectedCase> Cases => _cases;

    /// <summary>The standard sample size for the population (<see cref="SampleStatistics.SampleSize"/>); null without one.</summary>
    public int? SampleSizeNeeded => Population is { } population ? SampleStatistics.SampleSize(population) : null;

    public void RecordPopulation(int? population)
    {
        if (population is < 1) throw new DomainRuleException("The population is the number of cases the sample is drawn from: a whole number of 1 or more.", nameof(Population));
        Population = population;
    }

    public InspectedCase Add(CaseDetails details)
    {
        RequireUnique(details.Reference, null);
        var added = new InspectedCase(details);
        _cases.Add(added);
        return added;
    }

    public void Change(InspectedCase inspected, CaseDetails details)
    {
        if (!_cases.Contains(inspected)) throw new DomainRuleException("That case is not in this sample.");
        RequireUnique(details.Reference, inspected);
        inspected.Change(details);
    }

    public void Remove(InspectedCase inspected)
    {
        if (!_cases.Remove(inspected)) throw new DomainRuleException("That case is not in this sample.");
    }

    /// <summary>The whole sample becomes these cases (an import): all of them, or, when one is refused, none.</summary>
    public void Replace(IReadOnlyList<CaseDetails> cases)
    {
        var repeated = cases.GroupBy(c => c.Reference, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new DomainRuleException($"Case {repeated.Key} is in the sample twice.", nameof(InspectedCase.Reference));
        var replacing = cases.Select(details => new InspectedCase(details)).ToList();
        _cases.Clear();
        _cases.AddRange(replacing);
    }

    private void RequireUnique(string reference, InspectedCase? self)
    {
        if (_cases.Any(c => c != self && string.Equals(c.Reference, reference, StringComparison.OrdinalIgnoreCase)))
            throw new DomainRuleException($"Case {reference} is already in this sample.", nameof(InspectedCase.Reference));
    }
}
