using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;

namespace ActionPlans.Web.Features.Shared;

/// <summary>
/// One page of a list a person reads: which page (from 1, kept within the pages there are), how many rows a page
/// holds and how many rows there are in all, counted by the database.
/// </summary>
public sealed record ListPage(int Number, int Size, int Total)
{
    public int Pages => Math.Max(1, (Total + Size - 1) / Size);

    public int Skip => (Number - 1) * Size;

    public static ListPage Of(int? asked, int size, int total)
    {
        var page = new ListPage(1, size, total);
        return page with { Number = Math.Clamp(asked ?? 1, 1, page.Pages) };
    }

    /// <summary>The address of this request with one query value set (a page number), every other kept.</summary>
    public static string Link(HttpRequest request, string key, int value)
    {
        var query = new QueryBuilder(request.Query.Where(q => !string.Equals(q.Key, key, StringComparison.OrdinalIgnoreCase)))
        {
            { key, value.ToString(CultureInfo.InvariantCulture) },
        };
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
