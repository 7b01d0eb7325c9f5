namespace ActionPlans.Core.Recommendations;

/// <summary>How the next inspection judges progress on a previous recommendation.</summary>
public enum ProgressJudgement
{
    None,
    Some,
    Sufficient,
}
