using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActionPlans.Documents.Plans;

/// <summary>The exchange form of a plan reading: camelCase names, responses as words, dates as yyyy-MM-dd.</summary>
public static class PlanJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        // The output is a data file, not markup: keep "&" and curly quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(PlanReading plan) => JsonSerializer.Serialize(plan, Options);
}
