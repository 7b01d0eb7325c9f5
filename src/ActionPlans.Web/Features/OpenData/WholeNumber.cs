using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ActionPlans.Web.Features.OpenData;

/// <summary>
/// A whole-number query parameter. It is bound as text and read here, so that a wrong value is refused with a
/// problem that names the parameter (the framework's own binding refuses with an empty 400).
/// </summary>
public sealed record WholeNumber(string Name, int Min, int Max)
{
    public static readonly WholeNumber After = new("after", 0, int.MaxValue);
    public static readonly WholeNumber PageSize = new("pageSize", 1, PageRequest.MaxSize);
    public static readonly WholeNumber Year = new("year", 1, 9999);

    private static readonly WholeNumber[] All = [After, PageSize, Year];

    /// <summary>The value, <paramref name="absent"/> when not given, or the refusal.</summary>
    public IResult? Read(string? text, int absent, out int value)
    {
        value = absent;
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= Min && value <= Max) return null;
        var range = Max == int.MaxValue ? $"{Min} or more" : $"from {Min} to {Max}";
        return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"The {Name} parameter is not valid",
            detail: $"{Name} must be a whole number {range}, not \"{text}\".");
    }

    /// <summary>Tells the OpenAPI document that these text-bound parameters are whole numbers, and in what range.</summary>
    public static RouteHandlerBuilder Documented(RouteHandlerBuilder route) =>
        route.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                if (All.FirstOrDefault(n => n.Name == parameter.Name) is { } number)
                    parameter.Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Integer,
                        Format = "int32",
                        Minimum = number.Min.ToString(CultureInfo.InvariantCulture),
                        Maximum = number.Max == int.MaxValue ? null : number.Max.ToString(CultureInfo.InvariantCulture),
                    };
            return Task.CompletedTask;
        });
}
