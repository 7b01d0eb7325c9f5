using System.Globalization;
using ActionPlans.Documents.Insight;
using ActionPlans.Documents.Publishing;

namespace ActionPlans.Web.Features.Insight;

/// <summary>
/// A section of the national insight: what it is called, how its figures are counted, and the answer the open
/// data gives for it. The page, <c>/api/insight/{key}</c>, its <c>.csv</c> twin and the insight report all read
/// a section through here, so they cannot disagree.
/// </summary>
public abstract class InsightSection(string key, string title, string summary)
{
    /// <summary>The section's name in addresses, such as "ratings".</summary>
    public string Key => key;

    public string Title => title;

    /// <summary>A sentence that says what the section counts.</summary>
    public string Summary => summary;

    public abstract Task<SectionFigures> ReadAsync(InsightScope scope, CancellationToken cancel);

    /// <summary>Adds <c>GET /api/insight/{key}</c>, described with its answer's type.</summary>
    public abstract RouteHandlerBuilder MapJson(RouteGroupBuilder api);
}

/// <summary>A section's figures as tables, and its open data answer.</summary>
public sealed record SectionFigures(IReadOnlyList<InsightFigure> Figures, object Json)
{
    public InsightFigure? Figure(string? key) => key is null or "" ? Figures.FirstOrDefault() : Figures.FirstOrDefault(f => f.Key == key);
}

/// <summary>A section whose figures are read as <typeparamref name="TFigures"/> and answered as <typeparamref name="TJson"/>.</summary>
public sealed class InsightSection<TFigures, TJson>(string key, string title, string summary,
    Func<InsightScope, CancellationToken, Task<TFigures>> read, Func<TFigures, IReadOnlyList<InsightFigure>> figures, Func<TFigures, TJson> json)
    : InsightSection(key, title, summary) where TJson : notnull
{
    public override async Task<SectionFigures> ReadAsync(InsightScope scope, CancellationToken cancel)
    {
        var counted = await read(scope, cancel);
        return new SectionFigures(figures(counted), json(counted));
    }

    public override RouteHandlerBuilder MapJson(RouteGroupBuilder api) =>
        api.MapGet("/" + Key, InsightApi.Json(http => InsightApi.JsonAsync(this, http))).Produces<TJson>();
}

/// <summary>A figure's table as CSV, by the cell rules every CSV of the service follows.</summary>
public static class FigureCsv
{
    public static string Of(InsightFigure figure)
    {
        var csv = new StringWriter();
        PlanCsv.Row(csv, figure.Columns);
        foreach (var row in figure.Rows) PlanCsv.Row(csv, [row.Label, .. row.Values.Select(Number)]);
        return csv.ToString();
    }

    public static string Number(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
