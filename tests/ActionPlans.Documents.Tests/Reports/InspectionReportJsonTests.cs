using System.Text.Json;
using ActionPlans.Documents.Reports;

namespace ActionPlans.Documents.Tests.Reports;

public class InspectionReportJsonTests
{
    private static readonly Lazy<JsonElement> Written =
        new(() => JsonDocument.Parse(InspectionReportJson.Write(new InspectionReportReader().Read(NorthumbriaReport.Text))).RootElement);
    private static JsonElement Json => Written.Value;

    [SkippableFact]
    public void The_head_names_the_kind_and_the_report()
    {
        Assert.Equal("inspection-report", Json.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, Json.GetProperty("id").ValueKind);
        Assert.Equal("Northumbria Community Rehabilitation Company", Json.GetProperty("provider").GetString());
        Assert.Equal("2020-02", Json.GetProperty("published").GetString());
        Assert.Equal("2019-09-16", Json.GetProperty("fieldworkStarted").GetString());
        Assert.Equal(15, Json.GetProperty("score").GetInt32());
        Assert.Equal(15, Json.GetProperty("statedScore").GetInt32());
        Assert.Equal("RequiresImprovement", Json.GetProperty("overall").GetString());
        Assert.Equal(0, Json.GetProperty("warnings").GetArrayLength());
    }

    [SkippableFact]
    public void Standards_carry_ratings_as_names_and_key_questions_as_numbers()
    {
        var standards = Json.GetProperty("standards");
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
        Assert.Equal(65, first.GetProperty("current").GetDecimal());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("previous").ValueKind);
        Assert.Equal(65, first.GetProperty("allProviders").GetDecimal());
    }

    [SkippableFact]
    public void Recommendations_carry_their_markers_and_progress()
    {
        var third = Json.GetProperty("recommendations")[2];
        Assert.Equal(3, third.GetProperty("number").GetInt32());
        Assert.True(third.GetProperty("repeated").GetBoolean());
        Assert.Equal("Northumbria CRC", third.GetProperty("addressee").GetString());
        Assert.Equal("Some", Json.GetProperty("previousRecommendations")[0].GetProperty("progress").GetString());
        Assert.Equal("Sufficient", Json.GetProperty("previousRecommendations")[5].GetProperty("progress").GetString());
    }

    [SkippableFact]
    public void A_stored_report_carries_its_id() =>
        Assert.Equal(42, JsonDocument.Parse(InspectionReportJson.Write(new InspectionReportReader().Read(NorthumbriaReport.Text), 42))
            .RootElement.GetProperty("id").GetInt32());
}
