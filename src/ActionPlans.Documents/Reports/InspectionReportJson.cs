using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ActionPlans.Documents.Reports;

/// <summary>
/// Writes a read report as the JSON the import exchanges: camelCase, ratings as names, published as "yyyy-MM",
/// dates as "yyyy-MM-dd", headed by its kind and an id that is null until the report is stored.
/// </summary>
public static class InspectionReportJson
{
    public const string Kind = "inspection-report";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new ReportMonthConverter() },
    };

    public static string Write(InspectionReport report, int? id = null)
    {
        var json = new JsonObject { ["kind"] = Kind, ["id"] = id };
        foreach (var (name, value) in JsonSerializer.SerializeToNode(report, Options)!.AsObject().ToList())
            json[name] = value?.DeepClone();
        return json.ToJsonString(Options);
    }

    private sealed class ReportMonthConverter : JsonConverter<ReportMonth>
    {
        public override ReportMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Reports are read from their text, not from this JSON.");

        public override void Write(Utf8JsonWriter writer, ReportMonth value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
