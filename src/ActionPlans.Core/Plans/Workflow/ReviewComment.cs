namespace ActionPlans.Core.Plans.Workflow;

/// <summary>
/// An inspector's comment on a submitted plan, on one recommendation's row or on the whole plan,
/// which the coordinator answers before submitting again.
/// </summary>
public sealed class ReviewComment
{
    public const int TextMaxLength = 4000;
    public const int AuthorMaxLength = 300;

    private ReviewComment() { Text = ""; Author = ""; }

    internal ReviewComment(int? recommendationNumber, string text, string author, DateOnly written, int onVersion)
    {
        RecommendationNumber = recommendationNumber;
        Text = Required(text, "A comment", TextMaxLength, nameof(Text));
        Author = Required(author, "A comment's author", AuthorMaxLength, nameof(Author));
        Written = written;
        OnVersion = onVersion;
    }

    public int Id { get; private set; }

    /// <summary>The recommendation whose row the comment is about; null when it is about the whole plan.</summary>
    public int? RecommendationNumber { get; private set; }

    public string Text { get; private set; }
    public string Author { get; private set; }
    public DateOnly Written { get; private set; }

    /// <summary>The number of the submitted version the comment reviews.</summary>
    public int OnVersion { get; private set; }

    public DateOnly? Answered { get; private set; }

    /// <summary>What the coordinator said or did about it, if anything beyond revising the plan.</summary>
    public string? Reply { get; private set; }

    public bool IsAnswered => Answered is not null;

    internal void Answer(DateOnly on, string? reply)
    {
        if (IsAnswered) throw new DomainRuleException("That comment is already answered.");
        // Checked before anything changes, so a refused answer leaves the comment open.
        Reply = string.IsNullOrWhiteSpace(reply) ? null : Required(reply, "A reply", TextMaxLength, nameof(Reply));
        Answered = on;
    }

    private static string Required(string? text, string what, int maxLength, string about)
    {
        text = (text ?? "").Trim();
        if (text.Length == 0) throw new DomainRuleException($"{what} is missing.", about);
        if (text.Length > maxLength) throw new DomainRuleException($"{what} is at most {maxLength} characters.", about);
        return text;
    }
}
