namespace ActionPlans.Core.Ratings;

/// <summary>How a standard gets its rating.</summary>
public enum RatedBy
{
    /// <summary>A single judgement by the lead inspector (domain one): there is no rule rating to check.</summary>
    Judgement,
    /// <summary>The band of the lowest case-sample key question, which a ratings panel may move.</summary>
    KeyQuestions,
}
