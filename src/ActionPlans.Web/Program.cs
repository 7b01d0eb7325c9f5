using ActionPlans.Web.Infrastructure.Hosting;
using ActionPlans.Web.Features.Accounts;
using ActionPlans.Web.Features.Import;
using ActionPlans.Web.Features.Publishing;
using ActionPlans.Web.Features.Monitoring;

// One executable: with a verb it runs that command; without one it serves.
try
{
    if (VerbLine.IsVerb(args)) return await VerbLine.RunAsync(args);
    var app = ServiceApp.Build(args);
    await ServiceApp.PrepareAsync(app);
    await app.RunAsync();
    return 0;
}
catch (StartupFailure failure)
{
    Console.Error.WriteLine($"actionplans: {failure.Message}");
    return 2;
}
catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException or UnauthorizedAccessException)
{
    // Whatever else stops the start (a bad --contentRoot, a port in use): one line, never a stack trace.
    Console.Error.WriteLine($"actionplans: cannot start: {e.Message}");
    return 2;
}

public partial class Program;
