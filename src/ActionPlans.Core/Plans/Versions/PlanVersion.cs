using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActionPlans.Core.Plans.Versions;

/// <summary>
/// A plan as it was submitted, frozen: what the inspectorate reviewed, kept whole so a later edit
/// cannot change the record of what was sent. It is stored as one JSON value.
/// </summary>
public sealed record PlanVersion(int Number, DateOnly Submitted, IReadOnlyList<RowVersion> Rows)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Names rather than numbers, so a stored version still reads right if an enum gains a member.
        Converters = { new JsonStringEnumConverter() },
    };

    [JsonIgnore]
    public ResponseSummary Summary => ResponseSummary.Count(Rows.Select(r => r.Response));

    public static PlanVersion Of(ActionPlan plan, int number, DateOnly submitted) =>
        new(number, submitted,
            [.. plan.Responses.OrderBy(r => r.Recommendation.Number).Select(r => new RowVersion(
                r.Recommendation.Number, r.Recommendation.Text, r.Kind, r.Narrative, r.AgreedPart, r.Reasons, r.Explanation,
                [.. r.Actions.Select(a => new ActionVersion(a.Position, a.Text, a.Owner, a.Target.Text, a.CompletedAtSubmission))]))]);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PlanVersion FromJson(string json) =>
        JsonSerializer.Deserialize<PlanVersion>(json, Json) ?? throw new DomainRuleException("A stored plan version is empty.");
}

/// <summary>One recommendation's row as submitted.</summary>
public sealed record RowVersion(
    int RecommendationNumber,
    string RecommendationText,
    ResponseKind? Response,
    string Narrative,
    string? AgreedPart,
    ReasonCategories Reasons,
    string? Explanation,
    IReadOnlyList<ActionVersion> Actions);

/// <summary>One action as submitted; the target is kept as written, since <see cref="TargetDates.TargetDate.Parse"/> recovers its meaning.</summary>
public sealed record ActionVersion(int Position, string Text, string? Owner, string Target, bool CompletedAtSubmission);
