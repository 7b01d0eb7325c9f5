using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Ratings;
using ActionPlans.Documents.Publishing.Progress;

namespace ActionPlans.Web.Features.Shared;

/// <summary>How ratings, responses and statuses are written and coloured on pages (GOV.UK tag colours).</summary>
public static class Tags
{
    public static string Words(Rating rating) => rating switch
    {
        Rating.RequiresImprovement => "Requires improvement",
        _ => rating.ToString(),
    };

    public static string Colour(Rating rating) => rating switch
    {
        Rating.Outstanding => "govuk-tag--green",
        Rating.Good => "govuk-tag--turquoise",
        Rating.RequiresImprovement => "govuk-tag--yellow",
        _ => "govuk-tag--red",
    };

    public static string Words(ResponseKind? kind) => kind switch
    {
        ResponseKind.Agreed => "Agreed",
        ResponseKind.PartlyAgreed => "Partly Agreed",
        ResponseKind.NotAgreed => "Not Agreed",
        _ => "Not answered",
    };

    public static string Colour(PlanStatus status) => status switch
    {
        PlanStatus.Published => "govuk-tag--green",
        PlanStatus.Accepted => "govuk-tag--turquoise",
        PlanStatus.Submitted => "govuk-tag--blue",
        PlanStatus.Returned => "govuk-tag--orange",
        _ => "govuk-tag--grey",
    };

    public static string Words(DeliveryState state) => DeliveryTerms.Words(state);

    public static string Colour(DeliveryState state) => state switch
    {
        DeliveryState.OnTrack => "govuk-tag--blue",
        DeliveryState.DueSoon => "govuk-tag--yellow",
        DeliveryState.Overdue or DeliveryState.NotDelivered => "govuk-tag--red",
        DeliveryState.CompletedOnTime or DeliveryState.CompletedLate => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    public static string Words(DeliveryStatus status) => DeliveryTerms.Words(status);

    public static string Words(Rag rag) => rag == Rag.None ? "No RAG" : rag.ToString();

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

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) ?? "Not known";
}
