using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace ActionPlans.Web.Api;

/// <summary>Which page of a list a caller asked for: <c>page</c> from 1, <c>pageSize</c> from 1 to 200 (50 when not given).</summary>
public sealed record PageRequest(int Page, int Size)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    /// <summary>The request, or the 400 that names the parameter that is wrong.</summary>
    public static PageRequest? Read(string? page, string? pageSize, out IResult? refusal)
    {
        var badPage = Whole(page, nameof(page), 1, int.MaxValue, 1, out var number);
        var badSize = Whole(pageSize, nameof(pageSize), 1, MaxSize, DefaultSize, out var size);
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

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, or the refusal naming the parameter.</summary>
    internal static IResult? Whole(string? text, string name, int min, int max, int absent, out int value)
    {
        value = absent;
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max) return null;
        var range = max == int.MaxValue ? $"{min} or more" : $"from {min} to {max}";
        return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"The {name} parameter is not valid",
            detail: $"{name} must be a whole number {range}, not \"{text}\".");
    }
}
