using System.Text.Json.Nodes;
using ActionPlans.Core.Allocation;

namespace ActionPlans.Core.Tests.Allocation;

/// <summary>A guidance is refused whole with every problem and its JSON path: the schema's and the references it cannot state.</summary>
public sealed class GuidanceReadingTests
{
    private static IReadOnlyList<GuidanceProblem> Problems(Action<JsonObject> change)
    {
        var json = JsonNode.Parse(SecondGuidanceTests.Json)!.AsObject();
        change(json);
        var (guidance, problems) = GuidanceReading.Read(json.ToJsonString());
        Assert.Null(guidance);
        Assert.NotEmpty(problems);
        return problems;
    }

    private static void Has(IReadOnlyList<GuidanceProblem> problems, string path, string words) =>
        Assert.True(problems.Any(p => p.Path == path && p.Message.Contains(words, StringComparison.OrdinalIgnoreCase)),
            $"Expected a problem at {path} saying '{words}'; found: {string.Join(" | ", problems)}");

    [Fact]
    public void The_shipped_schema_accepts_both_guidances()
    {
        Assert.Empty(GuidanceReading.Read(SecondGuidanceTests.Json).Problems);
        Assert.NotEmpty(ShippedGuidances.All);
        Assert.Contains("\"$defs\"", GuidanceReading.Schema);
    }

    [Fact]
    public void Text_that_is_not_json_is_refused_with_its_line() =>
        Has(GuidanceReading.Read("{\n  \"bands\": [\n}").Problems, "$", "line 3");

    [Fact]
    public void An_empty_matrix_cell_is_refused_where_it_is()
    {
        var problems = Problems(j => j["matrix"]!["high"]!.AsObject().Remove("medium"));
        Has(problems, "$.matrix.high", "medium");
    }

    [Fact]
    public void A_missing_matrix_row_is_refused() => Has(Problems(j => j["matrix"]!.AsObject().Remove("veryHigh")), "$.matrix", "veryHigh");

    [Fact]
    public void A_band_not_in_the_guidance_is_refused_wherever_it_is_named()
    {
        var problems = Problems(j =>
        {
            j["matrix"]!["low"]!["medium"] = "Blue";
            j["automaticBands"]![0]!["bandWhenVeryHigh"] = "Tier 4";
            j["grades"]!["rules"]![0]!["bands"]![0] = "Gold";
        });
        Has(problems, "$.matrix.low.medium", "'Blue' is not one of the guidance's bands (Tier 1, Tier 2, Tier 3)");
        Has(problems, "$.automaticBands[0].bandWhenVeryHigh", "'Tier 4'");
        Has(problems, "$.grades.rules[0].bands[0]", "'Gold'");
    }

    [Fact]
    public void A_flag_a_rule_names_must_be_declared()
    {
        var problems = Problems(j =>
        {
            j["minimumBands"]![0]!["flags"]!.AsArray().Add("drr");
            j["veryHighRiskFlags"]![0] = "iom";
            j["grades"]!["consider"]![0]!["flags"]![0] = "fire";
        });
        Has(problems, "$.minimumBands[0].flags[1]", "'drr' is not declared");
        Has(problems, "$.veryHighRiskFlags[0]", "'iom'");
        Has(problems, "$.grades.consider[0].flags[0]", "'fire'");
    }

    [Fact]
    public void Dates_must_be_in_order() =>
        Has(Problems(j => j["validTo"] = "2020-03-31"), "$.validTo", "ends on 2020-03-31, before it starts on 2020-04-01");

    [Fact]
    public void A_date_must_be_a_date() => Has(Problems(j => j["validFrom"] = "1 April 2020"), "$.validFrom", "format");

    [Fact]
    public void The_schema_refuses_unknown_fields_wrong_grades_and_rules_without_a_condition()
    {
        var problems = Problems(j =>
        {
            j["colour"] = "red";
            j["grades"]!["default"] = "SPO";
            j["grades"]!["rules"]![0]!.AsObject().Remove("bands");
            j["bands"]!.AsArray().Add("Tier 1");
        });
        Has(problems, "$.colour", "not a field");
        Has(problems, "$.grades.default", "");
        Has(problems, "$.grades.rules[0]", "");
        Has(problems, "$.bands", "");
    }

    [Fact]
    public void Flag_ids_are_plain_and_declared_once()
    {
        var problems = Problems(j =>
        {
            j["flags"]![1]!["id"] = "Gang Member";
            j["flags"]!.AsArray().Add(new JsonObject { ["id"] = "arson", ["label"] = "Fire-setting" });
        });
        Has(problems, "$.flags[1].id", "lower-case letters");
        Has(problems, "$.flags[4].id", "declared twice");
    }

    [Fact]
    public void Parse_refuses_with_every_problem_in_one_message()
    {
        var json = JsonNode.Parse(SecondGuidanceTests.Json)!.AsObject();
        json["matrix"]!["low"]!["low"] = "A";
        json["matrix"]!["low"]!["medium"] = "B";
        var refused = Assert.Throws<DomainRuleException>(() => GuidanceReading.Parse(json.ToJsonString()));
        Assert.Contains("$.matrix.low.low: 'A'", refused.Message);
        Assert.Contains("$.matrix.low.medium: 'B'", refused.Message);
    }

    [Fact]
    public void A_stored_guidance_is_checked_whole_and_kept_to_its_length()
    {
        var refused = Assert.Throws<DomainRuleException>(() => new AllocationGuidanceText(SecondGuidanceTests.Json.Replace("\"Tier 1\", \"Tier 2\", \"Tier 3\"]", "\"Tier 1\", \"Tier 2\"]")));
        Assert.Contains("$.matrix.high.medium: 'Tier 3' is not one of the guidance's bands (Tier 1, Tier 2)", refused.Message);
        var padded = SecondGuidanceTests.Json.Replace("\"source\": \"", "\"source\": \"" + new string(' ', AllocationGuidanceText.JsonMaxLength));
        Assert.Contains("at most 100,000 characters", Assert.Throws<DomainRuleException>(() => new AllocationGuidanceText(padded)).Message);
        var stored = new AllocationGuidanceText(SecondGuidanceTests.Json);
        Assert.Equal(("Kestrel Vale CRC", new DateOnly(2020, 4, 1), (DateOnly?)new DateOnly(2021, 3, 31)), (stored.Provider, stored.ValidFrom, stored.ValidTo));
    }
}
