using ActionPlans.Core.Inspections;
using ActionPlans.Core.Recommendations;

namespace ActionPlans.Core.Plans;

/// <summary>The answer of the provider and other addressed bodies to one inspection's recommendations.</summary>
public sealed class ActionPlan
{
    private readonly List<Response> _responses = [];

    private ActionPlan() { Inspection = null!; }

    public ActionPlan(Inspection inspection)
    {
        Inspection = inspection;
        Status = PlanStatus.Draft;
        foreach (var recommendation in inspection.Recommendations.OrderBy(r => r.Number))
            _responses.Add(new Response(recommendation));
    }

    public int Id { get; private set; }
    public int InspectionId { get; private set; }
    public Inspection Inspection { get; private set; }
    public PlanStatus Status { get; private set; }
    public DateOnly? Submitted { get; private set; }

    /// <summary>The day an inspector closed the plan's monitoring; its actions take no updates after it.</summary>
    public DateOnly? Closed { get; private set; }

    /// <summary>The plan came from a published document rather than being written in the service.</summary>
    public bool Imported { get; private set; }

    public IReadOnlyList<Response> Responses => _responses;

    /// <summary>Accepted or published: its actions are being delivered and their progress monitored.</summary>
    public bool IsBeingDelivered => Status is PlanStatus.Accepted or PlanStatus.Published;

    /// <summary>Responses may be written while the plan is a draft or has been returned for changes.</summary>
    public bool IsOpenForEditing => Status is PlanStatus.Draft or PlanStatus.Returned;

    public Response ResponseTo(Recommendation recommendation) =>
        _responses.FirstOrDefault(r => r.Recommendation == recommendation || (r.RecommendationId != 0 && r.RecommendationId == recommendation.Id))
        ?? throw new DomainRuleException($"Recommendation {recommendation.Number} is not part of this plan.");

    /// <summary>The summary table of the template: how many recommendations got each answer.</summary>
    public ResponseSummary Summary => ResponseSummary.Of(_responses);

    public void Submit(DateOnly on)
    {
        if (Status is not (PlanStatus.Draft or PlanStatus.Returned))
            throw new DomainRuleException($"A plan that is {Status} cannot be submitted.");
        Submitted = on;
        Status = PlanStatus.Submitted;
    }

    public void Return()
    {
        if (Status != PlanStatus.Submitted) throw new DomainRuleException("Only a submitted plan can be returned.");
        Status = PlanStatus.Returned;
    }

    public void Accept()
    {
        if (Status != PlanStatus.Submitted) throw new DomainRuleException("Only a submitted plan can be accepted.");
        Status = PlanStatus.Accepted;
    }

    public void Publish()
    {
        if (Status != PlanStatus.Accepted) throw new DomainRuleException("Only an accepted plan can be published.");
        Status = PlanStatus.Published;
    }

    /// <summary>Ends monitoring: the record of delivery is then final until the next inspection judges it.</summary>
    public void Close(DateOnly on)
    {
        if (!IsBeingDelivered)
            throw new DomainRuleException("Only an accepted or published plan is monitored, so only such a plan can be closed.");
        if (Closed is not null) throw new DomainRuleException("This plan is already closed.");
        if (Submitted is { } submitted && on < submitted) throw new DomainRuleException("A plan cannot be closed before it was submitted.");
        Closed = on;
    }

    /// <summary>
    /// A plan read from a document enters with the status its importer gives it. One entering as a draft has not
    /// been submitted to the service, whatever day the document says: it is submitted through the review.
    /// </summary>
    public void MarkImported(DateOnly? submitted, PlanStatus status)
    {
        Imported = true;
        Submitted = status == PlanStatus.Draft ? null : submitted;
        Status = status;
    }
}
