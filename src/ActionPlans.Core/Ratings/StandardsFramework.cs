namespace ActionPlans.Core.Ratings;

/// <summary>
/// A published set of standards an inspectorate rates providers against, with its rating rules.
/// Frameworks are data (see <see cref="Frameworks"/>): a new one is a new file, not new code.
/// </summary>
public sealed class StandardsFramework
{
    public StandardsFramework(string id, string version, string name, IReadOnlyList<Domain> domains, RatingRules rules)
    {
        var ids = domains.SelectMany(d => d.Standards).SelectMany(s => s.Aliases.Prepend(s.Id)).ToList();
        if (ids.Distinct().Count() != ids.Count)
            throw new DomainRuleException($"Framework {id} uses a standard number twice.");
        Id = id;
        Version = version;
        Name = name;
        Domains = domains;
        Rules = rules;
    }

    /// <summary>Such as "hmip-adult-probation-2018".</summary>
    public string Id { get; }
    public string Version { get; }
    public string Name { get; }
    public IReadOnlyList<Domain> Domains { get; }
    public RatingRules Rules { get; }

    public IEnumerable<Standard> Standards => Domains.SelectMany(d => d.Standards);

    /// <summary>The standard with this number or one of its aliases; null when the framework has none.</summary>
    public Standard? FindStandard(string id) => Standards.FirstOrDefault(s => s.IsKnownAs(id));

    public Standard Standard(string id) =>
        FindStandard(id) ?? throw new DomainRuleException($"Framework {Id} has no standard {id}.");
}
