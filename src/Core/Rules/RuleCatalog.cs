using System.Collections.Frozen;

namespace FloeHarden.Core.Rules;

/// <summary>
/// The single source of rule ids, titles, default severities and sections. The docs pages, the README
/// table, SARIF <c>rules[]</c> and <c>floe-audit rules</c> all read from here (a test keeps them in sync).
/// </summary>
public static class RuleCatalog
{
    public const string DocsBaseUri = "https://github.com/floeharden/floeharden/blob/main/docs/rules/";

    public static readonly Rule MockInE2E = new("FH1101", "AC-1.1", Severity.Critical,
        "Mock or fake used in an e2e test", "An end-to-end test replaces a real service with a mock or fake, so it no longer proves the workflow works end to end.");
    public static readonly Rule MockInIntegration = new("FH1102", "AC-1.1", Severity.Major,
        "Mock or fake used in an integration test", "An integration test replaces the service it is meant to integrate with by a mock or fake.");
    public static readonly Rule MockFallback = new("FH1103", "AC-1.1", Severity.Critical,
        "Mock fallback (dual mode)", "Test code silently switches to a mock, a fake or another host when the real service is unreachable, so a broken environment passes as green.");
    public static readonly Rule UnusedMock = new("FH1104", "AC-1.1", Severity.Minor,
        "Mock never configured, verified or inspected", "A mock is created only to satisfy a parameter: it is neither set up, verified nor asserted on.");
    public static readonly Rule MockOfSubject = new("FH1105", "AC-1.1", Severity.Major,
        "Mocking the type under test", "A partial mock (CallBase, ForPartsOf, CallsBaseMethods) or a mock of the class the test is about replaces the code the test should exercise.");
    public static readonly Rule MockWithRealAlternative = new("FH1106", "AC-1.1", Severity.Info,
        "Mock of a type with a lightweight real alternative", "A type you do not own (logger, HTTP handler, clock, options, connection) is mocked although a cheap real implementation exists.");

    public static readonly Rule ConfigDrift = new("FH1201", "AC-1.2", Severity.Major,
        "Test default drifts from the deployment values", "A default in test code differs from the Helm values file's value for the same setting (critical for credentials).");
    public static readonly Rule ConfigDuplicate = new("FH1202", "AC-1.2", Severity.Minor,
        "Deployment value duplicated in test code", "A literal in test code repeats a distinctive Helm values scalar; it will drift when the chart changes.");
    public static readonly Rule HardCodedEndpoint = new("FH1203", "AC-1.2", Severity.Minor,
        "Hard-coded endpoint", "A host:port or URL is written into test code instead of coming from configuration.");

    public static readonly Rule NoAssertion = new("FH1301", "AC-1.3", Severity.Major,
        "Test without assertion", "The test asserts nothing: no assertion, no mock verification, no expected exception.");
    public static readonly Rule TrivialAssertion = new("FH1302", "AC-1.3", Severity.Major,
        "Strongest assertion is trivial", "The test's strongest check is a not-null or similar trivial assertion.");
    public static readonly Rule WeakAssertion = new("FH1303", "AC-1.3", Severity.Minor,
        "Strongest assertion is weak", "The test's strongest check is non-emptiness, bare truthiness or a '> 0' comparison.");
    public static readonly Rule Tautology = new("FH1304", "AC-1.3", Severity.Major,
        "Assertion that can never fail", "A tautology: literal compared with literal, assert true, or a just-constructed object asserted not null.");
    public static readonly Rule BooleanEquality = new("FH1305", "AC-1.3", Severity.Minor,
        "Boolean assertion of an equality", "Assert.IsTrue(a == b) loses the expected/actual diff in the failure message.");

    public static readonly Rule ResultAsProxy = new("FH1401", "AC-1.4", Severity.Major,
        "Return value as proxy for a side effect", "The test performs side-effecting calls but only asserts on their result or status, never on the effect (critical in integration/e2e tiers).");
    public static readonly Rule UnverifiedSideEffectMock = new("FH1402", "AC-1.4", Severity.Minor,
        "Side-effecting mock member never verified", "A mock is set up for a side-effecting member but the call is never verified.");

    public static readonly Rule TierMismatch = new("FH1501", "AC-1.5", Severity.Major,
        "Location tier and declared tier disagree", "The folder or project says one tier, the category or marker another.");
    public static readonly Rule UnderClassified = new("FH1502", "AC-1.5", Severity.Major,
        "Unit test touches real I/O", "A unit test uses the network, a process, a database or a cluster.");
    public static readonly Rule OverClassified = new("FH1503", "AC-1.5", Severity.Major,
        "Integration or e2e test touches nothing external", "An integration or e2e test only exercises in-process code or mocks.");
    public static readonly Rule CrossPackage = new("FH1504", "AC-1.5", Severity.Minor,
        "Test imports several packages of the repository", "A test in one package's folder imports several packages; it belongs with the contract tests.");
    public static readonly Rule MissingTraceability = new("FH1505", "AC-1.5", Severity.Minor,
        "Missing traceability marker", "The configuration requires a marker (e.g. requirement) that this test lacks.");
    public static readonly Rule SkipInsteadOfFail = new("FH1506", "AC-1.5", Severity.Critical,
        "Skip instead of fail", "An integration or e2e test skips itself at run time, or a test is ignored without a reason.");
    public static readonly Rule EmptyTestFile = new("FH1507", "AC-1.5", Severity.Minor,
        "Empty or deprecated test file", "A test file that contains no tests.");

    public static readonly Rule UncoveredWorkflow = new("FH1601", "AC-1.6", Severity.Major,
        "Workflow without an e2e test", "A configured user workflow has no covering e2e test (severity from the workflow).");
    public static readonly Rule WeaklyCoveredWorkflow = new("FH1602", "AC-1.6", Severity.Major,
        "Workflow covered only by skipped, placeholder or mocked tests", "Every e2e test covering the workflow is skipped, a placeholder, or uses mocks.");

    public static readonly Rule PluginWithoutIntegration = new("FH1701", "AC-1.7", Severity.Major,
        "Plugin without integration tests", "A plugin has no integration tests.");
    public static readonly Rule PluginMockOnly = new("FH1702", "AC-1.7", Severity.Major,
        "Plugin integration tests only use mocks", "A plugin's integration tests replace every real service with mocks.");
    public static readonly Rule PlaceholderTest = new("FH1703", "AC-1.7", Severity.Minor,
        "Placeholder test", "A test that only says 'not implemented' or has an empty body.");

    public static readonly Rule UnusedInfrastructure = new("FH1801", "AC-1.8", Severity.Major,
        "Unused test infrastructure", "A helper, fixture, fake or base class that no test references.");
    public static readonly Rule ReimplementedMechanism = new("FH1802", "AC-1.8", Severity.Info,
        "Re-implemented platform mechanism", "Hand-written polling, readiness or port checks where the platform offers one.");
    public static readonly Rule MetaTest = new("FH1803", "AC-1.8", Severity.Info,
        "Test of the test infrastructure", "A test that tests the test infrastructure itself.");

    public static readonly Rule ParseError = new("FH1901", "engine", Severity.Minor,
        "File could not be parsed", "The file has syntax errors; findings for the parts that parsed are still reported.");
    public static readonly Rule FileSkipped = new("FH1902", "engine", Severity.Minor,
        "File skipped", "The file is binary, too large or unreadable and was not audited.");
    public static readonly Rule ConfigProblem = new("FH1903", "engine", Severity.Major,
        "Configuration or values-file problem", "The configuration or a Helm values file is invalid; the audit went on without the broken part.");
    public static readonly Rule SuppressionWithoutReason = new("FH1904", "engine", Severity.Minor,
        "Suppression without a reason", "An in-code suppression gives no reason, so nobody can tell later whether the exception still holds.");
    public static readonly Rule UselessSuppression = new("FH1905", "engine", Severity.Minor,
        "Suppression that suppresses nothing", "An in-code suppression names an unknown rule, or no finding of its rule is reported where it applies.");

    public static readonly IReadOnlyList<Rule> All =
    [
        MockInE2E, MockInIntegration, MockFallback, UnusedMock, MockOfSubject, MockWithRealAlternative,
        ConfigDrift, ConfigDuplicate, HardCodedEndpoint,
        NoAssertion, TrivialAssertion, WeakAssertion, Tautology, BooleanEquality,
        ResultAsProxy, UnverifiedSideEffectMock,
        TierMismatch, UnderClassified, OverClassified, CrossPackage, MissingTraceability, SkipInsteadOfFail, EmptyTestFile,
        UncoveredWorkflow, WeaklyCoveredWorkflow,
        PluginWithoutIntegration, PluginMockOnly, PlaceholderTest,
        UnusedInfrastructure, ReimplementedMechanism, MetaTest,
        ParseError, FileSkipped, ConfigProblem, SuppressionWithoutReason, UselessSuppression,
    ];

    private static readonly FrozenDictionary<string, Rule> ById = All.ToFrozenDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);

    public static Rule? Find(string id) => ById.GetValueOrDefault(id);

    public static Rule Get(string id) => ById[id];
}
