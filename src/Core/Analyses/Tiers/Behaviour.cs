using System.Collections.Frozen;
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
        {
            var fakedNetwork = FakesNetwork(test);
            return test.BehaviourUnits.SelectMany(u => u.Touches).Concat(test.TypeTouches.Select(t => t.Touch))
                .Where(t => TierResolver.IsExternal(t.Kind) && !(fakedNetwork && t.Kind == ResourceKind.Network)).OrderBy(t => t.Kind).FirstOrDefault();
        });

    /// <summary>
    /// The test, or a fixture it receives, runs under an in-process fake of the network (moto's <c>@mock_aws</c>,
    /// <c>responses</c>, <c>respx</c>; the plugin fixtures <c>httpx_mock</c>, <c>requests_mock</c>, <c>respx_mock</c>): its
    /// requests are served in process, so they are not network touches.
    /// </summary>
    private static bool FakesNetwork(TestInfo test) =>
        test.Unit.FakesNetwork || test.Setups.Any(s => s.Unit.FakesNetwork)
        || test.Unit.Parameters.Any(p => p is "httpx_mock" or "requests_mock" or "respx_mock" or "aioresponses");

    /// <summary>Whether the test's own body reaches <paramref name="touch"/> (not a helper or set-up it runs).</summary>
    public static bool IsOwnTouch(TestInfo test, ResourceTouch touch) =>
        test.Unit.Touches.Contains(touch) || test.TypeTouches.Any(t => ReferenceEquals(t.Unit, test.Unit) && t.Touch == touch);

    public static bool TouchesExternal(TestInfo test) => FirstExternalTouch(test) is not null;

    /// <summary>
    /// Signs that a test is wired to a real environment even when no client call was recognised: it reads the environment
    /// (endpoints, credentials), writes a URL, host:port or connection string in its own body, or receives a pytest fixture
    /// from a plugin (set-up the audit cannot read).
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
            .FirstOrDefault(v => EndpointLike().IsMatch(v))
            ?? PluginFixture(test);
    }

    /// <summary>
    /// A pytest fixture the test (or a fixture it receives) asks for that the audited tree does not define and pytest does
    /// not ship: a plugin's (pytest-django's <c>db</c>, pytest-postgresql's <c>postgresql</c>, celery's <c>celery_app</c>),
    /// whose set-up nobody here can read, so nothing proves the test stays in process.
    /// </summary>
    private static string? PluginFixture(TestInfo test)
    {
        if (test.File.Language != SourceLanguage.Python)
        {
            return null;
        }

        var fixtures = test.Setups.Where(s => s.Unit.Kind == CodeUnitKind.Setup).Select(s => s.Unit).ToList();
        var defined = fixtures.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        return fixtures.Prepend(test.Unit)
            .SelectMany(u => u.Parameters)
            .FirstOrDefault(p => !defined.Contains(p) && !InProcessFixtures.Contains(p)) is { } plugin
            ? $"fixture `{plugin}` from outside the audited tree"
            : null;
    }

    /// <summary>Fixtures of pytest and of common plugins that never leave the process.</summary>
    private static readonly FrozenSet<string> InProcessFixtures = new[]
    {
        "request", "tmp_path", "tmp_path_factory", "tmpdir", "tmpdir_factory", "monkeypatch", "capsys", "capsysbinary", "capfd",
        "capfdbinary", "caplog", "recwarn", "pytestconfig", "record_property", "record_testsuite_property", "record_xml_attribute",
        "doctest_namespace", "cache", "testdir", "pytester", "mocker", "class_mocker", "module_mocker", "package_mocker", "session_mocker",
        "benchmark", "subtests", "event_loop", "event_loop_policy", "anyio_backend", "freezer", "time_machine", "faker", "snapshot",
        "data_regression", "file_regression", "num_regression", "datadir", "shared_datadir", "rf", "settings", "self", "cls",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether any declared or run-time skip (not an expected failure) sits in the test or in what it runs.</summary>
    public static bool IsDeclaredSkipped(TestInfo test) => test.Unit.Skips.Any(s => s.Kind == SkipKind.Declared);

    public static bool SkipsAtRunTime(TestInfo test) => test.BehaviourUnits.SelectMany(u => u.Skips).Any(s => s.Kind == SkipKind.Runtime);

    [GeneratedRegex(@"^[a-z][a-z0-9+.-]*://|^[\w.-]+:\d{2,5}(/|$)|(Host|Server|Data Source|Endpoint)\s*=", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EndpointLike();
}
