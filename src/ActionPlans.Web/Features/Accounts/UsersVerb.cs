using System.CommandLine;
using System.Security.Cryptography;
using ActionPlans.Core.Access;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

using ActionPlans.Web.Infrastructure.Hosting;

namespace ActionPlans.Web.Features.Accounts;

/// <summary>`users add --email … --role … [--organisation …]`: creates an account.</summary>
public static class UsersVerb
{
    public static Command Command()
    {
        var email = new Option<string>("--email") { Description = "The person's email address; they sign in with it.", Required = true };
        var role = new Option<string>("--role") { Description = $"One of {string.Join(", ", Role.All)}.", Required = true };
        var organisation = new Option<string?>("--organisation") { Description = "The organisation a Coordinator or ActionOwner acts for, by name." };
        var name = new Option<string?>("--name") { Description = "The name shown in the service (defaults to the email)." };
        var add = new Command("add", "Create an account. The password is read from standard input, or generated and printed once.");
        add.Options.Add(email);
        add.Options.Add(role);
        add.Options.Add(organisation);
        add.Options.Add(name);
        add.SetAction((parse, _) => VerbLine.WithServices(services =>
            AddAsync(services, parse.GetValue(email)!, parse.GetValue(role)!, parse.GetValue(organisation), parse.GetValue(name))));

        var users = new Command("users", "Manage the accounts of the service.");
        users.Subcommands.Add(add);
        return users;
    }

    private static async Task<int> AddAsync(IServiceProvider services, string email, string roleText, string? organisationName, string? displayName)
    {
        var role = Role.Normalise(roleText);
        if (role is null) return Fail($"--role: '{roleText}' is not a role; use one of {string.Join(", ", Role.All)}.");
        var db = services.GetRequiredService<ActionPlansDb>();
        int? organisationId = null;
        if (!string.IsNullOrWhiteSpace(organisationName))
        {
            var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Name == organisationName.Trim());
            if (organisation is null)
            {
                var known = await db.Organisations.OrderBy(o => o.Name).Select(o => o.Name).ToListAsync();
                return Fail($"--organisation: no organisation is called '{organisationName}'. Known: {(known.Count == 0 ? "none yet" : string.Join("; ", known))}.");
            }
            organisationId = organisation.Id;
        }
        else if (Role.NeedsOrganisation(role))
            return Fail($"--organisation is required for the role {role}: a {role} acts for one organisation.");

        var generated = !Console.IsInputRedirected;
        var password = generated ? Generate() : (await Console.In.ReadLineAsync() ?? "").TrimEnd('\r', '\n');
        var users = services.GetRequiredService<UserManager<ServiceUser>>();
        var user = new ServiceUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, OrganisationId = organisationId, DisplayName = displayName?.Trim() ?? email.Trim() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return Fail(string.Join(" ", created.Errors.Select(e => e.Description)));
        await Roles.EnsureAsync(services, role);
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded) return Fail(string.Join(" ", added.Errors.Select(e => e.Description)));

        Console.WriteLine($"Created {user.Email} as {role}{(organisationId is null ? "" : $" of {organisationName!.Trim()}")}.");
        if (generated) Console.WriteLine($"Password (shown once): {password}");
        return 0;
    }

    private static string Generate() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'k').Replace('/', 'm') + "7a";

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"actionplans users add: {message}");
        return 1;
    }
}
