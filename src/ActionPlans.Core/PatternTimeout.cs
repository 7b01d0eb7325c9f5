namespace ActionPlans.Core;

/// <summary>
/// How long one match of any of the service's regular expressions may take. Every pattern is written to run in
/// time proportional to its input, and lines are bounded before they are matched, so this only stops a mistake
/// from pinning a core; a reader that meets it refuses the document.
/// </summary>
public static class PatternTimeout
{
    public const int Milliseconds = 1000;
}
