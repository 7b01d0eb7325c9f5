using System.Globalization;
using System.Text.Json;
using Json.Schema;

namespace ActionPlans.Core.Allocation;

/// <summary>Something wrong with a guidance's JSON, and where: a JSON path such as <c>$.matrix.high.medium</c>.</summary>
public sealed record GuidanceProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>
/// Reads a guidance from JSON: first against its schema (allocation-guidance.schema.json), then the rules a schema
/// cannot state: every band named is one of the guidance's own, every flag a rule names is declared, ids are unique and
/// the dates are in order. Every problem is reported with its path, not only the first.
/// </summary>
public static class GuidanceReading
{
    private const string SchemaResource = "ActionPlans.Core.Allocation.allocation-guidance.schema.json";

    /// <summary>The schema's text, for people writing a guidance.</summary>
    public static string Schema { get; } = ReadResource(SchemaResource);

    private static readonly JsonSchema Compiled = JsonSchema.FromText(Schema);

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static (AllocationGuidance? Guidance, IReadOnlyList<GuidanceProblem> Problems) Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return (null, [new GuidanceProblem("$", $"This is not JSON: at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}.")]);
        }
        using (document)
        {
            var problems = SchemaProblems(document.RootElement);
            if (problems.Count > 0) return (null, problems);
            var file = document.RootElement.Deserialize<GuidanceFile>(Json)!;
            var guidance = new Checked(file).Build();
            return guidance.Problems.Count > 0 ? (null, guidance.Problems) : (guidance.Guidance, []);
        }
    }

    /// <summary>A guidance known to be sound (shipped, or stored after it was checked); any problem is refused with all of them.</summary>
    public static AllocationGuidance Parse(string json)
    {
        var (guidance, problems) = Read(json);
        return guidance ?? throw new DomainRuleException($"The allocation guidance is not valid: {string.Join("; ", problems)}.", "json");
    }

    internal static string ReadResource(string name)
    {
        using var stream = typeof(GuidanceReading).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is not in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<GuidanceProblem> SchemaProblems(JsonElement root)
    {
        var results = Compiled.Evaluate(root, Evaluation);
        if (results.IsValid) return [];
        var problems = new List<GuidanceProblem>();
        foreach (var detail in (results.Details ?? []).Prepend(results).Where(d => d.Errors is { Count: > 0 }))
        foreach (var (keyword, message) in detail.Errors!)
        {
            // A field the schema does not allow fails against its 'false' schema, whose message names nothing.
            var text = keyword == "false" || message.Contains("false schema", StringComparison.OrdinalIgnoreCase) ? "is not a field a guidance has." : message;
            problems.Add(new GuidanceProblem(PathOf(detail.InstanceLocation.ToString()), text));
        }
        return problems.Distinct().ToList();
    }

    /// <summary>A JSON pointer (<c>/minimumBands/0/band</c>) as a JSON path (<c>$.minimumBands[0].band</c>).</summary>
    private static string PathOf(string pointer) =>
        "$" + string.Concat(pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Replace("~1", "/").Replace("~0", "~"))
            .Select(s => s.All(char.IsAsciiDigit) ? $"[{s}]" : $".{s}"));

    /// <summary>The checks of one file, gathering every problem before any guidance is made.</summary>
    private sealed class Checked(GuidanceFile file)
    {
        public List<GuidanceProblem> Problems { get; } = [];
        public AllocationGuidance? Guidance { get; private set; }

        private readonly HashSet<string> _bands = new(file.Bands, StringComparer.Ordinal);
        private readonly HashSet<string> _flags = new(file.Flags.Select(f => f.Id), StringComparer.Ordinal);

        public Checked Build()
        {
            var from = Day(file.ValidFrom, "$.validFrom");
            var to = file.ValidTo is null ? null : Day(file.ValidTo, "$.validTo");
            if (from is not null && to is not null && to < from)
                Problem("$.validTo", $"The guidance ends on {file.ValidTo}, before it starts on {file.ValidFrom}.");
            for (var i = 0; i < file.Providers.Count; i++)
                if (string.IsNullOrWhiteSpace(file.Providers[i])) Problem($"$.providers[{i}]", "A provider's name is empty.");
            for (var i = 0; i < file.Bands.Count; i++)
                if (string.IsNullOrWhiteSpace(file.Bands[i])) Problem($"$.bands[{i}]", "A band's name is empty.");
            for (var i = 0; i < file.Flags.Count; i++)
            {
                var id = file.Flags[i].Id;
                if (!id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') || id.StartsWith('-') || id.EndsWith('-'))
                    Problem($"$.flags[{i}].id", $"'{id}' is not a flag id: use lower-case letters, digits and hyphens, such as domestic-abuse.");
                if (file.Flags.Take(i).Any(f => f.Id == id)) Problem($"$.flags[{i}].id", $"The flag '{id}' is declared twice.");
            }
            var veryHigh = file.VeryHighRiskFlags ?? [];
            for (var i = 0; i < veryHigh.Count; i++) Flag(veryHigh[i], $"$.veryHighRiskFlags[{i}]");

            var matrix = new Dictionary<(RiskOfReoffending, RiskOfSeriousHarm), string>();
            foreach (var (risk, name, row) in new[] { (RiskOfReoffending.Low, "low", file.Matrix.Low), (RiskOfReoffending.High, "high", file.Matrix.High), (RiskOfReoffending.VeryHigh, "veryHigh", file.Matrix.VeryHigh) })
            {
                matrix[(risk, RiskOfSeriousHarm.Low)] = Band(row.Low, $"$.matrix.{name}.low");
                matrix[(risk, RiskOfSeriousHarm.Medium)] = Band(row.Medium, $"$.matrix.{name}.medium");
            }
            var minimum = BandRules(file.MinimumBands, "minimumBands");
            var automatic = BandRules(file.AutomaticBands, "automaticBands");
            var consider = BandRules(file.ConsiderBands, "considerBands");
            var grades = GradeRules(file.Grades.Rules, "rules");
            var considerGrades = GradeRules(file.Grades.Consider, "consider");

            if (Problems.Count == 0)
                Guidance = new AllocationGuidance(file.Providers.Select(p => p.Trim()).ToList(), from!.Value, to, file.Source, file.Bands, file.Flags.Select(f => new AllocationFlag(f.Id, f.Label)).ToList(),
                    veryHigh, matrix, minimum, automatic, consider, Grade(file.Grades.Default), grades, considerGrades);
            return this;
        }

        private List<BandRule> BandRules(List<BandRuleFile> rules, string list)
        {
            var made = new List<BandRule>();
            for (var i = 0; i < rules.Count; i++)
            {
                var (rule, path) = (rules[i], $"$.{list}[{i}]");
                if (rules.Take(i).Any(r => r.Id == rule.Id)) Problem($"{path}.id", $"Another rule of {list} is called '{rule.Id}'.");
                for (var f = 0; f < rule.Flags.Count; f++) Flag(rule.Flags[f], $"{path}.flags[{f}]");
                var band = Band(rule.Band, $"{path}.band");
                var whenVeryHigh = rule.BandWhenVeryHigh is null ? null : Band(rule.BandWhenVeryHigh, $"{path}.bandWhenVeryHigh");
                made.Add(new BandRule(rule.Id, rule.Says, rule.Flags, band, whenVeryHigh));
            }
            return made;
        }

        private List<GradeRule> GradeRules(List<GradeRuleFile> rules, string list)
        {
            var made = new List<GradeRule>();
            for (var i = 0; i < rules.Count; i++)
            {
                var (rule, path) = (rules[i], $"$.grades.{list}[{i}]");
                if (rules.Take(i).Any(r => r.Id == rule.Id)) Problem($"{path}.id", $"Another rule of grades.{list} is called '{rule.Id}'.");
                var flags = rule.Flags ?? [];
                var bands = rule.Bands ?? [];
                for (var f = 0; f < flags.Count; f++) Flag(flags[f], $"{path}.flags[{f}]");
                for (var b = 0; b < bands.Count; b++) Band(bands[b], $"{path}.bands[{b}]");
                made.Add(new GradeRule(rule.Id, rule.Says, flags, bands, Grade(rule.Grade)));
            }
            return made;
        }

        private string Band(string band, string path)
        {
            if (!_bands.Contains(band)) Problem(path, $"'{band}' is not one of the guidance's bands ({string.Join(", ", file.Bands)}).");
            return band;
        }

        private void Flag(string flag, string path)
        {
            if (!_flags.Contains(flag)) Problem(path, $"The flag '{flag}' is not declared in $.flags.");
        }

        private DateOnly? Day(string text, string path)
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
            Problem(path, $"'{text}' is not a date like 2019-07-01.");
            return null;
        }

        // The schema allows only these two.
        private static OfficerGrade Grade(string grade) => Enum.Parse<OfficerGrade>(grade);

        private void Problem(string path, string message) => Problems.Add(new GuidanceProblem(path, message));
    }

    private sealed record GuidanceFile(
        List<string> Providers, string ValidFrom, string? ValidTo, string? Source, List<string> Bands, List<FlagFile> Flags,
        List<string>? VeryHighRiskFlags, MatrixFile Matrix, List<BandRuleFile> MinimumBands, List<BandRuleFile> AutomaticBands,
        List<BandRuleFile> ConsiderBands, GradesFile Grades);

    private sealed record FlagFile(string Id, string Label);

    private sealed record MatrixFile(RowFile Low, RowFile High, RowFile VeryHigh);

    private sealed record RowFile(string Low, string Medium);

    private sealed record BandRuleFile(string Id, string Says, List<string> Flags, string Band, string? BandWhenVeryHigh);

    private sealed record GradesFile(string Default, List<GradeRuleFile> Rules, List<GradeRuleFile> Consider);

    private sealed record GradeRuleFile(string Id, string Says, List<string>? Flags, List<string>? Bands, string Grade);
}
