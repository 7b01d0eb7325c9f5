namespace ActionPlans.Web.Features.Publishing;

/// <summary>
/// A progress report an inspector published: the plan's delivery as at a date, kept whole as JSON so
/// that an update dated earlier but entered later never changes what was published.
/// </summary>
public sealed class PublishedProgressReport
{
    public int Id { get; set; }
    public int ActionPlanId { get; set; }
    public DateOnly AsAt { get; set; }
    public DateTime PublishedUtc { get; set; }
    public string PublishedBy { get; set; } = "";
    public string Json { get; set; } = "";
}
