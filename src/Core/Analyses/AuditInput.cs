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

    public AssertionLevel Strength => Assertions.IsEmpty ? AssertionLevel.None : Assertions.Max(a => a.Level);

    public bool UsesDoubles => !Mocks.IsEmpty || !Fakes.IsEmpty;
}

/// <summary>A construction of a hand-written double (FakeClock, StubGateway, InMemoryStore...).</summary>
public sealed record FakeUsage(string TypeName, string File, int Line, string? DefinedIn);

/// <summary>A hand-written fake, stub or spy class in test code.</summary>
public sealed record FakeType(SourceFileModel File, TypeDeclaration Type, string Kind);

/// <summary>The model of the whole audited tree plus the indexes every analysis shares. Built once, read-only.</summary>
public sealed partial class AuditInput
{
    private const int HelperDepth = 2;

    private readonly FrozenDictionary<string, HelperDefinitions> _helpersByName;

    /// <summary>pytest fixtures of every conftest.py by its folder and name, with the file's position in <see cref="Files"/>.</summary>
    private readonly FrozenDictionary<(string Folder, string Name), ImmutableArray<(int FileIndex, int UnitIndex, CodeUnit Unit)>> _conftestFixtures;

    public AuditInput(string root, AuditConfig config, ImmutableArray<SourceFileModel> files)
    {
        Root = root;
        Config = config;
        Files = files;
        _conftestFixtures = files
            .Select((f, i) => (File: f, Index: i))
            .Where(x => IsConftest(x.File))
            .SelectMany(x => x.File.Units.Select((u, j) => (Folder: FolderOf(x.File.Path), FileIndex: x.Index, UnitIndex: j, Unit: u)).Where(u => u.Unit.Kind == CodeUnitKind.Setup))
            .GroupBy(x => (x.Folder, x.Unit.Name))
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => (x.FileIndex, x.UnitIndex, x.Unit)).ToImmutableArray());
        _helpersByName = files
            .SelectMany(f => f.Units.Where(u => u.Kind == CodeUnitKind.Helper).Select(u => (File: f, Unit: u)))
            .GroupBy(x => x.Unit.Name, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => new HelperDefinitions(g), StringComparer.Ordinal);
        FakeTypes = files
            .SelectMany(f => f.Types.Where(t => !t.HasTests).Select(t => (File: f, Type: t)))
            .Select(x => FakeKind(x.Type) is { } kind ? new FakeType(x.File, x.Type, kind) : null)
            .OfType<FakeType>()
            .ToImmutableArray();
        var fakeNames = FakeTypes.GroupBy(f => f.Type.Name).ToFrozenDictionary(g => g.Key, g => g.First().File.Path);
        var projectTraits = files.Where(f => f.Project is not null)
            .GroupBy(f => (f.Language, f.Project))
            .ToDictionary(g => g.Key, g => g.SelectMany(f => f.ProjectTraits).ToImmutableArray());

        Tests = files.SelectMany((file, fileIndex) =>
        {
            var location = TierResolver.ByLocation(root, file, config);
            var inherited = projectTraits.GetValueOrDefault((file.Language, file.Project), []);
            var setups = file.Units.Where(u => u.Kind == CodeUnitKind.Setup).ToLookup(u => u.Container);
            return file.Tests.Select(test =>
            {
                var setupUnits = setups[test.Container].Concat(FixturesOf(file, fileIndex, test)).ToList();
                var helpers = HelpersOf(file, test);
                var declared = TierResolver.Declared(test.Traits.Concat(file.Traits).Concat(inherited));
                var mocks = test.Mocks.Concat(setupUnits.SelectMany(s => s.Mocks)).Distinct().ToImmutableArray();
                var fakes = test.Calls.Concat(setupUnits.SelectMany(s => s.Calls))
                    .Where(c => c.Kind == CallKind.Construction && (fakeNames.ContainsKey(c.Name) || IsFakeName(c.Name)))
                    .Select(c => new FakeUsage(c.Name, file.Path, c.Line, fakeNames.GetValueOrDefault(c.Name)))
                    .Distinct()
                    .ToImmutableArray();
                var assertions = test.Assertions.AddRange(helpers.SelectMany(h => h.Assertions)).AddRange(CustomAssertions(test, helpers));
                return new TestInfo(file, test, location, declared, mocks, fakes, assertions, helpers);
            });
        }).ToImmutableArray();
    }

    public string Root { get; }

    public AuditConfig Config { get; }

    public ImmutableArray<SourceFileModel> Files { get; }

    public ImmutableArray<TestInfo> Tests { get; }

    public ImmutableArray<FakeType> FakeTypes { get; }

    /// <summary>The Helm values files the engine found and parsed (empty when the repository has none).</summary>
    public ImmutableArray<ValuesFile> ValuesFiles { get; init; } = [];

    [GeneratedRegex("^(Fake|Stub|Mock|Dummy|Spy|InMemory|Mocked)[A-Z0-9_]|(Fake|Stub|Mock|Double|Spy|Dummy)$", RegexOptions.CultureInvariant)]
    private static partial Regex FakeNamePattern();

    [GeneratedRegex("^(Assert|Verify|Expect|Ensure|Check|assert_|verify_|expect_|check_|ensure_)", RegexOptions.CultureInvariant)]
    private static partial Regex AssertionHelperName();

    public static bool IsFakeName(string name) => name != "Mock" && FakeNamePattern().IsMatch(name);

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

    /// <summary>Project helpers a test calls, followed to <see cref="HelperDepth"/>, nearest definition first.</summary>
    private ImmutableArray<CodeUnit> HelpersOf(SourceFileModel file, CodeUnit test)
    {
        var found = ImmutableArray.CreateBuilder<CodeUnit>();
        var seen = new HashSet<CodeUnit>(ReferenceEqualityComparer.Instance);
        var frontier = new List<(SourceFileModel File, CodeUnit Unit)> { (file, test) };
        for (var depth = 0; depth < HelperDepth && frontier.Count > 0; depth++)
        {
            var next = new List<(SourceFileModel, CodeUnit)>();
            foreach (var (callerFile, caller) in frontier)
            {
                foreach (var call in caller.Calls)
                {
                    if (call.Kind != CallKind.Invocation || !_helpersByName.TryGetValue(call.Name, out var candidates))
                    {
                        continue;
                    }

                    var best = Nearest(candidates, callerFile, caller);
                    if (best is { } helper && seen.Add(helper.Unit))
                    {
                        found.Add(helper.Unit);
                        next.Add(helper);
                    }
                }
            }

            frontier = next;
        }

        return found.ToImmutable();
    }

    private static (SourceFileModel File, CodeUnit Unit)? Nearest(HelperDefinitions candidates, SourceFileModel file, CodeUnit caller) =>
        candidates.Nearest(file, caller);

    /// <summary>
    /// The definitions of one helper name, indexed for <see cref="Nearest"/>: the same class of the same file first, then
    /// the same file, the same project, then anywhere in the same language; the first in file order at each level. A
    /// linear scan of every definition per call was quadratic on trees where every test file defines the same helper.
    /// </summary>
    private sealed class HelperDefinitions
    {
        private readonly Dictionary<SourceFileModel, InFile> _byFile = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<(SourceLanguage, string?), (SourceFileModel, CodeUnit)> _byProject = [];
        private readonly Dictionary<SourceLanguage, (SourceFileModel, CodeUnit)> _byLanguage = [];

        public HelperDefinitions(IEnumerable<(SourceFileModel File, CodeUnit Unit)> definitions)
        {
            foreach (var definition in definitions)
            {
                if (!_byFile.TryGetValue(definition.File, out var inFile))
                {
                    _byFile[definition.File] = inFile = new InFile(definition);
                }

                if (definition.Unit.Container is { } container)
                {
                    inFile.ByContainer.TryAdd(container, definition);
                }
                else
                {
                    inFile.ModuleLevel ??= definition;
                }

                _byProject.TryAdd((definition.File.Language, definition.File.Project), definition);
                _byLanguage.TryAdd(definition.File.Language, definition);
            }
        }

        public (SourceFileModel File, CodeUnit Unit)? Nearest(SourceFileModel file, CodeUnit caller)
        {
            if (_byFile.TryGetValue(file, out var inFile))
            {
                var sameContainer = caller.Container is { } container
                    ? inFile.ByContainer.TryGetValue(container, out var sameClass) ? sameClass : ((SourceFileModel, CodeUnit)?)null
                    : inFile.ModuleLevel;
                return sameContainer ?? inFile.First;
            }

            if (_byProject.TryGetValue((file.Language, file.Project), out var sameProject))
            {
                return sameProject;
            }

            return _byLanguage.TryGetValue(file.Language, out var any) ? any : null;
        }

        private sealed class InFile((SourceFileModel File, CodeUnit Unit) first)
        {
            public (SourceFileModel File, CodeUnit Unit) First { get; } = first;

            public Dictionary<string, (SourceFileModel File, CodeUnit Unit)> ByContainer { get; } = new(StringComparer.Ordinal);

            /// <summary>The first definition outside any class (Python module functions).</summary>
            public (SourceFileModel File, CodeUnit Unit)? ModuleLevel { get; set; }
        }
    }

    /// <summary>
    /// pytest fixtures a test receives (by parameter name), defined in its file or in a conftest.py of its folder or a
    /// folder above it (the conftests pytest itself would load), in file order then source order. Looked up by folder and
    /// name: scanning every file per test, and taking fixtures from conftests pytest never loads for the test, made this
    /// quadratic in the number of packages (docs/performance.md).
    /// </summary>
    private IEnumerable<CodeUnit> FixturesOf(SourceFileModel file, int fileIndex, CodeUnit test)
    {
        if (test.Parameters.IsEmpty || file.Language != SourceLanguage.Python)
        {
            return [];
        }

        var names = test.Parameters.ToHashSet(StringComparer.Ordinal);
        var found = new List<(int FileIndex, int UnitIndex, CodeUnit Unit)>();
        for (var folder = FolderOf(file.Path); folder is not null; folder = folder.Length == 0 ? null : FolderOf(folder))
        {
            foreach (var name in names)
            {
                if (_conftestFixtures.TryGetValue((folder, name), out var defined))
                {
                    found.AddRange(defined);
                }
            }
        }

        if (!IsConftest(file))
        {
            for (var j = 0; j < file.Units.Length; j++)
            {
                if (file.Units[j].Kind == CodeUnitKind.Setup && names.Contains(file.Units[j].Name))
                {
                    found.Add((fileIndex, j, file.Units[j]));
                }
            }
        }

        found.Sort((a, b) => a.FileIndex != b.FileIndex ? a.FileIndex.CompareTo(b.FileIndex) : a.UnitIndex.CompareTo(b.UnitIndex));
        return found.Select(f => f.Unit);
    }

    /// <summary>The root-relative folder of a path ("" at the root): <c>a/b/c.py</c> → <c>a/b</c>.</summary>
    private static string FolderOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    private static bool IsConftest(SourceFileModel file) =>
        file.Language == SourceLanguage.Python && file.Path.EndsWith("conftest.py", StringComparison.Ordinal);

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
                else if (!_helpersByName.ContainsKey(call.Name) && AssertionHelperName().IsMatch(call.Name) && call.Receiver is null or "self" or "this")
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
