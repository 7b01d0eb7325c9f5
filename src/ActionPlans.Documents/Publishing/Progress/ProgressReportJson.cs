using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Vocabulary;

namespace ActionPlans.Documents.Publishing.Progress;

/// <summary>
/// The stored form of a progress report: camelCase names, states and statuses as words, days as
/// yyyy-MM-dd and months as yyyy-MM. What <see cref="Write"/> writes, <see cref="Read"/> reads back unchanged.
/// </summary>
public static class ProgressReportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new MonthConverter() },
        // The output is a data file, not markup: keep "&" and curly quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ProgressReport report) => JsonSerializer.Serialize(report, Options);

    /// <exception cref="JsonException">The text is not a stored progress report.</exception>
    public static ProgressReport Read(string json) =>
        JsonSerializer.Deserialize<ProgressReport>(json, Options) ?? throw new JsonException("The stored progress report is empty.");

    private sealed class MonthConverter : JsonConverter<YearMonth>
    {
        public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateWords.TryIso(reader.GetString() + "-01", out var day)
                ? YearMonth.Of(day)
                : throw new JsonException($"'{reader.GetString()}' is not a month written yyyy-MM.");

        public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
            writer.WriteStringValue(DateWords.IsoMonthOf(value.LastDay));
    }
}
