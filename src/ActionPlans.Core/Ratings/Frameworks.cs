using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActionPlans.Core.Ratings;

/// <summary>The standards frameworks shipped as embedded JSON files (Ratings/Frameworks/*.json).</summary>
public static class Frameworks
{
    public const string AdultProbation2018 = "hmip-adult-probation-2018";

    private const string ResourcePrefix = "ActionPlans.Core.Frameworks.";
    private static readonly ConcurrentDictionary<string, StandardsFramework> Loaded = new();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static IReadOnlyList<string> Available { get; } =
        typeof(Frameworks).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".json".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    public static StandardsFramework Load(string id) => Loaded.GetOrAdd(id, Read);

    private static StandardsFramework Read(string id)
    {
        using var stream = typeof(Frameworks).Assembly.GetManifestResourceStream(ResourcePrefix + id + ".json")
            ?? throw new DomainRuleException($"There is no standards framework {id}; available: {string.Join(", ", Available)}.");
        var file = JsonSerializer.Deserialize<FrameworkFile>(stream, Json)
            ?? throw new DomainRuleException($"The standards framework file {id} is empty.");
        if (file.Id != id) throw new DomainRuleException($"The standards framework file {id} calls itself {file.Id}.");
        var standardCount = file.Domains.Sum(d => d.Standards.Count);
        var rules = new RatingRules(new Banding(file.KeyQuestionBands), file.DiscretionMargin, new Banding(file.OverallBands), standardCount);
        return new StandardsFramework(file.Id, file.Version, file.Name, file.Domains, rules);
    }

    /// <summary>The file's layout; the bands become <see cref="Banding"/>s, which check their bounds.</summary>
    private sealed record FrameworkFile(
        string Id,
        string Version,
        string Name,
        Dictionary<Rating, decimal> KeyQuestionBands,
        decimal DiscretionMargin,
        Dictionary<Rating, decimal> OverallBands,
        IReadOnlyList<Domain> Domains);
}
