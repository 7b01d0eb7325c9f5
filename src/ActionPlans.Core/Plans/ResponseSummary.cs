namespace ActionPlans.Core.Plans;

/// <summary>The template's summary table: Agreed / Partly Agreed / Not Agreed / Total.</summary>
public sealed record ResponseSummary(int Agreed, int PartlyAgreed, int NotAgreed)
{
    public int Total => Agreed + PartlyAgreed + NotAgreed;

    public static ResponseSummary Of(IEnumerable<Response> responses) => Count(responses.Select(r => r.Kind));

    /// <summary>Counts answers wherever they come from (a plan being edited, a version, a read document); unanswered ones count nowhere.</summary>
    public static ResponseSummary Count(IEnumerable<ResponseKind?> answers)
    {
        var kinds = answers.ToList();
        return new ResponseSummary(
            kinds.Count(k => k == ResponseKind.Agreed),
            kinds.Count(k => k == ResponseKind.PartlyAgreed),
            kinds.Count(k => k == ResponseKind.NotAgreed));
    }
}
