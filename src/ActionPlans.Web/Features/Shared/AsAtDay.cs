using ActionPlans.Core;
using ActionPlans.Core.Plans;
using ActionPlans.Core.Progress;
using ActionPlans.Core.Vocabulary;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ActionPlans.Web.Features.Shared;

/// <summary>
/// The day a delivery view is seen as at: from a link's <c>?asAt=yyyy-MM-dd</c> or the "View as at" date
/// input, today when neither is given. A date that is not real or is still to come is refused with the
/// GOV.UK wording, recorded against the date input, and the view falls back to today.
/// </summary>
/// <param name="FromForm">The day came from the date input rather than the address.</param>
public sealed record AsAtDay(DateOnly Date, bool IsToday, DateParts Input, string? Error, bool FromForm)
{
    /// <summary>The name of the date input, and so the key of its error.</summary>
    public const string Field = "AsAt";

    /// <summary>The <c>asAt</c> a link carries to keep the same day; none for today.</summary>
    public string? RouteValue => IsToday ? null : DateWords.Iso(Date);

    public static AsAtDay Read(PageModel page, DateOnly today)
    {
        var day = Read(page.Request.Query, today);
        if (day.Error is { } error) page.ModelState.AddModelError(Field, error);
        return day;
    }

    /// <summary>
    /// This day when the plan can be reported as at it (<see cref="ReportingDay"/>); otherwise today, with the reason
    /// recorded against the date input.
    /// </summary>
    public AsAtDay Within(PageModel page, ActionPlan plan, DateOnly today)
    {
        try
        {
            ReportingDay.Check(plan, Date, today);
            return this;
        }
        catch (DomainRuleException e)
        {
            page.ModelState.AddModelError(Field, e.Message);
            return this with { Date = today, IsToday = true, Error = e.Message };
        }
    }

    private static AsAtDay Read(IQueryCollection query, DateOnly today)
    {
        var input = new DateParts { Day = query[$"{Field}.Day"], Month = query[$"{Field}.Month"], Year = query[$"{Field}.Year"] };
        var fromForm = !input.IsEmpty;
        DateOnly? date = null;
        string? error = null;
        if (fromForm) (date, error) = input.Read("the date to view as at");
        else if (query["asAt"].ToString() is { Length: > 0 } text)
        {
            if (DateWords.TryIso(text, out var parsed)) date = parsed;
            else error = $"The date to view as at must be a real date, like {DateWords.Iso(today)}";
            input = DateParts.Of(date);
        }
        if (date > today)
        {
            error = "The date to view as at must be today or in the past";
            date = null;
        }
        var chosen = date ?? today;
        return new AsAtDay(chosen, chosen == today, input.IsEmpty ? DateParts.Of(chosen) : input, error, fromForm);
    }
}
