using ActionPlans.Core.Plans;
using ActionPlans.Core.Ratings;

namespace ActionPlans.Web.Pages.Shared;

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

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) ?? "Not known";
}
