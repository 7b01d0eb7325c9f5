namespace ActionPlans.Web.Infrastructure.Hosting;

/// <summary>
/// What the service itself takes on its command line: settings (--Key=Value, --Key Value, /Key=Value) and
/// --no-demo. Anything else is a verb, or a mistake that must not quietly start the server.
/// </summary>
public static class ServiceArguments
{
    public const string NoDemo = "--no-demo";

    public static bool AreAll(IReadOnlyList<string> args) => FirstStray(args) is null;

    /// <summary>The first argument that is neither a setting nor --no-demo, or null.</summary>
    public static string? FirstStray(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == NoDemo) continue;
            var key = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..] : arg.StartsWith('/') ? arg[1..] : "";
            if (key.Length == 0 || key.StartsWith('-') || key.StartsWith('=')) return arg;
            if (key.Contains('=')) continue;
            // --Key Value: the value is the next argument, unless that is itself an option.
            if (i + 1 < args.Count && !args[i + 1].StartsWith('-')) { i++; continue; }
            return arg;
        }
        return null;
    }
}
