using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Ratings;

namespace ActionPlans.Web.Features.Shared;

/// <summary>
/// The GOV.UK tag colour of each rating and status on pages; their words are <see cref="ActionPlans.Core.Vocabulary.StatusWords"/>,
/// shared with documents and emails.
/// </summary>
public static class Tags
{
    public static string Colour(Rating rating) => rating switch
    {
        Rating.Outstanding => "govuk-tag--green",
        Rating.Good => "govuk-tag--turquoise",
        Rating.RequiresImprovement => "govuk-tag--yellow",
        _ => "govuk-tag--red",
    };

    public static string Colour(PlanStatus status) => status switch
    {
        PlanStatus.Published => "govuk-tag--green",
        PlanStatus.Accepted => "govuk-tag--turquoise",
        PlanStatus.Submitted => "govuk-tag--blue",
        PlanStatus.Returned => "govuk-tag--orange",
        _ => "govuk-tag--grey",
    };

    public static string Colour(DeliveryState state) => state switch
    {
        DeliveryState.OnTrack => "govuk-tag--blue",
        DeliveryState.DueSoon => "govuk-tag--yellow",
        DeliveryState.Overdue or DeliveryState.NotDelivered => "govuk-tag--red",
        DeliveryState.CompletedOnTime or DeliveryState.CompletedLate => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    public static string Colour(Rag rag) => rag switch
    {
        Rag.Red => "govuk-tag--red",
        Rag.Amber => "govuk-tag--orange",
        Rag.Green => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    /// <summary>A file's size as people read it: bytes, KB or MB.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{Math.Round(bytes / 1024.0)} KB",
        _ => $"{Math.Round(bytes / (1024.0 * 1024), 1).ToString(System.Globalization.CultureInfo.InvariantCulture)} MB",
    };
}
