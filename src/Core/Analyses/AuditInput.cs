using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FloeHarden.Core.Analyses.Tiers;
using FloeHarden.Core.Config;
using FloeHarden.Core.Model;
using FloeHarden.Core.Values;

namespace FloeHarden.Core.Analyses;

/// <summary>A test with everything the analyses need resolved once: tiers, inherited mocks, helper assertions.</summary>
public sealed record TestInfo(
    SourceFileModel File,
    CodeUnit Unit,
    Tier LocationTier,
    Tier DeclaredTier,
    ImmutableArray<MockUsage> Mocks,
    ImmutableArray<FakeUsage> Fakes,
    ImmutableArray<Assertion> Assertions,
    ImmutableArray<CodeUnit> Helpers)
{
    /// <summary>The declared tier wins; the location tells otherwise.</summary>
    public Tier Tier => DeclaredTier != Tier.Unknown ? DeclaredTier : LocationTier;

    /// <summary>The strongest assertion's level, computed once (the analyses ask for it per test many times).</summary>
    public AssertionLevel Strength { get; } = Assertions.IsEmpty ? AssertionLevel.None : Assertions.Max(a => a.Level);

    public bool UsesDoubles => !Mocks.IsEmpty || !Fakes.IsEmpty;

    /// <summary>
    /// The test's body is a placeholder (<see cref="CodeUnit.IsPlaceholder"/>) and nothing it runs checks anything: a
    /// decorator's wrapper that asserts (<c>@fails_with(E)</c> around <c>pass</c>) makes it a test.
    /// </summary>
    public bool IsPlaceholder { get; init; }

    /// <summary>Every declaration that applies: the test's and its class's, its file's (pytestmark) and its assembly's.</summary>
    public ImmutableArray<Trait> Traits { get; init; } = [];

    /// <summary>
    /// Set-up code the test runs: its class's set-up, its base classes' set-up, the pytest fixtures it receives (and the
    /// fixtures those receive), and the project helpers that set-up calls — each with the file it is defined in.
    /// </summary>
    public ImmutableArray<(SourceFileModel File, CodeUnit Unit)> Setups { get; init; } = [];

    /// <summary>The test itself, its helpers and its set-up: everything that witnesses what the test touches at run time.</summary>
    public IEnumerable<CodeUnit> BehaviourUnits => Helpers.Prepend(Unit).Concat(Setups.Select(s => s.Unit));

    /// <summary>
    /// Resources the behaviour units reach by constructing a type that only the whole tree shows to be a client (a
    /// <see cref="Tiers.DatabaseContexts">DbContext subclass</see>), each with the unit that constructs it.
    /// </summary>
    public ImmutableArray<(CodeUnit Unit, ResourceTouch Touch)> TypeTouches { get; init; } = [];

    /// <summary>Answers several analyses ask about this test (<see cref="Tiers.Behaviour"/>), kept after the first.</summary>
    internal TestMemo Memo { get; } = new();
}

/// <summary>
/// Slots for per-test answers computed on first use. The analyses run in parallel, so two of them may compute the same
/// answer at once: both store the same value, harmlessly. <see cref="None"/> stands for a computed null.
/// </summary>
internal sealed class TestMemo
{
    public static readonly object None = new();

    public object? ExternalTouch;

    public object? EnvironmentEvidence;

    public static T? Get<T>(ref object? slot, TestInfo test, Func<TestInfo, T?> compute)
        where T : class
    {
        var value = Volatile.Read(ref slot);
        if (value is null)
        {
            value = compute(test) ?? None;
            Volatile.Write(ref slot, value);
        }

        return value as T;
    }
}

/// <summary>A construction of a hand-written double (FakeClock, StubGateway, InMemoryStore...).</summary>
public sealed record FakeUsage(string TypeName, string File, int Line, string? DefinedIn);

/// <summary>A folder matched by a <c>plugins</c> glob; <see cref="Manifest"/> is its project or package file (where FH1701/FH1702 are reported).</summary>
public sealed record PluginFolder(string Path, string? Manifest);

/// <summary>A hand-written fake, stub or spy class in test code.</summary>
public sealed record FakeType(SourceFileModel File, TypeDeclaration Type, string Kind);

/// <summary>The model of the whole audited tree plus the indexes every analysis shares. Built once, read-only.</summary>
public sealed partial class AuditInput
{
    private const int HelperDepth = 2;

    /// <summary>
    /// How far assertion helpers (<see cref="AssertionHelperName"/>) are followed: past <see cref="HelperDepth"/> only they
    /// are, as shared assertion code delegates (EF Core: AssertQuery → QueryAsserter.AssertQuery → AssertResults → Assert.Equal).
    /// </summary>
    private const int AssertionHelperDepth = 6;

    /// <summary>How far fixture chains (fixtures receiving fixtures) and base classes are followed.</summary>
    private const int SetupDepth = 3;

    private readonly FrozenDictionary<string, ImmutableArray<(SourceFileModel File, CodeUnit Unit)>> _helpersByName;
    private readonly FrozenDictionary<string, HelperDefinitions> _helperIndex;
    private readonly ILookup<string, (SourceFileModel File, CodeUnit Unit)> _setupsByContainer;

    /// <summary>The units (set-up and methods) of the C# attribute classes the tree declares, by class name (<c>DatabaseDataAttribute</c>).</summary>
    private readonly ILookup<string, (SourceFileModel File, CodeUnit Unit)> _attributeUnits;
    private readonly ILookup<(int File, string Name), (SourceFileModel File, CodeUnit Unit)> _moduleFixtures;
    private readonly ILookup<(string Folder, string Name), (SourceFileModel File, CodeUnit Unit)> _conftestFixtures;
    private readonly FrozenDictionary<SourceFileModel, int> _fileIndex;
    private readonly ILookup<(int File, string? Container, string Name), CodeUnit> _testsByClass;
    private readonly FrozenSet<(SourceLanguage, string)> _fixtureTypes;
    private readonly FrozenDictionary<CodeUnit, SourceFileModel> _fileOfUnit;
    private readonly FrozenDictionary<(SourceLanguage, string), ImmutableArray<string>> _basesByType;
    private readonly ConcurrentDictionary<(string Folder, string Name), (SourceFileModel File, CodeUnit Unit)[]> _conftestChain = new();
    private readonly ConcurrentDictionary<CodeUnit, ImmutableArray<CodeUnit>> _setupHelpers = new(ReferenceEqualityComparer.Instance);
    private readonly DatabaseContexts _contexts;

    /// <summary>Names the tree's Python files and folders give as modules (<c>helpers</c> for helpers.py, <c>shop</c> for shop/).</summary>
    private readonly FrozenSet<string> _pythonModules;

    /// <param name="maxParallelism">Threads resolving tests at once; 0 = one per core (<see cref="AuditOptions.MaxParallelism"/>).</param>
    public AuditInput(string root, AuditConfig config, ImmutableArray<SourceFileModel> files, int maxParallelism = 0)
    {
        Root = root;
        Config = config;
        var data = PythonTestData.Find(files);
        if (data.Any(f => f.IsTestData && f.Tests.Any()))
        {
            // Files pytest never collects and no test code imports: their would-be tests are no tests (pytester's inputs), but
            // functions a test may still call (fastapi's docs_src test_main.py, loaded by importlib.import_module(f"…{name}")).
            var stripped = new Dictionary<SourceFileModel, SourceFileModel>(ReferenceEqualityComparer.Instance);
            files = [.. files.Select(f => data.Contains(f) && f.IsTestData && f.Tests.Any()
                ? stripped[f] = f with { Units = [.. f.Units.Select(u => u.Kind == CodeUnitKind.Test ? u with { Kind = CodeUnitKind.Helper } : u)] }
                : f)];
            data = data.Select(f => stripped.GetValueOrDefault(f, f)).ToFrozenSet<SourceFileModel>(ReferenceEqualityComparer.Instance);
        }

        Files = files;
        // A Python test is followed like a helper where another unit calls it: an override that runs the inherited test
        // (super().test_precedence() in a subclass of a contract mixin) checks what that test checks.
        _helpersByName = files
            .SelectMany(f => f.Units.Where(u => u.Kind == CodeUnitKind.Helper || (u.Kind == CodeUnitKind.Test && f.Language == SourceLanguage.Python))
                .Select(u => (File: f, Unit: u)))
            .GroupBy(x => x.Unit.Name, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        _helperIndex = _helpersByName.ToFrozenDictionary(kv => kv.Key, kv => new HelperDefinitions(kv.Value), StringComparer.Ordinal);
        _pythonModules = files.Where(f => f.Language == SourceLanguage.Python)
            .SelectMany(f => f.Path.Split('/').Select(part => part.EndsWith(".py", StringComparison.Ordinal) ? part[..^3] : part))
            .ToFrozenSet(StringComparer.Ordinal);
        FakeTypes = files
            .SelectMany(f => f.Types.Where(t => !t.HasTests).Select(t => (File: f, Type: t)))
            .Select(x => FakeKind(x.Type) is { } kind ? new FakeType(x.File, x.Type, kind) : null)
            .OfType<FakeType>()
            .ToImmutableArray();
        _moduleFixtures = files
            .Select((f, i) => (File: f, Index: i))
            .Where(x => x.File.Language == SourceLanguage.Python)
            .SelectMany(x => x.File.Units.Where(u => u.Kind == CodeUnitKind.Setup).Select(u => (x.Index, File: x.File, Unit: u)))
            .ToLookup(x => (x.Index, x.Unit.Name), x => (x.File, x.Unit));
        _conftestFixtures = files
            .Where(f => f.Language == SourceLanguage.Python && f.Path.EndsWith("conftest.py", StringComparison.Ordinal))
            .SelectMany(f => f.Units.Where(u => u.Kind == CodeUnitKind.Setup).Select(u => (File: f, Unit: u)))
            .ToLookup(x => (Folder: x.File.Path.LastIndexOf('/') is var slash and >= 0 ? x.File.Path[..slash] : "", x.Unit.Name));
        _fileIndex = files.Select((f, i) => (f, i)).ToFrozenDictionary<(SourceFileModel f, int i), SourceFileModel, int>(x => x.f, x => x.i, ReferenceEqualityComparer.Instance);
        _testsByClass = files
            .SelectMany((f, i) => f.Tests.Select(t => (File: i, Test: t)))
            .ToLookup(x => (x.File, x.Test.Container, x.Test.Name), x => x.Test);
        _fileOfUnit = files
            .SelectMany(f => f.Units.Select(u => (File: f, Unit: u)))
            .ToFrozenDictionary<(SourceFileModel File, CodeUnit Unit), CodeUnit, SourceFileModel>(x => x.Unit, x => x.File, ReferenceEqualityComparer.Instance);
        _fixtureTypes = files
            .SelectMany(f => f.Types.Where(t => !t.HasTests && (t.Name.EndsWith("Fixture", StringComparison.Ordinal) || t.BaseTypes.Contains("IAsyncLifetime"))).Select(t => (f.Language, t.Name))
                .Concat(f.Types.SelectMany(t => t.FixtureArguments).Select(name => (f.Language, name))))
            .ToFrozenSet();
        _setupsByContainer = files
            .SelectMany(f => f.Units.Where(u => u.Kind == CodeUnitKind.Setup && u.Container is not null).Select(u => (File: f, Unit: u)))
            .ToLookup(x => x.Unit.Container!, StringComparer.Ordinal);
        _attributeUnits = files
            .Where(f => f.Language == SourceLanguage.CSharp && f.Types.Any(IsAttributeType))
            .SelectMany(f =>
            {
                var attributes = f.Types.Where(IsAttributeType).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
                return f.Units.Where(u => u.Container is not null && attributes.Contains(u.Container)).Select(u => (File: f, Unit: u));
            })
            .ToLookup(x => x.Unit.Container!, StringComparer.Ordinal);
        _basesByType = files
            .SelectMany(f => f.Types.Select(t => (f.Language, t.Name, t.BaseTypes)))
            .GroupBy(x => (x.Language, x.Name))
            .ToFrozenDictionary(g => g.Key, g => g.SelectMany(x => x.BaseTypes).Distinct().ToImmutableArray());
        _contexts = new DatabaseContexts(files);
        PythonDataFiles = data;
        var fakeNames = FakeTypes.GroupBy(f => f.Type.Name).ToFrozenDictionary(g => g.Key, g => g.First().File.Path);
        var projectTraits = files.Where(f => f.Project is not null)
            .GroupBy(f => (f.Language, f.Project))
            .ToDictionary(g => g.Key, g => g.SelectMany(f => f.ProjectTraits).ToImmutableArray());

        // Per file and read-only on the indexes above: resolved in parallel, in file order.
        Tests = files.AsParallel().AsOrdered().WithDegreeOfParallelism(maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount).SelectMany(file =>
        {
            var location = TierResolver.ByLocation(root, file, config);
            var inherited = projectTraits.GetValueOrDefault((file.Language, file.Project), []);
            var setups = file.Units.Where(u => u.Kind == CodeUnitKind.Setup).ToLookup(u => u.Container);
            var fixtureTypes = _fixtureTypes.Count == 0 ? [] : file.ReferencedNames.Where(n => _fixtureTypes.Contains((file.Language, n))).ToArray();
            var scope = new FileScope(fixtureTypes);
            return file.Tests.Select(test =>
            {
                var setupUnits = setups[test.Container].Concat(FixtureUnitsOf(file, test, scope).Select(f => f.Unit)).ToList();
                var helpers = HelpersOf(file, test);
                ImmutableArray<Trait> traits = file.Traits.IsEmpty && inherited.IsEmpty ? test.Traits : [.. test.Traits, .. file.Traits, .. inherited];
                var declared = TierResolver.Declared(traits);
                var mocks = setupUnits.Count == 0 && test.Mocks.Length <= 1
                    ? test.Mocks
                    : test.Mocks.Concat(setupUnits.SelectMany(s => s.Mocks)).Distinct().ToImmutableArray();
                if (mocks.Any(IsEnvironmentPatch))
                {
                    mocks = mocks.RemoveAll(IsEnvironmentPatch);
                }

                var fakes = Fakes(file, test, setupUnits, fakeNames);
                var assertions = test.Assertions.AddRange(helpers.SelectMany(h => h.Assertions)).AddRange(CustomAssertions(test, helpers));
                var behaviourSetups = BehaviourSetups(file, test, scope, helpers);
                return new TestInfo(file, test, location, declared, mocks, fakes, assertions, helpers)
                {
                    // An empty body under a decorator that checks (@fails_with(E): pytest.raises around the call) is a test.
                    IsPlaceholder = test.IsPlaceholder && assertions.Length == test.Assertions.Length,
                    Traits = traits,
                    Setups = behaviourSetups,
                    TypeTouches = TypeTouches(file, test, helpers, behaviourSetups),
                };
            });
        }).ToImmutableArray();
    }

    public string Root { get; }

    public AuditConfig Config { get; }

    public ImmutableArray<SourceFileModel> Files { get; }

    public ImmutableArray<TestInfo> Tests { get; }

    public ImmutableArray<FakeType> FakeTypes { get; }

    /// <summary>Python files that are the tests' data, not their code (<see cref="PythonTestData"/>): read or checked by path, imported by no test code.</summary>
    public FrozenSet<SourceFileModel> PythonDataFiles { get; }

    /// <summary>Plugin folders found by the <c>plugins</c> globs (root-relative), with the file that describes each, if any.</summary>
    public ImmutableArray<PluginFolder> PluginFolders { get; init; } = [];

    /// <summary>The repository uses MarkdownSnippets (discovery found an <c>mdsnippets.json</c>): a <c>#region key</c> is a doc snippet.</summary>
    public bool UsesMarkdownSnippets { get; init; }

    /// <summary>The file a unit (test, helper, set-up) is defined in.</summary>
    public SourceFileModel FileOf(CodeUnit unit) => _fileOfUnit[unit];

    /// <summary>The Helm values files the engine found and parsed (empty when the repository has none).</summary>
    public ImmutableArray<ValuesFile> ValuesFiles { get; init; } = [];

    [GeneratedRegex("^(Fake|Stub|Mock|Dummy|Spy|InMemory|Mocked)[A-Z0-9_]|(Fake|Stub|Mock|Double|Spy|Dummy)$", RegexOptions.CultureInvariant)]
    private static partial Regex FakeNamePattern();

    /// <summary>
    /// A helper named like a check: C#'s <c>Assert…</c>, Python's <c>assert_…</c>, unittest's <c>assertContains</c> and
    /// private ones (<c>_assert_raises</c>, <c>_expect_raises</c>), the same names the Python helper treats as checks.
    /// </summary>
    [GeneratedRegex("^(Assert|Verify|Expect|Ensure|Check|_?(assert|verify|expect|check|ensure)(_|[A-Z]))", RegexOptions.CultureInvariant)]
    private static partial Regex AssertionHelperName();

    /// <summary>
    /// <c>Assert…</c> methods throw on failure whatever object they are called on (<c>config.AssertConfigurationIsValid()</c>);
    /// <c>Ensure…</c>, <c>Check…</c> and <c>Verify…</c> on an object are as often actions (<c>database.EnsureCreated()</c>).
    /// Python's <c>assert_…</c> on an object is unittest.mock's own API (<c>publish.assert_called_once()</c>), which the
    /// frontend already classifies as a mock verification of its level.
    /// </summary>
    [GeneratedRegex("^Assert[A-Z_]", RegexOptions.CultureInvariant)]
    private static partial Regex AssertName();

    /// <summary>
    /// Whether the audited tree holds the method a call reaches (other than the caller itself). A call on a local built from a
    /// type the tree does not declare (<c>var config = new MapperConfiguration(…); config.AssertConfigurationIsValid()</c>,
    /// the product's own API when only the tests are audited) reaches none of the tree's same-named helpers, as in
    /// <see cref="HelpersOf"/>.
    /// </summary>
    private bool IsDefinedInTree(CallSite call, CodeUnit caller)
    {
        if (!_helpersByName.TryGetValue(call.Name, out var candidates)
            || (call.Receiver is { } local && _fileOfUnit.TryGetValue(caller, out var file) && IsOfOutsideType(file, caller, local)))
        {
            return false;
        }

        var callerFile = _fileOfUnit.GetValueOrDefault(caller);
        var others = candidates.Where(c => !ReferenceEquals(c.Unit, caller) && (callerFile is null || HelperDefinitions.IsReachable(c, callerFile, caller)));
        return call.Receiver is { Length: > 0 } receiver && char.IsUpper(receiver[0])
            ? others.Any(c => c.Unit.Container == receiver)
            : others.Any();
    }

    /// <summary>
    /// A call the frontend already classified (<c>self.assertEqual(…)</c>, <c>assert_frame_equal(…)</c>) at its own level: a
    /// second, moderate entry would lift a trivial <c>self.assertIsNotNone(x)</c> out of FH1302.
    /// </summary>
    private static bool IsRecordedAssertion(CallSite call, CodeUnit unit)
    {
        foreach (var assertion in unit.Assertions)
        {
            if (assertion.Line == call.Line && assertion.Api.EndsWith(call.Name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The process environment set to given values and restored afterwards (<c>monkeypatch.setenv</c>,
    /// <c>patch.dict(os.environ, {…})</c>, <c>patch("os.environ", {…})</c>, <c>monkeypatch.setattr(m.os, "environ", {…})</c>):
    /// configuration, no test double — no mock rule counts it. A bare <c>patch("os.environ")</c> does put a MagicMock there.
    /// </summary>
    public static bool IsEnvironmentPatch(MockUsage mock)
    {
        const MockTraits patchWithValue = MockTraits.Patch | MockTraits.Configured;
        if ((mock.Traits & patchWithValue) != patchWithValue || mock.MockedType is not { } target)
        {
            return false;
        }

        var bracket = target.IndexOf('[');
        var name = bracket >= 0 ? target.AsSpan(0, bracket) : target.AsSpan();
        return name.SequenceEqual("environ") || name.EndsWith(".environ", StringComparison.Ordinal) || name.Contains("os.environ", StringComparison.Ordinal);
    }

    /// <summary>No receiver, the test's own instance, or a type (a static helper class): not a call on some object.</summary>
    private static bool IsStaticOrOwnReceiver(string? receiver) =>
        receiver is null or "self" or "this" or "cls" || char.IsUpper(receiver[0]);

    /// <summary>
    /// A double by its name alone (for types not defined in the audited tree: MockHttpMessageHandler, FakeTimeProvider…),
    /// but not model types that merely start with the word (MockUsage, MockBehavior, StubSettings).
    /// </summary>
    public static bool IsFakeName(string name) =>
        !MockLibraryTypes.Contains(name) && FakeNamePattern().IsMatch(name) && !NotADoubleSuffix().IsMatch(name);

    /// <summary>A mocking library's own classes (Moq's <c>Mock</c>, unittest.mock's): mocks, recorded as such, not hand-written doubles.</summary>
    private static readonly FrozenSet<string> MockLibraryTypes = new[]
    {
        "Mock", "MagicMock", "AsyncMock", "NonCallableMock", "NonCallableMagicMock", "PropertyMock", "ThreadingMock",
    }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex("(Usage|Usages|Traits|Kind|Options|Settings|Config|Configuration|Result|Info|Data|Type|Mode|Behavior|Behaviour|Repository|Sequence|Exception|Attribute|Factory|Builder|Generator)$", RegexOptions.CultureInvariant)]
    private static partial Regex NotADoubleSuffix();

    private static string? FakeKind(TypeDeclaration type)
    {
        var match = FakeNamePattern().Match(type.Name);
        if (match.Success)
        {
            var word = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
            return word.TrimEnd('_') switch
            {
                "Mocked" => "Mock",
                "Double" => "Fake",
                var w => w,
            };
        }

        return type.IsFakeShaped ? "Fake (by shape)" : null;
    }

    /// <summary>Hand-written doubles the test and its set-up construct, each once, in order of appearance.</summary>
    private ImmutableArray<FakeUsage> Fakes(SourceFileModel file, CodeUnit test, List<CodeUnit> setupUnits, FrozenDictionary<string, string> fakeNames)
    {
        List<FakeUsage>? found = null;
        for (var i = -1; i < setupUnits.Count; i++)
        {
            var unit = i < 0 ? test : setupUnits[i];
            foreach (var call in unit.Calls)
            {
                if (call.Kind == CallKind.Construction && (fakeNames.ContainsKey(call.Name) || IsFakeName(call.Name)))
                {
                    // Where it is constructed: a fixture's double is in its conftest.py, not in the test's file.
                    var path = i < 0 ? file.Path : _fileOfUnit.GetValueOrDefault(unit, file).Path;
                    var usage = new FakeUsage(call.Name, path, call.Line, fakeNames.GetValueOrDefault(call.Name));
                    found ??= [];
                    if (!found.Contains(usage))
                    {
                        found.Add(usage);
                    }
                }
            }
        }

        return found is null ? [] : [.. found];
    }

    /// <summary>Database contexts the test, its helpers and its set-up construct (<see cref="DatabaseContexts"/>).</summary>
    private ImmutableArray<(CodeUnit Unit, ResourceTouch Touch)> TypeTouches(
        SourceFileModel file, CodeUnit test, ImmutableArray<CodeUnit> helpers, ImmutableArray<(SourceFileModel File, CodeUnit Unit)> setups)
    {
        var units = helpers.Select(h => (File: _fileOfUnit[h], Unit: h)).Prepend((File: file, Unit: test)).Concat(setups);
        List<(CodeUnit, ResourceTouch)>? found = null;
        foreach (var (unitFile, unit) in units)
        {
            foreach (var call in unit.Calls)
            {
                if (call.Kind == CallKind.Construction && _contexts.IsCandidate(call.Name)
                    && _contexts.Touch(unitFile, call, helpers.Prepend(test).Concat(setups.Select(s => s.Unit))) is { } touch)
                {
                    (found ??= []).Add((unit, touch));
                }
            }
        }

        return found is null ? [] : [.. found];
    }

    /// <summary>
    /// Project helpers a test calls, followed to <see cref="HelperDepth"/> (assertion helpers to
    /// <see cref="AssertionHelperDepth"/>), nearest definition first.
    /// </summary>
    private ImmutableArray<CodeUnit> HelpersOf(SourceFileModel file, CodeUnit test)
    {
        var found = ImmutableArray.CreateBuilder<CodeUnit>();
        var seen = new HashSet<CodeUnit>(ReferenceEqualityComparer.Instance);
        var frontier = new List<(SourceFileModel File, CodeUnit Unit)> { (file, test) };
        for (var depth = 0; depth < AssertionHelperDepth && frontier.Count > 0; depth++)
        {
            var next = new List<(SourceFileModel, CodeUnit)>();
            foreach (var (callerFile, caller) in frontier)
            {
                foreach (var call in caller.Calls)
                {
                    // A test's decorator is followed when its definition wraps the test (defines the function it hands
                    // out): @fails_with(E), not a decorator that only marks or skips it (@testing.only_on("mysql")).
                    var decoration = call.Kind == CallKind.Decoration;
                    if ((call.Kind != CallKind.Invocation && !(decoration && depth == 0)) || (depth >= HelperDepth && !AssertionHelperName().IsMatch(call.Name)))
                    {
                        continue;
                    }

                    if (IsExternalModule(callerFile, call.Receiver))
                    {
                        continue; // io.StringIO().close(), asyncio.sleep(): a library's function, not a same-named project helper
                    }

                    if (!_helperIndex.TryGetValue(call.Name, out var candidates))
                    {
                        // A test that runs another test of its class (a theory called with one more case) runs its assertions.
                        if (!decoration && call.Receiver is null or "this" or "self")
                        {
                            foreach (var other in _testsByClass[(_fileIndex[callerFile], caller.Container, call.Name)])
                            {
                                if (!ReferenceEquals(other, caller) && seen.Add(other))
                                {
                                    found.Add(other);
                                    next.Add((callerFile, other));
                                }
                            }
                        }

                        continue;
                    }

                    if (call.Receiver is { } receiver && IsOfOutsideType(callerFile, caller, receiver))
                    {
                        continue; // buf = io.StringIO(); buf.close(): a library type's method, not the project's close()
                    }

                    if (call.Name is "__exit__" or "__aexit__")
                    {
                        // `with Recorder(...):` runs that class's __exit__ (or its bases'), never another class's.
                        if (call.Receiver is { } type && ExitOf(candidates, callerFile, type, caller) is { } exit && seen.Add(exit.Unit))
                        {
                            found.Add(exit.Unit);
                            next.Add(exit);
                        }

                        continue;
                    }

                    // The nearest definition and its overloads: by name alone the call may reach any of them, and overloads
                    // delegate to each other (AssertQuery(query) → AssertQuery(async, query, query, …) → the asserter).
                    if ((Override(candidates, file, test, caller, call.Receiver) ?? InheritedDefinition(candidates, callerFile, caller, call.Receiver)
                        ?? OfReceiverType(candidates, callerFile, caller, call, out var typed)
                        ?? (typed ? null : candidates.Nearest(callerFile, caller, call.Receiver, PythonReceiver(callerFile, caller, call.Receiver)))) is { } best)
                    {
                        foreach (var helper in candidates.Overloads(best))
                        {
                            if (decoration && !helper.Unit.DefinesWrapper)
                            {
                                continue;
                            }

                            if (!ReferenceEquals(helper.Unit, caller) && seen.Add(helper.Unit))
                            {
                                found.Add(helper.Unit);
                                next.Add(helper);
                            }
                        }
                    }
                }
            }

            frontier = next;
        }

        return found.ToImmutable();
    }

    /// <summary>The definition of a context manager's exit in the class <paramref name="type"/> or, six levels up, its first bases'.</summary>
    private (SourceFileModel File, CodeUnit Unit)? ExitOf(HelperDefinitions candidates, SourceFileModel file, string type, CodeUnit caller)
    {
        var language = file.Language;
        var current = type;
        for (var depth = 0; depth < 6; depth++)
        {
            if (candidates.InClass(file, current, caller) is { } exit)
            {
                return exit;
            }

            if (!_basesByType.TryGetValue((language, current), out var bases) || bases.IsEmpty)
            {
                return null;
            }

            current = bases[0];
        }

        return null;
    }

    /// <summary>
    /// The members every .NET object has (<see cref="ObjectMembers"/>: <c>Guid.Empty.ToString("D")</c>, <c>42.ToString()</c>,
    /// <c>id?.Equals(x)</c>) reach a tree helper only through a receiver of its type — the type's name, a local constructed from
    /// it — or the caller's own class (a receiverless or <c>this.</c> call; its bases answered in InheritedDefinition), never by
    /// name alone: a test-support class's <c>ToString()</c> override is not what every <c>.ToString()</c> runs.
    /// <paramref name="typed"/> says the rule decided: no definition is then the answer.
    /// </summary>
    private (SourceFileModel File, CodeUnit Unit)? OfReceiverType(HelperDefinitions candidates, SourceFileModel file, CodeUnit caller, CallSite call, out bool typed)
    {
        typed = file.Language == SourceLanguage.CSharp && ObjectMembers.Contains(call.Name);
        if (!typed)
        {
            return null;
        }

        var type = call.Receiver is { Length: > 0 } receiver && char.IsUpper(receiver[0]) && _basesByType.ContainsKey((file.Language, receiver))
            ? receiver
            : call.Receiver is null or "this" or "base" ? caller.Container
            : ConstructedType(caller, call.Receiver);
        return type is null ? null : candidates.InClass(file, type, caller) ?? InBases(candidates, file, type, caller);
    }

    /// <summary>Names every .NET object answers (System.Object's members): resolved by the receiver's type only.</summary>
    private static readonly FrozenSet<string> ObjectMembers = new[] { "ToString", "Equals", "GetHashCode", "GetType" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The type a local was constructed from in the caller (<c>var cmd = new Command()</c>), if any.</summary>
    private static string? ConstructedType(CodeUnit caller, string local)
    {
        foreach (var c in caller.Calls)
        {
            if (c.Kind == CallKind.Construction && c.AssignedTo == local)
            {
                return c.Name;
            }
        }

        return null;
    }

    /// <summary>The definition in a base class of <paramref name="type"/>, six levels up the first base at most.</summary>
    private (SourceFileModel File, CodeUnit Unit)? InBases(HelperDefinitions candidates, SourceFileModel file, string type, CodeUnit caller)
    {
        var language = file.Language;
        var current = type;
        for (var depth = 0; depth < 6 && _basesByType.TryGetValue((language, current), out var bases) && !bases.IsEmpty; depth++)
        {
            foreach (var baseName in bases)
            {
                if (candidates.InClass(file, baseName, caller) is { } inherited)
                {
                    return inherited;
                }
            }

            current = bases[0];
        }

        return null;
    }

    /// <summary>
    /// What a Python call's receiver can be. <c>api = get_api(); api.publish_collection()</c>: an object, whose methods
    /// answer, never a module-level function of some file. <c>collection.publish_collection()</c> on a name neither
    /// assigned nor received: a module (or a module-level object), so only a function of a module of that name
    /// answers, not a same-named function of any other file.
    /// </summary>
    private static ReceiverScope PythonReceiver(SourceFileModel file, CodeUnit caller, string? receiver) =>
        file.Language != SourceLanguage.Python || !HelperDefinitions.IsOtherObject(receiver) ? ReceiverScope.Any
        : IsLocalObject(caller, receiver!) ? ReceiverScope.Object
        : ReceiverScope.Module;

    private enum ReceiverScope
    {
        Any,
        Object,
        Module,
    }

    /// <summary>A name the unit receives as a parameter (a fixture) or assigns from a call.</summary>
    private static bool IsLocalObject(CodeUnit unit, string name)
    {
        if (unit.Parameters.Contains(name))
        {
            return true;
        }

        foreach (var c in unit.Calls)
        {
            if (c.AssignedTo == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A variable the caller assigned from constructing a type the audited tree does not declare.</summary>
    private bool IsOfOutsideType(SourceFileModel file, CodeUnit caller, string receiver)
    {
        foreach (var c in caller.Calls)
        {
            if (c.Kind == CallKind.Construction && c.AssignedTo == receiver)
            {
                return !_basesByType.ContainsKey((file.Language, c.Name));
            }
        }

        return false;
    }

    /// <summary>A Python call on a module the file imports that is not one of the audited tree's own modules.</summary>
    private bool IsExternalModule(SourceFileModel file, string? receiver) =>
        file.Language == SourceLanguage.Python && receiver is { Length: > 0 } && !_pythonModules.Contains(receiver) && file.Imports.Contains(receiver);

    /// <summary>
    /// A call without a receiver (or on <c>this</c>/<c>base</c>) from a class that does not define the name reaches the
    /// definition in its base classes (<c>Execute(":1\r\n", processor)</c> of a <c>ResultProcessorUnitTest</c> subclass)
    /// before any same-named method elsewhere in the project.
    /// </summary>
    private (SourceFileModel File, CodeUnit Unit)? InheritedDefinition(HelperDefinitions candidates, SourceFileModel file, CodeUnit caller, string? receiver)
    {
        if (receiver is not (null or "this" or "base" or "self") || caller.Container is not { } container || candidates.InClass(file, container, caller) is not null)
        {
            return null;
        }

        // Six levels up the first base: deep enough for real hierarchies, and a bound that also ends a cycle (A : B, B : A).
        var current = container;
        for (var depth = 0; depth < 6 && _basesByType.TryGetValue((file.Language, current), out var bases) && !bases.IsEmpty; depth++)
        {
            foreach (var baseName in bases)
            {
                if (candidates.InClass(file, baseName, caller) is { } inherited)
                {
                    return inherited;
                }
            }

            current = bases[0];
        }

        return null;
    }

    /// <summary>
    /// A call on <c>self</c>/<c>this</c> in a helper the test's class inherits reaches the test class's override first, as at
    /// run time: scrapy's <c>TestFeedExportBase.assertExported</c> calls <c>self.assertExportedCsv(…)</c>, empty in the base
    /// and asserting in the <c>TestFeedExport</c> subclass that runs it. Null when the helper's class is not one of the
    /// test class's bases (its <c>self</c> is another object) or no class between them defines the name.
    /// </summary>
    private (SourceFileModel File, CodeUnit Unit)? Override(HelperDefinitions candidates, SourceFileModel file, CodeUnit test, CodeUnit caller, string? receiver)
    {
        if (ReferenceEquals(caller, test) || test.Container is not { } current || caller.Container is not { } owner || current == owner
            || !(receiver is "self" or "this" || (receiver is null && file.Language == SourceLanguage.CSharp)))
        {
            return null;
        }

        // The classes from the test's up to the helper's own (exclusive), along the first base as InheritedDefinition walks.
        List<string>? chain = null;
        for (var depth = 0; depth < 6; depth++)
        {
            (chain ??= []).Add(current);
            if (!_basesByType.TryGetValue((file.Language, current), out var bases) || bases.IsEmpty)
            {
                return null;
            }

            if (bases.Contains(owner))
            {
                foreach (var type in chain)
                {
                    if (candidates.InClass(_fileOfUnit.GetValueOrDefault(caller, file), type, caller) is { } overriding)
                    {
                        return overriding;
                    }
                }

                return null;
            }

            current = bases[0];
        }

        return null;
    }

    /// <summary>
    /// The definitions of one helper name, indexed so that the definition a call most likely reaches is found without
    /// scanning them all (a scan per call was quadratic where every test file defines the same helper; docs/performance.md):
    /// a member of the receiver's type when the receiver names one (<c>PlantMarkers.AssertSame</c>), else the caller's own
    /// class, file, project, anywhere — never the caller itself; the first in file order at each level.
    /// </summary>
    private sealed class HelperDefinitions
    {
        private readonly Dictionary<(SourceLanguage, string), List<(SourceFileModel File, CodeUnit Unit)>> _byContainer = [];
        private readonly Dictionary<SourceFileModel, List<(SourceFileModel File, CodeUnit Unit)>> _byFile = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<(SourceLanguage, string?), List<(SourceFileModel File, CodeUnit Unit)>> _byProject = [];
        private readonly Dictionary<SourceLanguage, List<(SourceFileModel File, CodeUnit Unit)>> _byLanguage = [];

        public HelperDefinitions(ImmutableArray<(SourceFileModel File, CodeUnit Unit)> definitions)
        {
            foreach (var definition in definitions)
            {
                if (definition.Unit.Container is { } container)
                {
                    Add(_byContainer, (definition.File.Language, container), definition);
                }

                Add(_byFile, definition.File, definition);
                Add(_byProject, (definition.File.Language, definition.File.Project), definition);
                Add(_byLanguage, definition.File.Language, definition);
            }
        }

        /// <summary>A definition in the class named <paramref name="container"/> other than the caller itself.</summary>
        public (SourceFileModel File, CodeUnit Unit)? InClass(SourceFileModel callerFile, string container, CodeUnit caller) =>
            First(_byContainer, (callerFile.Language, container), c => !ReferenceEquals(c.Unit, caller) && IsReachable(c, callerFile, caller));

        public (SourceFileModel File, CodeUnit Unit)? Nearest(SourceFileModel file, CodeUnit caller, string? receiver, ReceiverScope scope = ReceiverScope.Any)
        {
            if (receiver is not null && First(_byContainer, (file.Language, receiver), c => !ReferenceEquals(c.Unit, caller) && IsReachable(c, file, caller)) is { } byReceiver)
            {
                return byReceiver;
            }

            // No other definition has the receiver's name as its class from here on, so no candidate below is one.
            var ownClass = First(_byFile, file, c => !ReferenceEquals(c.Unit, caller) && c.Unit.Container == caller.Container && Reaches(c, scope, receiver));
            if (ownClass is not null && !IsOtherObject(receiver))
            {
                return ownClass;
            }

            // A call on another object (asserter.AssertQuery, orders.Add) reaches another class first, the caller's own last.
            return First(_byFile, file, c => c.Unit.Container != caller.Container && IsReachable(c, file, caller) && Reaches(c, scope, receiver))
                   ?? First(_byProject, (file.Language, file.Project), c => !ReferenceEquals(c.File, file) && IsReachable(c, file, caller) && Reaches(c, scope, receiver))
                   ?? First(_byLanguage, file.Language, c => c.File.Project != file.Project && IsReachable(c, file, caller) && Reaches(c, scope, receiver))
                   ?? (ownClass is { Unit.Reach: UnitReach.Anywhere } || !IsOtherObject(receiver) ? ownClass : null); // a private helper is rarely called on another object
        }

        /// <summary>
        /// Whether the caller may call the definition at all (<see cref="CodeUnit.Reach"/>): a private method from its own type
        /// (a partial type's other parts too) or a type nested in it, a member of a file-local type from its file. A call on a
        /// library object (<c>graph.Run(materializer)</c>) or an inherited library method (<c>ExpectNoMsgAsync(…)</c>) never
        /// reaches another class's private same-named helper.
        /// </summary>
        public static bool IsReachable((SourceFileModel File, CodeUnit Unit) c, SourceFileModel callerFile, CodeUnit caller) => c.Unit.Reach switch
        {
            UnitReach.Anywhere => true,
            UnitReach.OwnFile => ReferenceEquals(c.File, callerFile),
            _ => (caller.Container == c.Unit.Container && c.File.Language == callerFile.Language) || (ReferenceEquals(c.File, callerFile) && IsNestedIn(c, caller)),
        };

        /// <summary>The caller sits inside the declaration of the definition's type (a nested type's member), in the same file.</summary>
        private static bool IsNestedIn((SourceFileModel File, CodeUnit Unit) c, CodeUnit caller)
        {
            foreach (var type in c.File.Types)
            {
                if (type.Name == c.Unit.Container && type.Line <= c.Unit.Line && c.Unit.Line <= type.EndLine && type.Line <= caller.Line && caller.Line <= type.EndLine)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Reaches((SourceFileModel File, CodeUnit Unit) c, ReceiverScope scope, string? receiver)
        {
            if (scope == ReceiverScope.Any || !IsModuleFunction(c, out var module))
            {
                return true;
            }

            // The module of that name, or a module of the package of that name (packages re-export their modules' functions:
            // sqlalchemy's testing.expect_raises_message is defined in testing/assertions.py).
            return scope == ReceiverScope.Module && (module.SequenceEqual(receiver) || InPackage(c.File.Path, receiver!));
        }

        private static bool InPackage(string path, string package)
        {
            var folders = path.AsSpan(0, Math.Max(0, path.LastIndexOf('/')));
            foreach (var range in folders.Split('/'))
            {
                if (folders[range].SequenceEqual(package))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A Python function at module level: the helper names its module as the container (a fixture, none).</summary>
        private static bool IsModuleFunction((SourceFileModel File, CodeUnit Unit) c, out ReadOnlySpan<char> module)
        {
            module = default;
            if (c.File.Language != SourceLanguage.Python)
            {
                return false;
            }

            var path = c.File.Path.AsSpan();
            module = path[(path.LastIndexOf('/') + 1)..];
            module = module.EndsWith(".py", StringComparison.Ordinal) ? module[..^3] : module;
            return c.Unit.Container is null || module.SequenceEqual(c.Unit.Container);
        }

        /// <summary>A receiver that names an object (a local, a field, a parameter), not the instance itself or a type.</summary>
        public static bool IsOtherObject(string? receiver) =>
            receiver is { Length: > 0 } && receiver is not ("this" or "self" or "cls" or "base" or "super()") && !char.IsUpper(receiver[0]);

        /// <summary><paramref name="best"/>, then the other definitions of its name in its class and file, in file order.</summary>
        public IEnumerable<(SourceFileModel File, CodeUnit Unit)> Overloads((SourceFileModel File, CodeUnit Unit) best)
        {
            yield return best;
            foreach (var other in _byFile[best.File])
            {
                if (!ReferenceEquals(other.Unit, best.Unit) && other.Unit.Container == best.Unit.Container)
                {
                    yield return other;
                }
            }
        }

        private static void Add<TKey>(Dictionary<TKey, List<(SourceFileModel File, CodeUnit Unit)>> index, TKey key, (SourceFileModel File, CodeUnit Unit) definition)
            where TKey : notnull
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(definition);
        }

        /// <summary>The first definition under a key that qualifies; the ones skipped are few (the caller, its own file's).</summary>
        private static (SourceFileModel File, CodeUnit Unit)? First<TKey>(
            Dictionary<TKey, List<(SourceFileModel File, CodeUnit Unit)>> index, TKey key, Func<(SourceFileModel File, CodeUnit Unit), bool> qualifies)
            where TKey : notnull
        {
            if (index.TryGetValue(key, out var list))
            {
                foreach (var definition in list)
                {
                    if (qualifies(definition))
                    {
                        return definition;
                    }
                }
            }

            return null;
        }
    }

    /// <summary>
    /// The set-up a test runs, for behaviour witnesses: its class's and base classes' set-up, its fixtures (transitively,
    /// to <see cref="SetupDepth"/>), and the helpers all of those call (to <see cref="HelperDepth"/>).
    /// </summary>
    /// <param name="scope">What the tests of the test's file share (<see cref="FileScope"/>), kept across its tests.</param>
    private ImmutableArray<(SourceFileModel File, CodeUnit Unit)> BehaviourSetups(SourceFileModel file, CodeUnit test, FileScope scope, ImmutableArray<CodeUnit> helpers)
    {
        var found = new List<(SourceFileModel File, CodeUnit Unit)>();
        var seen = new HashSet<CodeUnit>(ReferenceEqualityComparer.Instance) { test };
        void Add(SourceFileModel f, CodeUnit u)
        {
            if (seen.Add(u))
            {
                found.Add((f, u));
            }
        }

        var perClass = test.Container is { } testClass
            ? scope.Classes.TryGetValue(testClass, out var known) ? known : scope.Classes[testClass] = ClassSetupsOf(file, testClass, scope.FixtureTypes)
            : ClassSetupsOf(file, null, scope.FixtureTypes);
        foreach (var (setupFile, setup) in perClass.Setups)
        {
            Add(setupFile, setup);
        }

        // Attribute classes of the tree on the test (a data source, [DatabaseData] : DataAttribute, whose GetData builds the
        // services the test receives; a before/after hook): their code, and that of their base classes, runs for the test.
        foreach (var attribute in test.Attributes)
        {
            var type = attribute + "Attribute";
            for (var depth = 0; depth < SetupDepth && _attributeUnits.Contains(type); depth++)
            {
                foreach (var (attributeFile, unit) in _attributeUnits[type])
                {
                    Add(attributeFile, unit);
                }

                type = _basesByType.GetValueOrDefault((file.Language, type), []).FirstOrDefault(_attributeUnits.Contains);
                if (type is null)
                {
                    break;
                }
            }
        }

        // Objects the test builds itself (new RecordingServer(...)): their constructors and field set-up run for it.
        List<string>? built = null;
        foreach (var call in test.Calls)
        {
            if (call.Kind == CallKind.Construction && _setupsByContainer.Contains(call.Name) && !perClass.Containers.Contains(call.Name) && !(built?.Contains(call.Name) ?? false))
            {
                (built ??= []).Add(call.Name);
            }
        }

        foreach (var container in built ?? [])
        {
            foreach (var setup in SetupsRunFor(file, test.Container, container))
            {
                Add(setup.File, setup.Unit);
            }
        }

        foreach (var module in file.Units.Where(u => u.Kind == CodeUnitKind.Setup && u.Name == "(module)"))
        {
            Add(file, module);
        }

        var frontier = new List<CodeUnit> { test };
        for (var depth = 0; depth < SetupDepth && frontier.Count > 0; depth++)
        {
            var next = new List<CodeUnit>();
            foreach (var unit in frontier)
            {
                foreach (var fixture in FixtureUnitsOf(file, unit, scope))
                {
                    if (!seen.Contains(fixture.Unit))
                    {
                        Add(fixture.File, fixture.Unit);
                        next.Add(fixture.Unit);
                    }
                }
            }

            frontier = next;
        }

        foreach (var (setupFile, setup) in found.ToList())
        {
            foreach (var helper in _setupHelpers.GetOrAdd(setup, static (unit, state) => state.Input.HelpersOf(state.File, unit), (Input: this, File: setupFile)))
            {
                Add(_fileOfUnit[helper], helper);
            }
        }

        // A helper's own class runs its set-up (field initialisers, a static constructor; a Python module its module-level
        // code) before the helper: octokit's Helper.GetBasicAuthClient() reads the credentials in Helper's static fields.
        foreach (var helper in helpers.Concat(found.Where(f => f.Unit.Kind == CodeUnitKind.Helper).Select(f => f.Unit)).ToList())
        {
            if (helper.Container is { } container && container != test.Container)
            {
                var helperFile = _fileOfUnit[helper];
                foreach (var setup in _setupsByContainer[container])
                {
                    if (ReferenceEquals(setup.File, helperFile) && RunsForEveryTest(setup.File, setup.Unit))
                    {
                        Add(setup.File, setup.Unit);
                    }
                }
            }
        }

        return [.. found];
    }

    /// <summary>
    /// Answers shared by the tests of one file, kept while its tests are resolved: the fixture types the file names, each
    /// test class's set-up, and the fixtures each unit receives (a fixture's own fixtures resolve from the test's file).
    /// </summary>
    private sealed class FileScope(string[] fixtureTypes)
    {
        public string[] FixtureTypes { get; } = fixtureTypes;

        public Dictionary<string, ClassSetups> Classes { get; } = new(StringComparer.Ordinal);

        public Dictionary<CodeUnit, (SourceFileModel File, CodeUnit Unit)[]> Fixtures { get; } = new(ReferenceEqualityComparer.Instance);
    }

    /// <summary><see cref="FixtureUnitsOf(SourceFileModel, CodeUnit)"/>, once per unit and file.</summary>
    private (SourceFileModel File, CodeUnit Unit)[] FixtureUnitsOf(SourceFileModel file, CodeUnit unit, FileScope scope)
    {
        if (unit.Parameters.IsEmpty || file.Language != SourceLanguage.Python)
        {
            return [];
        }

        if (!scope.Fixtures.TryGetValue(unit, out var fixtures))
        {
            scope.Fixtures[unit] = fixtures = [.. FixtureUnitsOf(file, unit)];
        }

        return fixtures;
    }

    /// <summary>What runs for every test of a class: the set-up of the class and its base classes, and of the fixture types its file names.</summary>
    private sealed record ClassSetups(List<string> Containers, List<(SourceFileModel File, CodeUnit Unit)> Setups);

    private ClassSetups ClassSetupsOf(SourceFileModel file, string? testClass, string[] fixtureTypes)
    {
        var containers = new List<string>();
        for (var (type, depth) = (testClass, 0); type is not null && depth < SetupDepth && !containers.Contains(type); depth++)
        {
            containers.Add(type);
            var bases = _basesByType.GetValueOrDefault((file.Language, type), []);
            type = bases.FirstOrDefault(b => _setupsByContainer.Contains(b) || _basesByType.ContainsKey((file.Language, b)));
        }

        // xUnit class and collection fixtures (IClassFixture<DatabaseFixture>) and NUnit/MSTest fixture objects:
        // fixture types the test's file names run their set-up for its tests.
        containers.AddRange(fixtureTypes.Where(n => !containers.Contains(n)));
        var setups = containers.SelectMany(container => SetupsRunFor(file, testClass, container)).ToList();

        // Objects that set-up builds (a collection fixture's constructor: Infrastructure = new(); Cluster = new(Infrastructure))
        // run their own constructors and field set-up for the test too, as objects the test builds itself do.
        var frontier = setups;
        for (var depth = 0; depth < SetupDepth && frontier.Count > 0; depth++)
        {
            var next = new List<(SourceFileModel File, CodeUnit Unit)>();
            foreach (var (_, setup) in frontier)
            {
                foreach (var call in setup.Calls)
                {
                    if (call.Kind == CallKind.Construction && _setupsByContainer.Contains(call.Name) && !containers.Contains(call.Name))
                    {
                        containers.Add(call.Name);
                        next.AddRange(SetupsRunFor(file, testClass, call.Name));
                    }
                }
            }

            setups.AddRange(next);
            frontier = next;
        }

        return new ClassSetups(containers, setups);
    }

    /// <summary>A class named <c>…Attribute</c> that declares no tests: an attribute a test may carry.</summary>
    private static bool IsAttributeType(TypeDeclaration type) =>
        !type.HasTests && type.Name.Length > 9 && type.Name.EndsWith("Attribute", StringComparison.Ordinal);

    /// <summary>The set-up units of <paramref name="container"/> that run for a test of <paramref name="testClass"/> in <paramref name="file"/>.</summary>
    private IEnumerable<(SourceFileModel File, CodeUnit Unit)> SetupsRunFor(SourceFileModel file, string? testClass, string container) =>
        _setupsByContainer[container].Where(setup => setup.File.Language == file.Language
            // a same-named class elsewhere is another class; a pytest fixture runs only when requested
            && !(container == testClass && !ReferenceEquals(setup.File, file)) && RunsForEveryTest(setup.File, setup.Unit));

    /// <summary>
    /// C# set-up always runs; in Python a class's set-up ("(setup)", setUp, setup_method…) and module-level code
    /// ("(module)") do, and autouse fixtures — other fixtures run only when a test asks for them.
    /// </summary>
    private static bool RunsForEveryTest(SourceFileModel file, CodeUnit setup) =>
        file.Language != SourceLanguage.Python
        || setup.Name.StartsWith('(')
        || setup.Name is "setUp" or "setUpClass" or "asyncSetUp" or "setup_method" or "setup_class" or "setup" or "setUpModule" or "setup_module"
        || setup.Traits.Any(t => t.Name.Equals("autouse", StringComparison.OrdinalIgnoreCase));

    /// <summary>pytest fixtures a unit receives (by parameter name), defined in the file or a conftest.py pytest loads for it.</summary>
    private IEnumerable<(SourceFileModel File, CodeUnit Unit)> FixtureUnitsOf(SourceFileModel file, CodeUnit unit)
    {
        if (unit.Parameters.IsEmpty || file.Language != SourceLanguage.Python)
        {
            return [];
        }

        var slash = file.Path.LastIndexOf('/');
        var folder = slash >= 0 ? file.Path[..slash] : "";
        var isConftest = file.Path.EndsWith("conftest.py", StringComparison.Ordinal);
        var index = _fileIndex[file];
        return unit.Parameters.Distinct(StringComparer.Ordinal)
            .SelectMany(name =>
            {
                IEnumerable<(SourceFileModel File, CodeUnit Unit)> chain = _conftestChain.GetOrAdd((folder, name), ConftestChain);
                var local = isConftest ? [] : _moduleFixtures[(index, name)];
                return local.Any()
                    ? chain.Concat(local).OrderBy(f => _fileIndex[f.File]) // stable: file order, then source order within a file
                    : chain;
            })
            .Where(f => !ReferenceEquals(f.Unit, unit));
    }

    /// <summary>The fixtures named <c>Name</c> of the conftest.py files pytest loads for a test in <c>Folder</c>, in file order.</summary>
    private (SourceFileModel File, CodeUnit Unit)[] ConftestChain((string Folder, string Name) key) =>
        [.. (key.Folder.Length == 0 ? [""] : FoldersAbove(key.Folder + "/")).SelectMany(folder => _conftestFixtures[(folder, key.Name)]).OrderBy(f => _fileIndex[f.File])];

    /// <summary>
    /// The folders whose conftest.py pytest loads for a file: its own and every one above it, up to the audited root ("").
    /// Fixtures come only from these: a sibling package's conftest is never loaded for the test, and taking fixtures from
    /// every conftest in the tree both credited other packages' mocks to a test and made the lookup quadratic.
    /// </summary>
    private static List<string> FoldersAbove(string path)
    {
        var folders = new List<string>();
        for (var slash = path.LastIndexOf('/'); slash >= 0; slash = path.LastIndexOf('/', slash - 1))
        {
            folders.Add(path[..slash]);
            if (slash == 0)
            {
                break;
            }
        }

        folders.Add("");
        return folders;
    }

    /// <summary>Calls to configured assertion methods, and to assertion-named helpers defined outside the audited tree.</summary>
    private IEnumerable<Assertion> CustomAssertions(CodeUnit test, ImmutableArray<CodeUnit> helpers)
    {
        foreach (var unit in helpers.Prepend(test))
        {
            foreach (var call in unit.Calls)
            {
                if (call.Kind != CallKind.Invocation)
                {
                    continue;
                }

                if (Config.AssertionMethods.TryGetValue(call.Name, out var level))
                {
                    yield return new Assertion(call.Line, 1, level, AssertionKind.Assertion, call.Name, $"{call.Name}(…)");
                }
                else if (AssertionHelperName().IsMatch(call.Name) && (IsStaticOrOwnReceiver(call.Receiver) || AssertName().IsMatch(call.Name))
                    && !IsDefinedInTree(call, unit) && !IsRecordedAssertion(call, unit))
                {
                    yield return new Assertion(call.Line, 1, AssertionLevel.Moderate, AssertionKind.Assertion, call.Name, $"{call.Name}(…) (assertion helper outside the audited tree)");
                }
                else if (Config.VerificationMethods.Contains(call.Name))
                {
                    yield return new Assertion(call.Line, 1, AssertionLevel.Exact, AssertionKind.MockVerification, call.Name, $"{call.Name}(…)");
                }
            }
        }
    }
}
