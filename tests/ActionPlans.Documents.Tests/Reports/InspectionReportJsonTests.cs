using System.Text.Json;
using ActionPlans.Documents.Reports;
using ActionPlans.Documents.Tests.Fixtures;

namespace ActionPlans.Documents.Tests.Reports;

public class InspectionReportJsonTests
{
    private static JsonElement Json(Copy copy) =>
        JsonDocument.Parse(InspectionReportJson.Write(new InspectionReportReader().Read(LayoutReport.Text(copy)))).RootElement;

    [SkippableTheory]
    [InlineData(Copy.Own, "Kestrel Vale Community Rehabilitation Company", "2025-03", "2024-10-14", 13)]
    [InlineData(Copy.Published, "Northumbria Community Rehabilitation Company", "2020-02", "2019-09-16", 15)]
    public void The_head_names_the_kind_and_the_report(Copy copy, string provider, string published, string fieldwork, int score)
    {
        var json = Json(copy);
        Assert.Equal("inspection-report", json.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("id").ValueKind);
        Assert.Equal(provider, json.GetProperty("provider").GetString());
        Assert.Equal(published, json.GetProperty("published").GetString());
        Assert.Equal(fieldwork, json.GetProperty("fieldworkStarted").GetString());
        Assert.Equal(score, json.GetProperty("score").GetInt32());
        Assert.Equal(score, json.GetProperty("statedScore").GetInt32());
        Assert.Equal("RequiresImprovement", json.GetProperty("overall").GetString());
        Assert.Equal(0, json.GetProperty("warnings").GetArrayLength());
    }

    [SkippableTheory]
    [InlineData(Copy.Own, 62, 61)]
    [InlineData(Copy.Published, 65, 65)]
    public void Standards_carry_ratings_as_names_and_key_questions_as_numbers(Copy copy, int current, int allProviders)
    {
        var standards = Json(copy).GetProperty("standards");
        Assert.Equal(10, standards.GetArrayLength());
        var leadership = standards[0];
        Assert.Equal(JsonValueKind.Null, leadership.GetProperty("ruleRating").ValueKind);
        var reviewing = standards[7];
        Assert.Equal("2.4", reviewing.GetProperty("id").GetString());
        Assert.Equal("Reviewing", reviewing.GetProperty("name").GetString());
        Assert.Equal("RequiresImprovement", reviewing.GetProperty("rating").GetString());
        Assert.Equal("Inadequate", reviewing.GetProperty("ruleRating").GetString());
        Assert.True(reviewing.GetProperty("discretion").GetBoolean());
        Assert.Equal("Inadequate", reviewing.GetProperty("previousRating").GetString());
        var first = reviewing.GetProperty("keyQuestions")[0];
        Assert.Equal(current, first.GetProperty("current").GetDecimal());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("previous").ValueKind);
        Assert.Equal(allProviders, first.GetProperty("allProviders").GetDecimal());
    }

    [SkippableTheory]
    [InlineData(Copy.Own, "Kestrel Vale CRC", "Some")]
    [InlineData(Copy.Published, "Northumbria CRC", "Sufficient")]
    public void Recommendations_carry_their_markers_and_progress(Copy copy, string addressee, string sixth)
    {
        var json = Json(copy);
        var third = json.GetProperty("recommendations")[2];
        Assert.Equal(3, third.GetProperty("number").GetInt32());
        Assert.True(third.GetProperty("repeated").GetBoolean());
        Assert.Equal(addressee, third.GetProperty("addressee").GetString());
        Assert.Equal("Some", json.GetProperty("previousRecommendations")[0].GetProperty("progress").GetString());
        Assert.Equal(sixth, json.GetProperty("previousRecommendations")[5].GetProperty("progress").GetString());
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts.Copies), MemberType = typeof(Layouts))]
    public void A_stored_report_carries_its_id(Copy copy) =>
        Assert.Equal(42, JsonDocument.Parse(InspectionReportJson.Write(new InspectionReportReader().Read(LayoutReport.Text(copy)), 42))
            .RootElement.GetProperty("id").GetInt32());
}
