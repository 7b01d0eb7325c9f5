namespace ActionPlans.Core.Access;

/// <summary>What a signed-in person may do. Coordinators and action owners act for one organisation.</summary>
public static class Role
{
    public const string Inspector = "Inspector";
    public const string Coordinator = "Coordinator";
    public const string ActionOwner = "ActionOwner";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [Inspector, Coordinator, ActionOwner, Administrator];

    /// <summary>Roles that only make sense for someone who works for a particular organisation.</summary>
    public static bool NeedsOrganisation(string role) => role is Coordinator or ActionOwner;

    public static string? Normalise(string role) =>
        All.FirstOrDefault(r => string.Equals(r, role?.Trim().Replace(" ", ""), StringComparison.OrdinalIgnoreCase));
}
