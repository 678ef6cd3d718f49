using System.Text.RegularExpressions;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Analyses.Tiers;

/// <summary>
/// The behaviour witness of a test's tier: what the test, the helpers it calls and the set-up it runs touch at run time.
/// Shared by classification (AC-1.5), workflow coverage (AC-1.6) and plugin coverage (AC-1.7) so they agree.
/// </summary>
public static partial class Behaviour
{
    /// <summary>The first external resource (network, database, cluster, container, process) the test reaches, if any.</summary>
    public static ResourceTouch? FirstExternalTouch(TestInfo test) =>
        TestMemo.Get(ref test.Memo.ExternalTouch, test, static test =>
            test.BehaviourUnits.SelectMany(u => u.Touches).Concat(test.TypeTouches.Select(t => t.Touch))
                .Where(t => TierResolver.IsExternal(t.Kind)).OrderBy(t => t.Kind).FirstOrDefault());

    /// <summary>Whether the test's own body reaches <paramref name="touch"/> (not a helper or set-up it runs).</summary>
    public static bool IsOwnTouch(TestInfo test, ResourceTouch touch) =>
        test.Unit.Touches.Contains(touch) || test.TypeTouches.Any(t => ReferenceEquals(t.Unit, test.Unit) && t.Touch == touch);

    public static bool TouchesExternal(TestInfo test) => FirstExternalTouch(test) is not null;

    /// <summary>
    /// Signs that a test is wired to a real environment even when no client call was recognised: it reads the environment
    /// (endpoints, credentials), or writes a URL, host:port or connection string in its own body.
    /// </summary>
    public static string? EnvironmentEvidence(TestInfo test) => TestMemo.Get(ref test.Memo.EnvironmentEvidence, test, FindEnvironmentEvidence);

    private static string? FindEnvironmentEvidence(TestInfo test)
    {
        if (test.BehaviourUnits.SelectMany(u => u.Touches).FirstOrDefault(t => t.Kind == ResourceKind.Environment) is { } env)
        {
            return env.Evidence;
        }

        var unit = test.Unit;
        return test.File.Literals
            .Where(l => l.Line >= unit.Line && l.Line <= Math.Max(unit.Line, unit.EndLine))
            .Select(l => l.Value)
            .FirstOrDefault(v => EndpointLike().IsMatch(v));
    }

    /// <summary>Whether any declared or run-time skip (not an expected failure) sits in the test or in what it runs.</summary>
    public static bool IsDeclaredSkipped(TestInfo test) => test.Unit.Skips.Any(s => s.Kind == SkipKind.Declared);

    public static bool SkipsAtRunTime(TestInfo test) => test.BehaviourUnits.SelectMany(u => u.Skips).Any(s => s.Kind == SkipKind.Runtime);

    [GeneratedRegex(@"^[a-z][a-z0-9+.-]*://|^[\w.-]+:\d{2,5}(/|$)|(Host|Server|Data Source|Endpoint)\s*=", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EndpointLike();
}
