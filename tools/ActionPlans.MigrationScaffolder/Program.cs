using System.Reflection;
using ActionPlans.Web.Infrastructure.Persistence;
using ActionPlans.Web.Infrastructure.Persistence.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

// Scaffolds one migration per provider into src/ActionPlans.Web/Infrastructure/Persistence/Migrations/{Sqlite,Postgres},
// the way `dotnet ef migrations add` would, through EF Core's public design-time services.
if (args.Length != 1 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: dotnet run --project tools/ActionPlans.MigrationScaffolder -- MIGRATION_NAME");
    return 1;
}
var name = args[0];
var webProject = Path.GetFullPath(Path.Combine(FindRepo(), "src", "ActionPlans.Web"));
var actor = new NamedAuditActor("migrations");

Scaffold(new SqliteActionPlansDb(new DbContextOptionsBuilder<SqliteActionPlansDb>().UseSqlite("Data Source=:memory:").Options, actor), "Sqlite");
Scaffold(new PostgresActionPlansDb(new DbContextOptionsBuilder<PostgresActionPlansDb>().UseNpgsql("Host=localhost").Options, actor), "Postgres");
return 0;

void Scaffold(ActionPlansDb db, string provider)
{
    var services = new ServiceCollection();
    services.AddEntityFrameworkDesignTimeServices();
    services.AddDbContextDesignTimeServices(db);
    var providerAssembly = Assembly.Load(db.Database.ProviderName!);
    var designTime = providerAssembly.GetCustomAttribute<DesignTimeProviderServicesAttribute>()
        ?? throw new InvalidOperationException($"{db.Database.ProviderName} declares no design-time services.");
    ((IDesignTimeServices)Activator.CreateInstance(providerAssembly.GetType(designTime.TypeName, throwOnError: true)!)!)
        .ConfigureDesignTimeServices(services);
    var scaffolder = services.BuildServiceProvider().GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(name, "ActionPlans.Web", $"Infrastructure.Persistence.Migrations.{provider}", "C#");
    var files = scaffolder.Save(webProject, migration, Path.Combine(webProject, "Infrastructure", "Persistence", "Migrations", provider));
    Console.WriteLine($"{provider}: {files.MigrationFile}");
}

static string FindRepo()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "ActionPlans.sln"))) return dir.FullName;
    throw new DirectoryNotFoundException("Run this from inside the repository.");
}
