using System.Reflection;
using System.Text.RegularExpressions;
using ActionPlans.Web.Tests.Infrastructure;

namespace ActionPlans.Web.Tests.Hardening;

/// <summary>Every regular expression of the service is linear or gives up in time, so no input can pin a core.</summary>
public class RegularExpressionTests
{
    private static readonly Assembly[] Service =
        [typeof(ActionPlans.Core.PatternTimeout).Assembly, typeof(ActionPlans.Documents.DocumentLimits).Assembly, typeof(ActionPlans.Web.Infrastructure.Hosting.ServiceApp).Assembly];

    [Fact]
    public void Every_generated_regular_expression_is_non_backtracking_or_has_a_match_timeout()
    {
        var patterns = Service
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<GeneratedRegexAttribute>() is not null)
            .ToList();

        Assert.NotEmpty(patterns);
        Assert.All(patterns, method =>
        {
            var regex = (Regex)method.Invoke(null, null)!;
            Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking) || regex.MatchTimeout != Regex.InfiniteMatchTimeout,
                $"{method.DeclaringType!.Name}.{method.Name} ({regex}) can backtrack without a time limit.");
        });
    }

    [Fact]
    public void No_regular_expression_is_built_at_run_time_where_its_limits_cannot_be_checked()
    {
        var runtime = new Regex(@"new\s+Regex\s*\(|\bRegex\.(?:IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches)\s*\(", RegexOptions.None, TimeSpan.FromSeconds(5));
        var offenders = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(f => runtime.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Repository.Root, f));
        Assert.Empty(offenders);
    }
}
