using ActionPlans.Core.Insight;
using ActionPlans.Core.Vocabulary;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Insight;

/// <summary>
/// What the national figures are counted over: reports published from and to a day, a type of provider, one
/// provider, one group of addressees, and the day delivery is seen as at. The page, the open data and the CSVs
/// read the same query parameters through <see cref="ReadAsync"/>, so the same address gives the same figures.
/// </summary>
public sealed record InsightFilter(DateOnly? From, DateOnly? To, ProviderType? ProviderType, int? ProviderId, string? Provider,
    AddresseeGroup? Addressee, DateOnly AsAt, DateOnly Today)
{
    public const string FromMeaning = "Reports published on or after this day (YYYY-MM-DD)";
    public const string ToMeaning = "Reports published on or before this day (YYYY-MM-DD)";
    public const string ProviderTypeMeaning = "The type of provider: crc, nps-division, region or other";
    public const string ProviderMeaning = "One provider, by its name (not case sensitive)";
    public const string AddresseeMeaning = "Recommendations addressed to: provider, hmpps, moj, courts or other (ratings are not narrowed by it)";
    public const string AsAtMeaning = "Delivery as at this day (YYYY-MM-DD, not in the future); today when not given";

    public static readonly IReadOnlyList<(ProviderType Type, string Value)> ProviderTypeValues =
        [(Core.Insight.ProviderType.Crc, "crc"), (Core.Insight.ProviderType.NpsDivision, "nps-division"), (Core.Insight.ProviderType.Region, "region"), (Core.Insight.ProviderType.Other, "other")];

    public static readonly IReadOnlyList<(AddresseeGroup Group, string Value)> AddresseeValues =
        [(AddresseeGroup.Provider, "provider"), (AddresseeGroup.Hmpps, "hmpps"), (AddresseeGroup.MinistryOfJustice, "moj"), (AddresseeGroup.Courts, "courts"), (AddresseeGroup.Other, "other")];

    public static InsightFilter Everything(DateOnly today) => new(null, null, null, null, null, null, today, today);

    /// <summary>The filter the query asks for, and for each parameter that is wrong, what is wrong with it.</summary>
    public static async Task<(InsightFilter Filter, IReadOnlyList<(string Field, string Message)> Errors)> ReadAsync(
        IQueryCollection query, ActionPlansDb db, DateOnly today, CancellationToken cancel)
    {
        var errors = new List<(string, string)>();
        var from = Day(query, "from", "The first day of the period", today, errors);
        var to = Day(query, "to", "The last day of the period", today, errors);
        if (from > to) errors.Add(("to", "The last day of the period must be on or after its first day"));
        var asAt = Day(query, "asAt", "The day to see delivery as at", today, errors);
        if (asAt > today) errors.Add(("asAt", "The day to see delivery as at must be today or in the past"));

        var type = Choice(query, "providerType", ProviderTypeValues, "The type of provider", errors);
        var addressee = Choice(query, "addressee", AddresseeValues, "The addressee", errors);

        int? providerId = null;
        string? provider = null;
        if (query["provider"].ToString().Trim() is { Length: > 0 } name)
        {
            var lowered = name.ToLowerInvariant();
            var found = await db.Organisations.Where(o => o.Name.ToLower() == lowered).Select(o => new { o.Id, o.Name }).FirstOrDefaultAsync(cancel);
            if (found is null) errors.Add(("provider", $"No provider is named \"{Shorten(name)}\""));
            else (providerId, provider) = (found.Id, found.Name);
        }
        var filter = new InsightFilter(from, to, type, providerId, provider, addressee, asAt is { } day && day <= today ? day : today, today);
        return (filter, errors);
    }

    /// <summary>This filter as query parameters, for links to the same figures elsewhere.</summary>
    public QueryString Query
    {
        get
        {
            var pairs = new List<KeyValuePair<string, string?>>();
            if (From is { } f) pairs.Add(new("from", DateWords.Iso(f)));
            if (To is { } t) pairs.Add(new("to", DateWords.Iso(t)));
            if (ProviderType is { } p) pairs.Add(new("providerType", ProviderTypeValues.First(v => v.Type == p).Value));
            if (Provider is { } name) pairs.Add(new("provider", name));
            if (Addressee is { } a) pairs.Add(new("addressee", AddresseeValues.First(v => v.Group == a).Value));
            if (AsAt != Today) pairs.Add(new("asAt", DateWords.Iso(AsAt)));
            return QueryString.Create(pairs);
        }
    }

    /// <summary>Which filters are chosen, in words, for the report's title page and the CSV's name.</summary>
    public string Words()
    {
        var parts = new List<string>
        {
            (From, To) switch
            {
                (null, null) => "reports published at any time",
                ({ } f, null) => $"reports published from {DateWords.Day(f)}",
                (null, { } t) => $"reports published up to {DateWords.Day(t)}",
                ({ } f, { } t) => $"reports published from {DateWords.Day(f)} to {DateWords.Day(t)}",
            },
        };
        if (ProviderType is { } p) parts.Add($"providers of type {p.Words()}");
        if (Provider is { } name) parts.Add(name);
        if (Addressee is { } a) parts.Add($"recommendations to {a.Words()}");
        parts.Add($"delivery as at {DateWords.Day(AsAt)}");
        return string.Join("; ", parts);
    }

    private static DateOnly? Day(IQueryCollection query, string name, string what, DateOnly today, List<(string, string)> errors)
    {
        var text = query[name].ToString().Trim();
        if (text.Length == 0) return null;
        if (DateWords.TryIso(text, out var day)) return day;
        errors.Add((name, $"{what} must be a real date written like {DateWords.Iso(today)}"));
        return null;
    }

    private static T? Choice<T>(IQueryCollection query, string name, IReadOnlyList<(T Value, string Text)> values, string what, List<(string, string)> errors)
        where T : struct
    {
        var text = query[name].ToString().Trim();
        if (text.Length == 0) return null;
        foreach (var (value, word) in values)
            if (string.Equals(word, text, StringComparison.OrdinalIgnoreCase)) return value;
        errors.Add((name, $"{what} must be one of {string.Join(", ", values.Select(v => v.Text))}, not \"{Shorten(text)}\""));
        return null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
