using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace ActionPlans.Web.Features.OpenData;

/// <summary>Which page of a list a caller asked for: <c>page</c> from 1, <c>pageSize</c> from 1 to 200 (50 when not given).</summary>
public sealed record PageRequest(int Page, int Size)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    /// <summary>The request, or the 400 that names the parameter that is wrong.</summary>
    public static PageRequest? Read(string? page, string? pageSize, out IResult? refusal)
    {
        var badPage = WholeNumber.Page.Read(page, 1, out var number);
        var badSize = WholeNumber.PageSize.Read(pageSize, DefaultSize, out var size);
        refusal = badPage ?? badSize;
        return refusal is null ? new PageRequest(number, size) : null;
    }

    /// <summary>This page of the items, linking to the next with the caller's other parameters kept.</summary>
    public Paged<T> Of<T>(IReadOnlyList<T> all, HttpRequest request)
    {
        var items = all.Skip((int)Math.Min((long)(Page - 1) * Size, int.MaxValue)).Take(Size).ToList();
        var more = (long)Page * Size < all.Count;
        var next = more
            ? (request.PathBase + request.Path).Add(QueryString.Create(request.Query
                .Where(q => q.Key != "page")
                .Prepend(KeyValuePair.Create("page", new StringValues((Page + 1).ToString(CultureInfo.InvariantCulture))))))
            : null;
        return new Paged<T>(items, Page, Size, all.Count, next);
    }
}
