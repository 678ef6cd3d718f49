using System.Collections.Immutable;
using MemoryPack;

namespace FloeHarden.Core.Model;

/// <summary>
/// Everything the analyses know about one source file. Frontends produce it; analyses read only it.
/// Paths are root-relative with forward slashes; lines and columns are 1-based.
/// </summary>
[MemoryPackable]
public sealed partial record SourceFileModel
{
    public required string Path { get; init; }

    public required SourceLanguage Language { get; init; }

    /// <summary>The project or package the file belongs to (C#: nearest .csproj name), if any.</summary>
    public string? Project { get; init; }

    public int LineCount { get; init; }

    /// <summary>Namespaces (C# usings) or modules (Python imports) the file imports.</summary>
    public ImmutableArray<string> Imports { get; init; } = [];

    /// <summary>Types whose static members the file imports (C# <c>using static Lib.Expiration;</c> → Expiration), distinct.</summary>
    public ImmutableArray<string> StaticImports { get; init; } = [];

    /// <summary>Declarations that apply to every test of the file (pytestmark, module markers).</summary>
    public ImmutableArray<Trait> Traits { get; init; } = [];

    /// <summary>Declarations that apply to every test of the file's project (C# assembly-level attributes).</summary>
    public ImmutableArray<Trait> ProjectTraits { get; init; } = [];

    /// <summary>Tests, helpers and set-up code, in source order.</summary>
    public ImmutableArray<CodeUnit> Units { get; init; } = [];

    public ImmutableArray<TypeDeclaration> Types { get; init; } = [];

    public ImmutableArray<LiteralValue> Literals { get; init; } = [];

    public ImmutableArray<ConfigDefault> ConfigDefaults { get; init; } = [];

    /// <summary>Code that falls back to a mock, fake or other host when the real service is unavailable.</summary>
    public ImmutableArray<MockFallback> Fallbacks { get; init; } = [];

    /// <summary>
    /// Identifiers the file uses (distinct): not the names its declarations give (a class, function or method of that name
    /// elsewhere is not a use), nor, in C#, a type's own name inside that type. Counts usages of types and helpers across
    /// files and within a file.
    /// </summary>
    public ImmutableArray<string> ReferencedNames { get; init; } = [];

    /// <summary>
    /// Types the file asks a runtime or container for by type argument, distinct (C#: <c>GetGrain&lt;IEchoGrain&gt;()</c>,
    /// <c>GetRequiredService&lt;IFoo&gt;()</c>, <c>Resolve&lt;IFoo&gt;()</c>): an implementation found by scanning is used through them.
    /// </summary>
    public ImmutableArray<string> ResolvedTypes { get; init; } = [];

    /// <summary>
    /// Types whose assembly the file takes (C#: <c>typeof(AComponent).Assembly</c>, <c>typeof(T).GetTypeInfo().Assembly</c>), distinct:
    /// the assembly handed to a scan (<c>RegisterAssemblyModules</c>, <c>Assembly.GetTypes()</c>) uses every type of the project declaring them.
    /// </summary>
    public ImmutableArray<string> AssemblyOfTypes { get; init; } = [];

    public ImmutableArray<ParseProblem> Problems { get; init; } = [];

    /// <summary>
    /// C#: the preprocessor symbols of the <c>#if</c> branches, inactive in the modelled build, whose text holds test
    /// attributes — symbols another build of the project defines (another target framework's: <c>NETFRAMEWORK</c>), so
    /// those tests run there. Filled only for a file without a test in the modelled build; sorted.
    /// </summary>
    public ImmutableArray<string> InactiveTestSymbols { get; init; } = [];

    /// <summary>
    /// C#: test methods the framework never runs because a type around them is not public (xUnit; MSTest for private and
    /// protected types): not tests, but a bug to fix (make the class public), not code to delete. Counted per top-level
    /// type too (<see cref="TypeDeclaration.NeverRunTests"/>).
    /// </summary>
    public int NeverRunTests { get; init; }

    /// <summary>
    /// Python: a file of the test trees that pytest never runs — a folder its configuration's <c>norecursedirs</c> or
    /// <c>addopts --ignore</c> excludes (pytest's <c>testing/example_scripts</c>: pytester's inputs), or a type checker's
    /// input (imports <c>assert_type</c>/<c>reveal_type</c>, holds no test). Test data (<see cref="Analyses.PythonTestData"/>),
    /// its would-be tests no tests, unless test code imports it (sqlalchemy's <c>lib/…/testing/suite</c>, star-imported by
    /// <c>test/dialect/test_suite.py</c>, whose tests run there).
    /// </summary>
    public bool IsTestData { get; init; }

    /// <summary>In-code suppressions (comments, <c>[SuppressMessage]</c>), each with the lines it covers (docs/suppressions.md).</summary>
    public ImmutableArray<Suppression> Suppressions { get; init; } = [];

    [MemoryPackIgnore]
    public IEnumerable<CodeUnit> Tests => Units.Where(u => u.Kind == CodeUnitKind.Test);
}

/// <summary>A declared category, marker or property: Category=Integration, workflow=AC-2.1, requirement=REQ-7.</summary>
[MemoryPackable]
public sealed partial record Trait(string Name, string Value)
{
    public const string Category = "Category";

    [MemoryPackIgnore]
    public bool IsCategory => string.Equals(Name, Category, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A test, a helper or a piece of set-up code, with what its body does.</summary>
[MemoryPackable]
public sealed partial record CodeUnit
{
    public required string Name { get; init; }

    /// <summary>The enclosing class (C#) or class/module (Python), if any.</summary>
    public string? Container { get; init; }

    public required CodeUnitKind Kind { get; init; }

    public int Line { get; init; }

    public int EndLine { get; init; }

    /// <summary>Declared categories, markers and properties of the unit and its class.</summary>
    public ImmutableArray<Trait> Traits { get; init; } = [];

    /// <summary>How many cases a parametrised test runs (DataRow, InlineData, parametrize), at least 1.</summary>
    public int CaseCount { get; init; } = 1;

    public ImmutableArray<Assertion> Assertions { get; init; } = [];

    public ImmutableArray<MockUsage> Mocks { get; init; } = [];

    public ImmutableArray<CallSite> Calls { get; init; } = [];

    public ImmutableArray<ResourceTouch> Touches { get; init; } = [];

    public ImmutableArray<SkipSite> Skips { get; init; } = [];

    /// <summary>Names of fixtures or parameters the unit receives (pytest fixtures; empty for C#).</summary>
    public ImmutableArray<string> Parameters { get; init; } = [];

    /// <summary>
    /// C#: the attributes on a test other than the frameworks' test and case attributes, by applied name without the
    /// <c>Attribute</c> suffix (<c>[DatabaseData]</c>, <c>[UseCulture("fr")]</c>): a data source or hook the tree may declare,
    /// whose code runs for the test.
    /// </summary>
    public ImmutableArray<string> Attributes { get; init; } = [];

    /// <summary>The body is empty, or only says "not implemented" (throw NotImplementedException, pytest.fail("TODO")).</summary>
    public bool IsPlaceholder { get; init; }

    /// <summary>
    /// A decorator registers it with an object that calls it — a route (<c>@app.get("/x")</c>), a signal receiver, a task —
    /// so it is used without being named (Python).
    /// </summary>
    public bool IsRegistered { get; init; }

    /// <summary>
    /// The unit runs under an in-process fake of the network (Python: moto's <c>@mock_aws</c>, <c>@responses.activate</c>,
    /// <c>with respx.mock:</c>): its requests, and those of the helpers it runs, never leave the process.
    /// </summary>
    public bool FakesNetwork { get; init; }

    /// <summary>
    /// It defines a function and hands it out: a decorator's wrapper, or a factory of decorators (Python
    /// <c>def fails_with(e): def accepts(f): …</c>, and <c>fails = fails_with(AssertionError)</c>). A test it decorates runs
    /// inside it.
    /// </summary>
    public bool DefinesWrapper { get; init; }

    /// <summary>
    /// Where a call may reach it from (C#): a private method only from its own type and the types nested in it (or the other
    /// parts of a partial type), a member of a <c>file</c> type only from its file. A same-named call elsewhere is another method.
    /// </summary>
    public UnitReach Reach { get; init; }

    /// <summary>
    /// Python: the first comparison written as a statement (<c>console.get_style("x") == Style(bold=True)</c> without
    /// <c>assert</c>): computed and thrown away, the check its author meant is missing.
    /// </summary>
    public SourceSnippet? DiscardedComparison { get; init; }

    [MemoryPackIgnore]
    public string QualifiedName => Container is null ? Name : $"{Container}.{Name}";
}

/// <summary>A line of source and its text (shortened).</summary>
[MemoryPackable]
public sealed partial record SourceSnippet(int Line, string Text);

[MemoryPackable]
public sealed partial record Assertion(
    int Line,
    int Column,
    AssertionLevel Level,
    AssertionKind Kind,
    string Api,
    string Text,
    AssertionTraits Traits = AssertionTraits.None,
    string? Subject = null);

/// <summary>A mock created with a library (or patched in place).</summary>
[MemoryPackable]
public sealed partial record MockUsage(
    int Line,
    int Column,
    string Library,
    string? MockedType,
    string? Variable,
    MockTraits Traits,
    string Text)
{
    /// <summary>Wildcard member in <see cref="VerifiedMembers"/>: every set-up member was verified (VerifyAll, Verify()).</summary>
    public const string AllMembers = "*";

    /// <summary>
    /// Members given behaviour (<c>Setup(x =&gt; x.SaveAsync(…))</c>, <c>sub.SaveAsync(…).Returns(…)</c>,
    /// <c>A.CallTo(() =&gt; f.SaveAsync(…)).Returns(…)</c>, <c>mock.save.return_value = …</c>), by simple name, distinct.
    /// </summary>
    public ImmutableArray<string> ConfiguredMembers { get; init; } = [];

    /// <summary>
    /// Members whose calls were verified (<c>Verify(x =&gt; x.SaveAsync(…))</c>, <c>Received().SaveAsync(…)</c>,
    /// <c>.MustHaveHappened()</c>, <c>mock.save.assert_called_once_with(…)</c>), by simple name, distinct;
    /// <see cref="AllMembers"/> when a verification covers every set-up member.
    /// </summary>
    public ImmutableArray<string> VerifiedMembers { get; init; } = [];

    public bool Equals(MockUsage? other) =>
        other is not null && Line == other.Line && Column == other.Column && Library == other.Library && MockedType == other.MockedType
        && Variable == other.Variable && Traits == other.Traits && Text == other.Text
        && ConfiguredMembers.SequenceEqual(other.ConfiguredMembers) && VerifiedMembers.SequenceEqual(other.VerifiedMembers);

    public override int GetHashCode() => HashCode.Combine(Line, Column, Library, MockedType, Variable, Traits, Text);
}

/// <summary>
/// A call the unit makes. <see cref="Command"/> is what an <c>Execute…</c>/<c>Send…</c> call runs when the code says so: the
/// first word of a command string (<c>execute_command("EXISTS", k)</c> → EXISTS, <c>Execute("SELECT …")</c> → SELECT) or the
/// HTTP method of the request it sends (<c>ExecuteAsync(new RestRequest(url, Method.Get))</c> → GET); null otherwise.
/// <see cref="RunsDelegate"/>: an <c>Execute…</c> call whose work is a delegate the test writes itself — a lambda, an anonymous
/// method or a method of the test's class (<c>policy.Execute(() => …)</c>, <c>pipeline.ExecuteAsync(static _ => …)</c>): the call
/// carries the test's own code, whose calls are recorded on their own.
/// <see cref="Handler"/> is the test code's own function a request on an in-process client goes to (<c>MockTransport(echo)</c>,
/// a route the test declares on its app): a helper's name, or <c>@start-end</c> line spans of functions nested in the unit,
/// comma-separated; null otherwise.
/// </summary>
[MemoryPackable]
public sealed partial record CallSite(
    int Line,
    string Name,
    string? Receiver,
    CallKind Kind,
    string? AssignedTo = null,
    int Arguments = 0,
    string? Command = null,
    bool RunsDelegate = false,
    string? Handler = null);

[MemoryPackable]
public sealed partial record ResourceTouch(int Line, ResourceKind Kind, string Evidence);

/// <summary>
/// A skip. <see cref="Guard"/> says why a run-time skip is not a missing environment, when it is not: "outside CI" (the
/// skip cannot happen in CI, where the test fails instead), "backend capability" (the backend the suite is run against
/// lacks the feature: a test-matrix choice). FH1506 does not report a guarded skip. On a C# declared skip it says the
/// declaration is conditional ("condition": xUnit v3's <c>SkipWhen</c>/<c>SkipUnless</c>; "until a date": NUnit's <c>Until</c>):
/// the test still runs at times.
/// </summary>
[MemoryPackable]
public sealed partial record SkipSite(int Line, SkipKind Kind, string? Reason, string? Guard = null);

[MemoryPackable]
public sealed partial record TypeDeclaration(
    string Name,
    int Line,
    int EndLine,
    ImmutableArray<string> BaseTypes,
    int MemberCount,
    bool HasTests,
    bool IsFakeShaped)
{
    /// <summary>
    /// The test framework finds and runs the type itself, so nothing references it by name: assembly or global set-up
    /// ([AssemblyInitialize], NUnit [SetUpFixture]), xUnit [CollectionDefinition], a [TestClass] without tests yet, or a
    /// Python class a decorator registers with an object (<c>@registry.register</c>).
    /// </summary>
    public bool IsFrameworkHook { get; init; }

    /// <summary>A C# <c>partial</c> declaration: one part of a type whose other parts may be in other files.</summary>
    public bool IsPartial { get; init; }

    /// <summary>Declares C# extension methods (<c>this</c> parameters or an <c>extension</c> block): used through its methods' names.</summary>
    public bool HasExtensionMethods { get; init; }

    /// <summary>
    /// Documentation sample code: the type is inside, or holds, a snippet block the docs build copies (MarkdownSnippets'
    /// <c>#region sample_…</c>/<c>#region snippet_…</c> or <c>// begin-snippet: …</c>, DocFX's <c>// &lt;snippet…&gt;</c>).
    /// </summary>
    public bool IsDocSample { get; init; }

    /// <summary>
    /// Inside, or holding, a <c>#region</c> named by one word (<c>#region retry-usage</c>): MarkdownSnippets' snippet key when the
    /// repository has an <c>mdsnippets.json</c> — documentation sample code then, like <see cref="IsDocSample"/>.
    /// </summary>
    public bool InKeyedRegion { get; init; }

    /// <summary>
    /// Shaped like a concrete test class that runs the tests of its base class (C#: public, neither abstract nor static, no
    /// tests of its own, a base class named like a test suite — <c>…Tests</c>, <c>…TestBase</c>, <c>…Compliance</c>,
    /// <c>…Conformance</c> — or taking a <c>…Fixture</c> type argument, or its own name ending in <c>Tests</c>/<c>Specs</c>/
    /// <c>Compliance</c>/<c>Conformance</c>): <c>class stream_archiving_compliance : StreamArchivingCompliance&lt;StoreFixture&gt;;</c>.
    /// When that base is not declared in the audited tree (a package's test suite), the runner runs the inherited tests here.
    /// </summary>
    public bool MayInheritTests { get; init; }

    /// <summary>
    /// The fixture types the class asks xUnit for (<c>IClassFixture&lt;StubServer&gt;</c>, <c>ICollectionFixture&lt;T&gt;</c>,
    /// <c>IAssemblyFixture&lt;T&gt;</c>): xUnit constructs them, so their set-up runs for the tests, whatever they are named.
    /// </summary>
    public ImmutableArray<string> FixtureArguments { get; init; } = [];

    /// <summary>
    /// C#, a top-level type: test methods in it, or in types nested in it, that the framework never runs because a type
    /// around them is not public (see <see cref="SourceFileModel.NeverRunTests"/>). Unused, the type is not a helper to
    /// delete but tests to make public (FH1801).
    /// </summary>
    public int NeverRunTests { get; init; }

    /// <summary>
    /// C#, a public concrete type without tests: it has a public method named as a message framework's convention wants a
    /// handler's (<c>Handle</c>, <c>Handles</c>, <c>HandleAsync</c>, <c>Consume</c>, <c>ConsumeAsync</c>…, a saga's <c>Start</c>/<c>Orchestrate</c>/<c>NotFound</c>).
    /// Wolverine finds such a type named <c>…Handler</c>/<c>…Consumer</c> by scanning (FH1801).
    /// </summary>
    public bool HasHandlerMethods { get; init; }

    /// <summary>C#, a public concrete type without tests: the attributes on it and on its methods, without the <c>Attribute</c> suffix (<c>WolverineGet</c>, <c>WolverineHandler</c>).</summary>
    public ImmutableArray<string> Attributes { get; init; } = [];
}

[MemoryPackable]
public sealed partial record LiteralValue(int Line, string Value, string? Context);

/// <summary>A default a test gives a setting: <c>GetEnvironmentVariable("X") ?? "d"</c>, <c>os.environ.get("X", "d")</c>, constants.</summary>
[MemoryPackable]
public sealed partial record ConfigDefault(int Line, string Key, string Value, string Source);

[MemoryPackable]
public sealed partial record MockFallback(int Line, string Container, string Evidence);

/// <summary>
/// One rule silenced in code. <see cref="Line"/> is where the suppression is written; findings of <see cref="RuleId"/>
/// reported on a line from <see cref="FromLine"/> to <see cref="ToLine"/> are suppressed. <see cref="Reason"/> is null or
/// empty when none was given (reported as FH1904). <see cref="Symbol"/> is the member the suppression sits in or covers
/// (Class.Method, Class, or null at file level); it keeps the fingerprints of FH1904/FH1905 stable across line shifts.
/// </summary>
[MemoryPackable]
public sealed partial record Suppression(int Line, string RuleId, string? Reason, int FromLine, int ToLine, string? Symbol = null, SuppressionForm Form = SuppressionForm.Comment);

/// <summary>
/// Why a file was not (fully) read. <see cref="Skipped"/>: not audited at all (binary, too large, unreadable). A syntax error
/// otherwise: C# recovers and what parsed is audited; a Python file that does not parse yields nothing, and
/// <see cref="UnauditedTests"/> counts its <c>def test…</c> lines, the tests the audit lost.
/// </summary>
[MemoryPackable]
public sealed partial record ParseProblem(int Line, int Column, string Message, bool Skipped, int UnauditedTests = 0);
