using System.Globalization;
using System.Linq.Expressions;
using Microsoft.Extensions.Primitives;

namespace ActionPlans.Web.Features.OpenData;

/// <summary>
/// Which page of a list a caller asked for: the items after the id <c>after</c> (from the start when not given), at most
/// <c>pageSize</c> of them (1 to 200, 50 when not given). Lists are in id order, so the database seeks to the page
/// through the key however deep it is, and a row added meanwhile neither repeats nor shifts a page.
/// </summary>
public sealed record PageRequest(int After, int Size)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    /// <summary>The request, or the 400 that names the parameter that is wrong.</summary>
    public static PageRequest? Read(HttpRequest request, string? after, string? pageSize, out IResult? refusal)
    {
        // Numbered pages are gone rather than ignored: a client counting pages would otherwise read the first page for ever.
        var badPage = !request.Query.ContainsKey("page") ? null : Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The page parameter is not accepted",
            detail: "page is not accepted: lists are read in id order from after=<the last id you have>, so follow each page's next link.");
        var badAfter = WholeNumber.After.Read(after, 0, out var start);
        var badSize = WholeNumber.PageSize.Read(pageSize, DefaultSize, out var size);
        refusal = badPage ?? badAfter ?? badSize;
        return refusal is null ? new PageRequest(start, size) : null;
    }

    /// <summary>
    /// The rows after the cursor in id order, one more than a page so that <see cref="Of{T}"/> knows whether another
    /// follows. The cursor is a parameter of the query, not a constant, so every page shares one query plan.
    /// </summary>
    public IQueryable<TRow> Rows<TRow>(IQueryable<TRow> rows, Expression<Func<TRow, int>> id)
    {
        var after = Expression.Lambda<Func<TRow, bool>>(
            Expression.GreaterThan(id.Body, Expression.Property(Expression.Constant(this), nameof(After))), id.Parameters);
        return rows.Where(after).OrderBy(id).Take(Size + 1);
    }

    /// <summary>This page of the rows <see cref="Rows{TRow}"/> read, linking to the next with the caller's other parameters kept.</summary>
    public Paged<T> Of<T>(IReadOnlyList<T> rows, Func<T, int> id, HttpRequest request)
    {
        var items = rows.Take(Size).ToList();
        var next = rows.Count > Size
            ? (request.PathBase + request.Path).Add(QueryString.Create(request.Query
                .Where(q => q.Key != "after")
                .Append(KeyValuePair.Create("after", new StringValues(id(items[^1]).ToString(CultureInfo.InvariantCulture))))))
            : null;
        return new Paged<T>(items, Size, next);
    }
}
