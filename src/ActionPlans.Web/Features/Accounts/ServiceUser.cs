using ActionPlans.Core.Organisations;
using Microsoft.AspNetCore.Identity;

namespace ActionPlans.Web.Features.Accounts;

/// <summary>A person who signs in. Coordinators and action owners act for one organisation.</summary>
public sealed class ServiceUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}
