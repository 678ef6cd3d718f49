using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Analyses.Infrastructure;

/// <summary>A piece of test infrastructure: a type without tests, a module-level helper function, or a pytest fixture.</summary>
public sealed record InfrastructureItem(
    string Name,
    string Kind,
    string Category,
    SourceFileModel File,
    int Line,
    int EndLine,
    int Usages,
    bool AlwaysUsed)
{
    public int Lines => Math.Max(1, EndLine - Line + 1);

    /// <summary>A type holding test methods the framework never runs (<see cref="TypeDeclaration.NeverRunTests"/>).</summary>
    public int NeverRunTests { get; init; }

    /// <summary>Documentation sample code the docs build copies (a snippet region): used by the docs, and no infrastructure of tests.</summary>
    public bool IsDocSample { get; init; }
}

/// <summary>
/// Finds the non-test code of the audited test trees and counts who uses it. Usages are places outside the item
/// itself that name it: other files whose identifiers include it, units of its own file that call, construct, derive
/// from or mock it, tests and fixtures that receive it as a pytest fixture parameter, and string literals equal to a
/// fixture's name (<c>@pytest.mark.usefixtures("db")</c>). Within its own file a type or function also counts as used when
/// the file uses its name anywhere else (<see cref="SourceFileModel.ReferencedNames"/>: a type argument, a cast, a
/// variable's type, a list element, a function passed as a value). A declaration of the same name elsewhere is not a use.
/// </summary>
public static partial class InfrastructureInventory
{
    public const string Fake = "fake";
    public const string Fixture = "fixture";
    public const string BaseClass = "base class";
    public const string Builder = "builder";
    public const string Polling = "polling/wait helper";
    public const string Locator = "service locator";
    public const string Helper = "helper";

    private static readonly FrozenSet<string> FixtureInterfaces = new[] { "IAsyncLifetime", "IClassFixture", "ICollectionFixture", "IAssemblyFixture" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> XunitStyleSetup = new[]
    {
        "setUp", "tearDown", "setUpClass", "tearDownClass", "asyncSetUp", "asyncTearDown", "setup_method", "teardown_method", "setup_class",
        "teardown_class", "setup_module", "teardown_module", "setUpModule", "tearDownModule", "setup_function", "teardown_function", "setup", "teardown",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Module-level functions pytest (and unittest: <c>setUpModule</c>) call by name around a test module's tests. Only in a
    /// module with tests: elsewhere (a helper module, a conftest) nothing calls them.
    /// </summary>
    private static readonly FrozenSet<string> XunitModuleHooks = new[]
    {
        "setup_module", "teardown_module", "setUpModule", "tearDownModule", "setup_function", "teardown_function",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The name a string points at: the last segment of a dotted path (<c>"tests.app.hello"</c> → hello, as
    /// <c>mock.patch</c> and routing strings name functions), before an assembly or member suffix
    /// (<c>"Ns.Accessors::Get, Tests"</c> → Accessors), or the object of a Python entry-point path
    /// (<c>"tests.pkgs.app:RootFactory"</c> → RootFactory, <c>"pkg.mod:Class.method"</c> → Class).
    /// </summary>
    internal static string NamedIn(string literal)
    {
        var text = literal.AsSpan();
        if (text.IndexOf(',') is var comma and > 0)
        {
            text = text[..comma];
        }

        if (text.IndexOf("::", StringComparison.Ordinal) is var member and > 0)
        {
            text = text[..member];
        }
        else if (text.IndexOf(':') is var colon and > 0 && EntryPoint().IsMatch(text))
        {
            text = text[(colon + 1)..];
            return (text.IndexOf('.') is var dot and > 0 ? text[..dot] : text).ToString();
        }

        text = text.Trim();
        return text[(text.LastIndexOf('.') + 1)..].ToString();
    }

    /// <summary>Types the compiler uses by name when a project targets an older framework (init accessors, required members).</summary>
    private static readonly FrozenSet<string> CompilerPolyfills = new[]
    {
        "IsExternalInit", "RequiredMemberAttribute", "CompilerFeatureRequiredAttribute", "SetsRequiredMembersAttribute", "ModuleInitializerAttribute",
        "CallerArgumentExpressionAttribute", "NotNullWhenAttribute", "MaybeNullWhenAttribute", "NotNullIfNotNullAttribute", "DoesNotReturnAttribute",
        "MemberNotNullAttribute", "MemberNotNullWhenAttribute", "AllowNullAttribute", "DisallowNullAttribute", "MaybeNullAttribute", "NotNullAttribute",
        "InterpolatedStringHandlerAttribute", "InterpolatedStringHandlerArgumentAttribute", "SkipLocalsInitAttribute", "UnscopedRefAttribute",
    }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^\.*[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*:[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex EntryPoint();

    [GeneratedRegex(@"(wait_?for|wait_?until|poll|retry|retries|eventually|until_?ready|is_?ready|await_?ready|ensure_?ready|readiness|port_?open|is_?port|wait_?port|wait_?http|wait_?healthy)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex PollingName();

    [GeneratedRegex(@"(Builder|Factory|Mother|Generator)$|^(make|build|create|given|an?)_|^(Make|Build|Create|Given)[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex BuilderName();

    [GeneratedRegex(@"(Locator|ServiceProvider|Registry)$|^(Service|Services)$|locator", RegexOptions.CultureInvariant)]
    private static partial Regex LocatorName();

    public static List<InfrastructureItem> Build(AuditInput input)
    {
        var fakes = input.FakeTypes.Select(f => (f.File.Path, f.Type.Name)).ToHashSet();
        var baseNames = input.Files.SelectMany(f => f.Types.Where(t => t.HasTests).SelectMany(t => t.BaseTypes)).ToHashSet(StringComparer.Ordinal);
        var referencedBy = ReferencingFiles(input.Files);
        var parameters = input.Files
            .SelectMany(f => f.Units.SelectMany(u => u.Parameters.Select(p => (Name: p, Unit: u))))
            .ToLookup(x => x.Name, x => x.Unit, StringComparer.Ordinal);
        var literals = input.Files.SelectMany(f => f.Literals.Select(l => l.Value)).ToHashSet(StringComparer.Ordinal);
        var literalNames = literals.Select(NamedIn).ToHashSet(StringComparer.Ordinal);
        var testClasses = TestClasses(input.Files);
        var enumerated = SubclassesEnumerated(input.Files);
        var foundByRuntime = FoundByRuntime(input.Files);
        var partialsRunningTests = input.Files
            .SelectMany(f => f.Types.Where(t => t.IsPartial && RunsTests(f, t, testClasses)).Select(t => (f.Language, t.Name)))
            .ToHashSet();

        var items = new List<InfrastructureItem>();
        for (var fileIndex = 0; fileIndex < input.Files.Length; fileIndex++)
        {
            var file = input.Files[fileIndex];
            if (input.PythonDataFiles.Contains(file))
            {
                continue; // an input of the tool under test (tests/data/cases/*.py), read by path: not infrastructure
            }

            var typeNames = file.Types.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
            var mentions = new Lazy<Dictionary<string, List<CodeUnit>>>(() => MentionIndex(file));
            foreach (var type in file.Types.Where(t => !IsNested(file, t) && !RunsTests(file, t, testClasses)
                                                       && !(t.IsPartial && partialsRunningTests.Contains((file.Language, t.Name)))))
            {
                var methods = file.Units.Where(u => u.Container == type.Name).ToList();
                var category = fakes.Contains((file.Path, type.Name)) ? Fake
                    : IsFixtureType(type) ? Fixture
                    : baseNames.Contains(type.Name) || type.Name.EndsWith("Base", StringComparison.Ordinal) || type.Name.StartsWith("Base", StringComparison.Ordinal) ? BaseClass
                    : PollingName().IsMatch(type.Name) || (methods.Any(m => m.Kind == CodeUnitKind.Helper && PollingName().IsMatch(m.Name)) && methods.Count(m => m.Kind == CodeUnitKind.Helper) <= 3) ? Polling
                    : BuilderName().IsMatch(type.Name) ? Builder
                    : LocatorName().IsMatch(type.Name) ? Locator
                    : Helper;
                var inFile = mentions.Value.GetValueOrDefault(type.Name, []).Count(u => u.Container != type.Name)
                             + file.Types.Count(t => t.Name != type.Name && t.BaseTypes.Contains(type.Name));
                if (inFile == 0 && file.ReferencedNames.Contains(type.Name))
                {
                    inFile = 1; // used in its own file beyond calls and constructions: a type argument, a cast, a list element, a metaclass
                }

                var usages = OtherFiles(referencedBy.GetValueOrDefault(type.Name), fileIndex) + inFile;
                if (usages == 0 && AppliedName(file, type) is { } applied)
                {
                    usages = OtherFiles(referencedBy.GetValueOrDefault(applied), fileIndex) + (file.ReferencedNames.Contains(applied) ? 1 : 0);
                }

                if (usages == 0 && file.Language == SourceLanguage.CSharp && (type.HasExtensionMethods || type.Name.EndsWith("Extensions", StringComparison.Ordinal)))
                {
                    // Extension methods are called on the extended value (builder.HasSqliteDefaults()), never through their class.
                    usages = methods.Sum(m => OtherFiles(referencedBy.GetValueOrDefault(m.Name), fileIndex) + mentions.Value.GetValueOrDefault(m.Name, []).Count(u => u.Container != type.Name));
                }

                if (usages == 0 && literalNames.Contains(type.Name))
                {
                    usages = 1; // named in a string: [XunitTestCaseDiscoverer("Tests.SkippableFactDiscoverer", "Tests")], Type.GetType("…")
                }

                var docSample = type.IsDocSample || (type.InKeyedRegion && input.UsesMarkdownSnippets);
                var alwaysUsed = type.IsFrameworkHook || docSample || IsController(file, type) || foundByRuntime.Contains((file.Path, type.Name)) || enumerated.Contains((file.Language, type.Name)) || CompilerPolyfills.Contains(type.Name) || methods.Any(m => m.Name == "Main");
                items.Add(new InfrastructureItem(type.Name, "type", category, file, type.Line, type.EndLine, usages, alwaysUsed) { NeverRunTests = type.NeverRunTests, IsDocSample = docSample });
            }

            foreach (var unit in file.Units.Where(u => u.Kind != CodeUnitKind.Test && (u.Container is null || !typeNames.Contains(u.Container))))
            {
                if (unit.Kind == CodeUnitKind.Setup)
                {
                    if (file.Language != SourceLanguage.Python || XunitStyleSetup.Contains(unit.Name) || unit.Name.StartsWith('('))
                    {
                        continue;
                    }

                    var fixtureUsages = parameters[unit.Name].Count(u => !ReferenceEquals(u, unit)) + (literals.Contains(unit.Name) ? 1 : 0);
                    var autouse = unit.Traits.Any(t => t.Name.Equals("autouse", StringComparison.OrdinalIgnoreCase));
                    items.Add(new InfrastructureItem(unit.Name, "fixture", PollingName().IsMatch(unit.Name) ? Polling : Fixture, file, unit.Line, unit.EndLine, fixtureUsages, autouse));
                    continue;
                }

                if (unit.Name.StartsWith("pytest_", StringComparison.Ordinal))
                {
                    continue; // pytest hooks are called by pytest, never by name.
                }

                if (file.Language == SourceLanguage.Python && unit.Container == Path.GetFileNameWithoutExtension(file.Path)
                    && XunitModuleHooks.Contains(unit.Name) && file.Units.Any(u => u.Kind == CodeUnitKind.Test))
                {
                    continue; // xunit-style module set-up (setup_function, teardown_module): run by the runner around the module's tests.
                }

                var category = PollingName().IsMatch(unit.Name) ? Polling : BuilderName().IsMatch(unit.Name) ? Builder : Helper;
                var usages = OtherFiles(referencedBy.GetValueOrDefault(unit.Name), fileIndex) + mentions.Value.GetValueOrDefault(unit.Name, []).Count(u => !ReferenceEquals(u, unit));
                if (usages == 0 && (file.ReferencedNames.Contains(unit.Name) || literalNames.Contains(unit.Name)))
                {
                    usages = 1; // named in its own file without a call: passed as a value (MockTransport(handler)), a method group
                }

                if (usages == 0 && unit.Name == "includeme" && file.Language == SourceLanguage.Python
                    && ModuleName(file.Path) is { Length: > 0 } module && (literalNames.Contains(module) || OtherFiles(referencedBy.GetValueOrDefault(module), fileIndex) > 0))
                {
                    usages = 1; // Pyramid's config.include("tests.pkgs.app") calls the module's includeme
                }
                items.Add(new InfrastructureItem(unit.Name, "function", category, file, unit.Line, unit.EndLine, usages, unit.IsRegistered));
            }
        }

        return items;
    }

    /// <summary>A Python file's module name: its stem, or its package's folder for an <c>__init__.py</c>.</summary>
    private static string ModuleName(string path)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        if (stem != "__init__")
        {
            return stem;
        }

        var folder = Path.GetDirectoryName(path.Replace('\\', '/')) ?? "";
        return Path.GetFileName(folder);
    }

    /// <summary>Calls that register every matching type of an assembly: MediatR, FluentValidation, MassTransit, Scrutor, AutoMapper, Autofac.</summary>
    private static readonly FrozenSet<string> ScanVerbs = new[]
    {
        "RegisterServicesFromAssembly", "RegisterServicesFromAssemblies", "RegisterServicesFromAssemblyContaining", "AddMediatR",
        "AddValidatorsFromAssembly", "AddValidatorsFromAssemblies", "AddValidatorsFromAssemblyContaining",
        "AddConsumers", "AddConsumersFromNamespaceContaining", "AddSagas", "AddSagaStateMachines", "AddActivities",
        "AddClasses", "AddMaps", "AddAutoMapper", "RegisterAssemblyTypes",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Framework base classes whose subclasses an assembly scan registers (FluentValidation, AutoMapper, MassTransit, Autofac's modules).</summary>
    private static readonly FrozenSet<string> ScannedBases = new[]
    {
        "AbstractValidator", "Profile", "MassTransitStateMachine", "SagaStateMachine", "ConsumerDefinition", "SagaDefinition", "Module",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Handler-shaped interfaces a scan registers and a framework dispatches to: IRequestHandler, INotificationHandler, IConsumer, IValidator, IPipelineBehavior…</summary>
    [GeneratedRegex(@"^I[A-Z]\w*(Handler|Consumer|Validator|Behavior|Behaviour|PreProcessor|PostProcessor)$", RegexOptions.CultureInvariant)]
    private static partial Regex HandlerInterface();

    /// <summary>
    /// C# classes the runtime finds and activates without anyone naming them, as (file, type):
    /// <list type="bullet">
    /// <item>an Orleans grain (it derives from <c>Grain</c> or implements an <c>IGrain…</c> interface, at any depth) that
    /// implements an interface the tree asks for by type (<c>GetGrain&lt;IEchoGrain&gt;()</c>): the runtime activates it;</item>
    /// <item>in a project that scans assemblies (<see cref="ScanVerbs"/>: <c>cfg.RegisterServicesFromAssembly(…)</c>,
    /// <c>AddValidatorsFromAssembly</c>, <c>AddConsumers</c>, Scrutor's <c>AddClasses</c>), a class implementing a
    /// handler-shaped framework interface (<see cref="HandlerInterface"/>) or deriving from a scanned base
    /// (<see cref="ScannedBases"/>), or implementing an interface the tree resolves (<c>GetRequiredService&lt;IFoo&gt;()</c>).</item>
    /// </list>
    /// A class that only implements an interface the tests mention (a <c>FakeClock : IClock</c> beside <c>Mock&lt;IClock&gt;</c>)
    /// is not one: nothing would find it.
    /// </summary>
    private static HashSet<(string, string)> FoundByRuntime(ImmutableArray<SourceFileModel> files)
    {
        var found = new HashSet<(string, string)>();
        var resolved = new HashSet<string>(StringComparer.Ordinal);
        var scanning = new HashSet<string?>(StringComparer.Ordinal);
        var conventional = new HashSet<string?>(StringComparer.Ordinal);
        var bases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<SourceFileModel>? scannedAnchors = null;
        foreach (var file in files)
        {
            if (file.Language != SourceLanguage.CSharp)
            {
                continue;
            }

            resolved.UnionWith(file.ResolvedTypes);
            if (IsConventionFramework(file.Project) || file.Imports.Any(IsConventionFramework))
            {
                conventional.Add(file.Project);
            }

            if (!scanning.Contains(file.Project) && file.Units.Any(u => u.Calls.Any(c => IsRegistrationScan(c.Name))))
            {
                scanning.Add(file.Project);
            }

            if (!file.AssemblyOfTypes.IsEmpty && file.Units.Any(u => u.Calls.Any(c => IsRegistrationScan(c.Name))))
            {
                (scannedAnchors ??= []).Add(file);
            }

            foreach (var type in file.Types)
            {
                if (!type.BaseTypes.IsEmpty)
                {
                    if (!bases.TryGetValue(type.Name, out var list))
                    {
                        bases[type.Name] = list = [];
                    }

                    list.AddRange(type.BaseTypes);
                }
            }
        }

        if (resolved.Count == 0 && scanning.Count == 0 && conventional.Count == 0 && scannedAnchors is null)
        {
            return found;
        }

        var scannedProjects = ScannedProjects(files, scannedAnchors);

        foreach (var file in files)
        {
            if (file.Language != SourceLanguage.CSharp)
            {
                continue;
            }

            var scans = scanning.Contains(file.Project);
            var byConvention = conventional.Contains(file.Project);
            var scanned = file.Project is not null && scannedProjects.Contains(file.Project);
            foreach (var type in file.Types)
            {
                if (scanned && !type.HasTests)
                {
                    found.Add((file.Path, type.Name)); // a project that exists to be scanned: the tests find its types by reflection
                    continue;
                }

                if (byConvention && !type.HasTests && FoundByConvention(type, bases))
                {
                    found.Add((file.Path, type.Name));
                    continue;
                }

                if (type.HasTests || type.BaseTypes.IsEmpty)
                {
                    continue;
                }

                var ancestors = Ancestors(type, bases);
                var isGrain = ancestors.Any(a => a == "Grain" || (a.StartsWith("IGrain", StringComparison.Ordinal) && a.Length > 6 && char.IsUpper(a[6])));
                if (((isGrain || scans) && ancestors.Overlaps(resolved))
                    || ((scans || byConvention) && ancestors.Any(a => ScannedBases.Contains(a) || HandlerInterface().IsMatch(a))))
                {
                    found.Add((file.Path, type.Name));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A namespace of a framework that finds its handlers by convention when the host starts: Wolverine (and its <c>Wolverine.*</c>
    /// packages), imported by a file, or the project's own (root namespace) when it is named so.
    /// </summary>
    private static bool IsConventionFramework(string? name) =>
        name is not null && name.StartsWith("Wolverine", StringComparison.Ordinal) && (name.Length == 9 || name[9] == '.');

    /// <summary>
    /// A type Wolverine finds in the assemblies it scans: a public class named <c>…Handler</c>/<c>…Consumer</c> or deriving
    /// from <c>Saga</c> with <c>Handle</c>/<c>Consume</c>/<c>Start</c>… methods, one marked <c>[WolverineHandler]</c> (or with
    /// HTTP endpoint methods, <c>[WolverineGet]</c>…) or implementing <c>IWolverineHandler</c>, and its pre-generated handler
    /// code (derived from <c>MessageHandler</c>/<c>HttpHandler</c>), loaded by name.
    /// </summary>
    private static bool FoundByConvention(TypeDeclaration type, Dictionary<string, List<string>> bases)
    {
        if (type.Attributes.Any(a => a.StartsWith("Wolverine", StringComparison.Ordinal)))
        {
            return true;
        }

        if (type.HasHandlerMethods && (type.Name.EndsWith("Handler", StringComparison.Ordinal) || type.Name.EndsWith("Consumer", StringComparison.Ordinal)))
        {
            return true;
        }

        if (type.BaseTypes.IsEmpty)
        {
            return false;
        }

        var ancestors = Ancestors(type, bases);
        return ancestors.Contains("IWolverineHandler") || ancestors.Contains("MessageHandler") || ancestors.Contains("HttpHandler")
               || (type.HasHandlerMethods && ancestors.Contains("Saga"));
    }

    /// <summary>
    /// Projects without tests whose assembly a scanning file of another project takes (<c>typeof(AComponent).Assembly</c>
    /// handed to <c>RegisterAssemblyModules</c>, <c>RegisterAssemblyTypes</c>): a scenario assembly the tests scan, whose
    /// types are all used by being found. Reflection alone (<c>Assembly.GetTypes()</c> filtered down to one type, an
    /// assembly's location) is not such a scan.
    /// </summary>
    private static HashSet<string> ScannedProjects(ImmutableArray<SourceFileModel> files, List<SourceFileModel>? anchors)
    {
        var projects = new HashSet<string>(StringComparer.Ordinal);
        if (anchors is null)
        {
            return projects;
        }

        var wanted = anchors.SelectMany(f => f.AssemblyOfTypes).ToHashSet(StringComparer.Ordinal);
        var declaredIn = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var withTests = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Language != SourceLanguage.CSharp || file.Project is null)
            {
                continue;
            }

            if (file.Types.Any(t => t.HasTests))
            {
                withTests.Add(file.Project);
            }

            foreach (var type in file.Types)
            {
                if (wanted.Contains(type.Name))
                {
                    if (!declaredIn.TryGetValue(type.Name, out var set))
                    {
                        declaredIn[type.Name] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(file.Project);
                }
            }
        }

        foreach (var file in anchors)
        {
            foreach (var type in file.AssemblyOfTypes)
            {
                if (declaredIn.TryGetValue(type, out var declaring) && declaring.Count == 1 && declaring.First() is var project
                    && project != file.Project && !withTests.Contains(project))
                {
                    projects.Add(project);
                }
            }
        }

        return projects;
    }

    /// <summary>
    /// A call that registers what it finds in an assembly: a known one (<see cref="ScanVerbs"/>), or a registration,
    /// addition or selection named after assemblies (Autofac's <c>RegisterAssemblyModules</c>, Scrutor's <c>FromAssemblyOf</c>, <c>AddFromAssembly</c>).
    /// </summary>
    private static bool IsRegistrationScan(string name) => ScanVerbs.Contains(name) || ScanName().IsMatch(name);

    [GeneratedRegex(@"^(Register|Add|Scan|From)\w*Assembl(y|ies)", RegexOptions.CultureInvariant)]
    private static partial Regex ScanName();

    /// <summary>A type's base types and interfaces at any depth, through the types declared in the tree (by simple name).</summary>
    private static HashSet<string> Ancestors(TypeDeclaration type, Dictionary<string, List<string>> bases)
    {
        var ancestors = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(type.BaseTypes);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (name != type.Name && ancestors.Add(name) && bases.TryGetValue(name, out var more))
            {
                foreach (var b in more)
                {
                    pending.Push(b);
                }
            }
        }

        return ancestors;
    }

    /// <summary>
    /// Types with tests of their own, concrete test classes whose test-suite base is not declared in the tree
    /// (<see cref="TypeDeclaration.MayInheritTests"/>: a package's compliance suite), types that inherit tests from one of those at any depth, and Python classes pytest
    /// collects (<c>Test*</c>): a concrete test class that only derives from a test base
    /// (<c>class QuerySqliteTest : QueryTestBase&lt;Fixture&gt;;</c>, <c>class TestDictStore(StoreContract): ...</c>) is what
    /// the test runner runs, not infrastructure nobody uses.
    /// </summary>
    internal static HashSet<(SourceLanguage, string)> TestClasses(ImmutableArray<SourceFileModel> files)
    {
        var testClasses = files.SelectMany(f => f.Types.Where(t => HasOwnTests(f.Language, t)).Select(t => (f.Language, t.Name))).ToHashSet();
        var declared = files.SelectMany(f => f.Types.Select(t => (f.Language, t.Name))).ToHashSet();
        foreach (var file in files)
        {
            foreach (var type in file.Types)
            {
                if (type.MayInheritTests && !declared.Contains((file.Language, type.BaseTypes[0])))
                {
                    testClasses.Add((file.Language, type.Name)); // runs the tests of a package's test suite: class X : StreamArchivingCompliance<Fixture>;
                }
            }
        }

        var others = files.SelectMany(f => f.Types.Where(t => !HasOwnTests(f.Language, t) && !t.BaseTypes.IsEmpty).Select(t => (f.Language, Type: t))).ToList();
        for (var added = true; added;)
        {
            added = false;
            foreach (var (language, type) in others)
            {
                if (!testClasses.Contains((language, type.Name)) && type.BaseTypes.Any(b => testClasses.Contains((language, b))))
                {
                    added |= testClasses.Add((language, type.Name));
                }
            }
        }

        return testClasses;
    }

    /// <summary>
    /// Python classes found at run time through a base class that enumerates its subclasses
    /// (<c>for sub in cls.__subclasses__(): …</c>, <c>Plugin.__subclasses__()</c>): the subclasses of that base at any depth.
    /// The base is the class whose method calls it on <c>cls</c>/<c>self</c>, or the class it is called on.
    /// </summary>
    private static HashSet<(SourceLanguage, string)> SubclassesEnumerated(ImmutableArray<SourceFileModel> files)
    {
        var bases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Language == SourceLanguage.Python))
        {
            foreach (var unit in file.Units)
            {
                foreach (var call in unit.Calls.Where(c => c.Name == "__subclasses__"))
                {
                    var enumerated = call.Receiver is null or "cls" or "self" ? unit.Container : call.Receiver;
                    if (enumerated is not null)
                    {
                        bases.Add(enumerated);
                    }
                }
            }
        }

        var found = new HashSet<(SourceLanguage, string)>();
        if (bases.Count == 0)
        {
            return found;
        }

        var derived = files.Where(f => f.Language == SourceLanguage.Python)
            .SelectMany(f => f.Types.Where(t => !t.BaseTypes.IsEmpty))
            .ToList();
        for (var added = true; added;)
        {
            added = false;
            foreach (var type in derived)
            {
                if (!bases.Contains(type.Name) && type.BaseTypes.Any(bases.Contains))
                {
                    added = bases.Add(type.Name);
                    found.Add((SourceLanguage.Python, type.Name));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Whether this declaration runs tests: its own, inherited from a test class (<see cref="TestClasses"/>), or those of
    /// the test classes nested in it (xUnit's nested classes, one per scenario). Judged per declaration: another type of
    /// the same name elsewhere (a <c>TraceWriter</c> sample test and a <c>TraceWriter</c> test object) is not one.
    /// </summary>
    private static bool RunsTests(SourceFileModel file, TypeDeclaration type, HashSet<(SourceLanguage, string)> testClasses)
    {
        return Own(type) || file.Types.Any(inner => IsInside(inner, type) && Own(inner));

        bool Own(TypeDeclaration t) => HasOwnTests(file.Language, t) || t.BaseTypes.Any(b => testClasses.Contains((file.Language, b)))
                                       || (t.MayInheritTests && testClasses.Contains((file.Language, t.Name)));
    }

    /// <summary>Test methods of its own, or a Python class pytest collects by its name.</summary>
    private static bool HasOwnTests(SourceLanguage language, TypeDeclaration type) =>
        type.HasTests || (language == SourceLanguage.Python && type.Name.StartsWith("Test", StringComparison.Ordinal));

    /// <summary>
    /// For every name an item can have (a type without tests, a function that is not a test), the indexes of the files that
    /// name it, ascending. Only those names are followed: a set of files for every identifier of every file was most of
    /// this section's time on big trees.
    /// </summary>
    private static Dictionary<string, List<int>?> ReferencingFiles(ImmutableArray<SourceFileModel> files)
    {
        var referencedBy = new Dictionary<string, List<int>?>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var type in file.Types)
            {
                if (!type.HasTests)
                {
                    referencedBy.TryAdd(type.Name, null);
                    if (AppliedName(file, type) is { } applied)
                    {
                        referencedBy.TryAdd(applied, null);
                    }
                }
            }

            foreach (var unit in file.Units)
            {
                if (unit.Kind != CodeUnitKind.Test)
                {
                    referencedBy.TryAdd(unit.Name, null);
                }
            }
        }

        for (var i = 0; i < files.Length; i++)
        {
            foreach (var name in files[i].ReferencedNames)
            {
                Note(referencedBy, name, i);
            }

            foreach (var unit in files[i].Units)
            {
                foreach (var call in unit.Calls)
                {
                    Note(referencedBy, call.Name, i);
                }
            }
        }

        return referencedBy;

        static void Note(Dictionary<string, List<int>?> referencedBy, string name, int file)
        {
            ref var referencing = ref CollectionsMarshal.GetValueRefOrNullRef(referencedBy, name);
            if (!Unsafe.IsNullRef(ref referencing) && (referencing ??= []) is var list && (list.Count == 0 || list[^1] != file))
            {
                list.Add(file);
            }
        }
    }

    /// <summary>How many files other than the item's own name it (a lookup: a helper every file defines would make a scan quadratic).</summary>
    private static int OtherFiles(List<int>? files, int own) => files is null ? 0 : files.Count - (files.BinarySearch(own) >= 0 ? 1 : 0);

    /// <summary>
    /// Name → the file's units that mention it: call it, call on it, mock it (<c>Mock&lt;Name&gt;</c> or <c>Name&lt;T&gt;</c>)
    /// or take a parameter of that name. Built once per file: asking every unit about every item was units² per file.
    /// </summary>
    private static Dictionary<string, List<CodeUnit>> MentionIndex(SourceFileModel file)
    {
        var index = new Dictionary<string, List<CodeUnit>>(StringComparer.Ordinal);
        foreach (var unit in file.Units)
        {
            void Add(string? name)
            {
                if (name is null)
                {
                    return;
                }

                if (!index.TryGetValue(name, out var units))
                {
                    index[name] = units = [];
                }

                if (units.Count == 0 || !ReferenceEquals(units[^1], unit))
                {
                    units.Add(unit);
                }
            }

            foreach (var call in unit.Calls)
            {
                Add(call.Name);
                Add(call.Receiver);
            }

            foreach (var mock in unit.Mocks)
            {
                if (mock.MockedType is { } type)
                {
                    Add(type);
                    Add(type.IndexOf('<') is var angle and > 0 ? type[..angle] : null);
                }
            }

            foreach (var parameter in unit.Parameters)
            {
                Add(parameter);
            }
        }

        return index;
    }

    /// <summary>A type declared inside another type of the same file belongs to that type, not to the shared infrastructure.</summary>
    private static bool IsNested(SourceFileModel file, TypeDeclaration type) => file.Types.Any(o => IsInside(type, o));

    private static bool IsInside(TypeDeclaration inner, TypeDeclaration outer) =>
        !ReferenceEquals(inner, outer) && outer.Line < inner.Line && outer.EndLine >= inner.EndLine;

    /// <summary>The name an attribute type is applied by: <c>[UseCulture("de-DE")]</c> uses <c>UseCultureAttribute</c>.</summary>
    private static string? AppliedName(SourceFileModel file, TypeDeclaration type) =>
        file.Language == SourceLanguage.CSharp && type.Name.Length > "Attribute".Length && type.Name.EndsWith("Attribute", StringComparison.Ordinal)
            ? type.Name[..^"Attribute".Length]
            : null;

    /// <summary>An ASP.NET controller of a test host: MVC finds it by its name and base class, nothing names it.</summary>
    private static bool IsController(SourceFileModel file, TypeDeclaration type) =>
        file.Language == SourceLanguage.CSharp && type.Name.EndsWith("Controller", StringComparison.Ordinal)
        && type.BaseTypes.Any(b => b.EndsWith("Controller", StringComparison.Ordinal) || b.EndsWith("ControllerBase", StringComparison.Ordinal));

    private static bool IsFixtureType(TypeDeclaration type) =>
        type.Name.EndsWith("Fixture", StringComparison.Ordinal) || type.Name.EndsWith("Fixtures", StringComparison.Ordinal)
        || type.BaseTypes.Any(FixtureInterfaces.Contains);
}
