namespace ActionPlans.Core.Ratings;

/// <summary>What allows a ratings panel to state a rating other than the rule's.</summary>
[Flags]
public enum DiscretionGrounds
{
    None = 0,
    /// <summary>The lowest figure is within the framework's margin, or one case, of the boundary it was moved across.</summary>
    NearBoundary = 1,
    /// <summary>The standard may move one band on qualitative evidence (unpaid work, key question 4.1.3).</summary>
    QualitativeEvidence = 2,
}
