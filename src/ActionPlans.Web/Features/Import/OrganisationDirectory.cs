using ActionPlans.Core.Organisations;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ActionPlans.Web.Features.Import;

/// <summary>The organisations an import refers to, found under any of their names or created once.</summary>
internal sealed class OrganisationDirectory
{
    private readonly ActionPlansDb _db;
    private readonly Dictionary<string, Organisation> _byKey;

    private OrganisationDirectory(ActionPlansDb db, Dictionary<string, Organisation> byKey)
    {
        _db = db;
        _byKey = byKey;
    }

    public static async Task<OrganisationDirectory> LoadAsync(ActionPlansDb db)
    {
        var all = await db.Organisations.ToListAsync();
        return new OrganisationDirectory(db, all.GroupBy(o => OrganisationNames.Key(o.Name)).ToDictionary(g => g.Key, g => g.First()));
    }

    public Organisation Provider(string name)
    {
        var kind = OrganisationNames.KindOf(name);
        return FindOrCreate(name, kind is OrganisationKind.NpsDivision ? kind : OrganisationKind.CommunityRehabilitationCompany);
    }

    /// <summary>The body a recommendation is addressed to; "the CRC" and the like mean the provider.</summary>
    public Organisation Addressee(string? name, Organisation provider) =>
        string.IsNullOrWhiteSpace(name) || OrganisationNames.MeansTheProvider(name) ? provider : FindOrCreate(name, OrganisationNames.KindOf(name));

    private Organisation FindOrCreate(string name, OrganisationKind kind)
    {
        var key = OrganisationNames.Key(name);
        if (_byKey.TryGetValue(key, out var found)) return found;
        var created = new Organisation(Tidy(name), kind);
        _db.Organisations.Add(created);
        _byKey[key] = created;
        return created;
    }

    /// <summary>"The Ministry of Justice" is stored as "Ministry of Justice".</summary>
    private static string Tidy(string name)
    {
        name = name.Trim().TrimEnd(':', '.').Trim();
        return name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
    }
}
