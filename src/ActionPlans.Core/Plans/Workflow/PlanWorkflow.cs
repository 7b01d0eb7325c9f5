using ActionPlans.Core.Access;
using ActionPlans.Core.Plans.Checks;
using ActionPlans.Core.Plans.Versions;

namespace ActionPlans.Core.Plans.Workflow;

/// <summary>
/// A plan's way from draft to publication, and who may move it: Draft → Submitted (locked, frozen as a
/// version) → Returned with comments → submitted again … → Accepted → Published. Coordinators of the
/// answering organisations submit and answer comments; inspectors comment, return, accept and publish.
/// </summary>
/// <remarks>
/// The plan's comments and versions are handed in and kept here until the plan entity holds them
/// itself; whoever stores the plan stores <see cref="Comments"/> (those with Id 0 are new) and
/// <see cref="Versions"/> beside it.
/// </remarks>
public sealed class PlanWorkflow
{
    private readonly List<ReviewComment> _comments;
    private readonly List<PlanVersion> _versions;
    private readonly PlanRules _rules;

    public PlanWorkflow(ActionPlan plan, IEnumerable<ReviewComment> comments, IEnumerable<PlanVersion> versions, PlanRules? rules = null)
    {
        Plan = plan;
        _comments = [.. comments];
        _versions = [.. versions.OrderBy(v => v.Number)];
        _rules = rules ?? PlanRules.Default;
    }

    public ActionPlan Plan { get; }
    public IReadOnlyList<ReviewComment> Comments => _comments;
    public IReadOnlyList<PlanVersion> Versions => _versions;
    public PlanVersion? Latest => _versions.LastOrDefault();
    public IEnumerable<ReviewComment> Unanswered => _comments.Where(c => !c.IsAnswered);

    /// <summary>A submitted plan is locked while it is reviewed; after acceptance it is the record.</summary>
    public bool CanEdit => Plan.IsOpenForEditing;

    public void EnsureEditable()
    {
        if (!CanEdit) throw new DomainRuleException($"The plan is {Plan.Status} and cannot be changed.");
    }

    public PlanCheck Check() => _rules.Check(Plan);

    /// <summary>Submits the plan and freezes what was sent as the next version.</summary>
    public PlanVersion Submit(Viewer by, DateOnly on)
    {
        RequireCoordinator(by, "submit");
        if (!CanEdit) throw new DomainRuleException($"A plan that is {Plan.Status} cannot be submitted.");
        if (Unanswered.Count() is var open and > 0)
            throw new DomainRuleException($"Answer the inspector's {Plural(open, "comment")} before submitting the plan again.");
        var errors = Check().Errors.ToList();
        if (errors.Count > 0)
            throw new DomainRuleException($"The plan cannot be submitted while it has {Plural(errors.Count, "error")}; the first: {errors[0].Message}.");

        Plan.Submit(on);
        var version = PlanVersion.Of(Plan, _versions.Count + 1, on);
        _versions.Add(version);
        return version;
    }

    /// <summary>Comments on the submitted version: on one recommendation's row, or on the whole plan when the number is null.</summary>
    public ReviewComment Comment(Viewer by, string author, DateOnly on, int? recommendationNumber, string text)
    {
        RequireInspector(by, "comment on");
        if (Plan.Status != PlanStatus.Submitted || Latest is not { } reviewed)
            throw new DomainRuleException("Only a submitted plan can be commented on.");
        if (recommendationNumber is { } n && Plan.Responses.All(r => r.Recommendation.Number != n))
            throw new DomainRuleException($"Recommendation {n} is not part of this plan.");
        var comment = new ReviewComment(recommendationNumber, text, author, on, reviewed.Number);
        _comments.Add(comment);
        return comment;
    }

    /// <summary>Sends the plan back to its coordinators with the comments made on this submission.</summary>
    public void Return(Viewer by)
    {
        RequireInspector(by, "return");
        if (Plan.Status == PlanStatus.Submitted && !_comments.Any(c => c.OnVersion == Latest?.Number))
            throw new DomainRuleException("Comment on the plan before returning it, so its coordinators know what to change.");
        Plan.Return();
    }

    public void Answer(Viewer by, ReviewComment comment, DateOnly on, string? reply = null)
    {
        RequireCoordinator(by, "answer comments on");
        if (!_comments.Contains(comment)) throw new DomainRuleException("That comment is not about this plan.");
        if (Plan.Status != PlanStatus.Returned) throw new DomainRuleException("Comments are answered while the plan is returned for changes.");
        comment.Answer(on, reply);
    }

    public void Accept(Viewer by)
    {
        RequireInspector(by, "accept");
        Plan.Accept();
    }

    public void Publish(Viewer by)
    {
        RequireInspector(by, "publish");
        Plan.Publish();
    }

    private void RequireCoordinator(Viewer by, string doing)
    {
        if (!by.SignedIn || !by.Roles.Contains(Role.Coordinator) || by.OrganisationId is not { } organisation || !Answers(organisation))
            throw new DomainRuleException($"Only a coordinator of an organisation that answers this plan can {doing} it.");
    }

    // The provider answers its own plan; bodies such as HMPPS answer the recommendations addressed to them.
    private bool Answers(int organisation) =>
        Plan.Inspection.ProviderId == organisation || Plan.Responses.Any(r => r.Recommendation.AddresseeId == organisation);

    private static void RequireInspector(Viewer by, string doing)
    {
        if (!by.SignedIn || !by.IsInspector) throw new DomainRuleException($"Only an inspector can {doing} a plan.");
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
