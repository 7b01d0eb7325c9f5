namespace ActionPlans.Core.Plans;

/// <summary>The template's summary table: Agreed / Partly Agreed / Not Agreed / Total.</summary>
public sealed record ResponseSummary(int Agreed, int PartlyAgreed, int NotAgreed)
{
    public int Total => Agreed + PartlyAgreed + NotAgreed;

    public static ResponseSummary Of(IEnumerable<Response> responses)
    {
        var kinds = responses.Select(r => r.Kind).ToList();
        return new ResponseSummary(
            kinds.Count(k => k == ResponseKind.Agreed),
            kinds.Count(k => k == ResponseKind.PartlyAgreed),
            kinds.Count(k => k == ResponseKind.NotAgreed));
    }
}
