using System.Collections.Immutable;
using FloeHarden.Core.Analyses.Infrastructure;
using FloeHarden.Core.Analyses.Tiers;
using FloeHarden.Core.Model;
using FloeHarden.Core.Rules;

namespace FloeHarden.Core.Analyses.Classification;

/// <summary>One tier's share of the tests and test files, by where they live and by what they declare (percentages of one total).</summary>
public sealed record TierDistributionRow(
    string Tier,
    int TestsByLocation,
    double TestsByLocationPercent,
    int TestsByDeclaration,
    double TestsByDeclarationPercent,
    int FilesByLocation,
    double FilesByLocationPercent,
    int FilesByDeclaration,
    double FilesByDeclarationPercent,
    int TestsTouchingRealIo);

/// <summary>How many tests live in one tier's folder but declare another.</summary>
public sealed record TierDisagreementRow(string Location, string Declared, int Tests, int Files);

/// <summary>A test in the wrong tier, with the evidence and the tier it belongs to.</summary>
public sealed record MisclassifiedTestRow(string RuleId, string Test, string File, int Line, string Tier, string Evidence, string SuggestedTier);

public sealed record ClassificationSectionData(
    int Tests,
    int TestFiles,
    ImmutableArray<TierDistributionRow> Distribution,
    ImmutableArray<TierDisagreementRow> Disagreements,
    ImmutableArray<MisclassifiedTestRow> Misclassified,
    int MisclassifiedTotal,
    int SkippingTests,
    int DeclaredSkips,
    int ExplicitTests,
    ImmutableArray<string> EmptyTestFiles,
    ImmutableArray<string> RequiredTraits,
    ImmutableArray<string> RepositoryPackages);

/// <summary>
/// AC-1.5: each test's tier by location, by declaration and by behaviour (FH1501–FH1507). Behaviour follows the
/// test's own helpers (two calls deep), its set-up and base-class set-up, and the pytest fixtures it receives.
/// </summary>
public sealed class ClassificationAnalysis : IAnalysis
{
    private const int MisclassifiedListed = 50;

    private static readonly Tier[] TierOrder = [Tier.Unit, Tier.Contract, Tier.Integration, Tier.E2E, Tier.Unknown];

    public Section Section => Sections.Classification;

    public SectionResult Analyze(AuditInput input)
    {
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var misclassified = new List<MisclassifiedTestRow>();
        var packages = new RepositoryPackages(input.Files);

        foreach (var test in input.Tests)
        {
            TierMismatch(test, findings, misclassified);
            UnderOrOverClassified(test, packages, findings, misclassified);
            MissingTraceability(input, test, findings);
        }

        var skipSites = SkipInsteadOfFail(input, findings);
        CrossPackageImports(input, packages, findings);
        var emptyFiles = EmptyTestFiles(input, findings);

        var data = new ClassificationSectionData(
            input.Tests.Length,
            input.Files.Count(f => f.Tests.Any()),
            Distribution(input),
            [.. input.Tests
                .Where(t => t.LocationTier != Tier.Unknown && t.DeclaredTier != Tier.Unknown && t.LocationTier != t.DeclaredTier)
                .GroupBy(t => (t.LocationTier, t.DeclaredTier))
                .Select(g => new TierDisagreementRow(g.Key.LocationTier.ToName(), g.Key.DeclaredTier.ToName(), g.Count(), g.Select(t => t.File.Path).Distinct().Count()))
                .OrderByDescending(r => r.Tests).ThenBy(r => r.Location, StringComparer.Ordinal).ThenBy(r => r.Declared, StringComparer.Ordinal)],
            [.. misclassified.OrderBy(r => r.RuleId, StringComparer.Ordinal).ThenBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).Take(MisclassifiedListed)],
            misclassified.Count,
            input.Tests.Count(Behaviour.SkipsAtRunTime),
            skipSites,
            input.Tests.Count(t => t.Unit.Skips.Any(s => s.Kind == SkipKind.Explicit)),
            emptyFiles,
            input.Config.RequiredTraits,
            [.. packages.Names.Order(StringComparer.Ordinal)]);

        return new SectionResult(Section, data, findings.ToImmutable(), Notes(input, packages));
    }

    private static ImmutableArray<string> Notes(AuditInput input, RepositoryPackages packages)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        if (input.Tests.IsEmpty)
        {
            notes.Add("No tests were found, so no test could be classified.");
            return notes.ToImmutable();
        }

        if (input.Tests.All(t => t.LocationTier == Tier.Unknown))
        {
            notes.Add("No test lives in a folder or project that names a tier (tests/unit, *.IntegrationTests, tests/e2e…), so tiers by location are all unknown; map folders to tiers with `tiers:` in floe-audit.yaml.");
        }

        if (input.Tests.All(t => t.DeclaredTier == Tier.Unknown))
        {
            notes.Add("No test declares a tier ([TestCategory], [Trait(\"Category\", …)], [Category], @pytest.mark.<tier>), so location and declaration could not be compared (FH1501).");
        }

        if (packages.Names.Count < 2)
        {
            notes.Add("Fewer than two packages of the repository have tests (C# test projects, Python packages/<x> or plugins/<x>), so cross-package imports (FH1504) could not be checked.");
        }

        if (input.Config.RequiredTraits.IsEmpty)
        {
            notes.Add("No traceability marker is required (`traceability: { require: [requirement] }` in floe-audit.yaml turns on FH1505).");
        }

        return notes.ToImmutable();
    }

    private static ImmutableArray<TierDistributionRow> Distribution(AuditInput input)
    {
        var tests = input.Tests;
        var files = tests.GroupBy(t => t.File.Path).Select(g => (Location: g.First().LocationTier, Declared: FileDeclaredTier(g))).ToList();
        double Percent(int part, int total) => total == 0 ? 0 : Math.Round(100.0 * part / total, 1);
        return [.. TierOrder.Select(tier =>
        {
            var byLocation = tests.Count(t => t.LocationTier == tier);
            var byDeclaration = tests.Count(t => t.DeclaredTier == tier);
            var filesByLocation = files.Count(f => f.Location == tier);
            var filesByDeclaration = files.Count(f => f.Declared == tier);
            return new TierDistributionRow(
                tier.ToName(),
                byLocation,
                Percent(byLocation, tests.Length),
                byDeclaration,
                Percent(byDeclaration, tests.Length),
                filesByLocation,
                Percent(filesByLocation, files.Count),
                filesByDeclaration,
                Percent(filesByDeclaration, files.Count),
                tests.Count(t => t.Tier == tier && Behaviour.TouchesExternal(t)));
        })];
    }

    /// <summary>A file's declared tier: the one most of its tests declare (ties go to the higher tier); unknown when none declares one.</summary>
    private static Tier FileDeclaredTier(IEnumerable<TestInfo> tests) =>
        tests.Where(t => t.DeclaredTier != Tier.Unknown).GroupBy(t => t.DeclaredTier)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => g.Key).FirstOrDefault();

    /// <summary>FH1501: the folder or project names one tier, the category or marker another.</summary>
    private static void TierMismatch(TestInfo test, ImmutableArray<Finding>.Builder findings, List<MisclassifiedTestRow> rows)
    {
        if (test.LocationTier == Tier.Unknown || test.DeclaredTier == Tier.Unknown || test.LocationTier == test.DeclaredTier)
        {
            return;
        }

        var name = test.Unit.QualifiedName;
        var suggested = SuggestedTier(test);
        var evidence = $"lives in {test.LocationTier.ToName()}, declares {test.DeclaredTier.ToName()}";
        findings.Add(Finding.Create(
            RuleCatalog.TierMismatch,
            $"{name} lives in a {test.LocationTier.ToName()} location but declares {test.DeclaredTier.ToName()}: {Advice(test, suggested)}",
            test.File.Path,
            test.Unit.Line,
            symbol: name,
            anchor: $"{test.LocationTier}->{test.DeclaredTier}"));
        rows.Add(new MisclassifiedTestRow(RuleCatalog.TierMismatch.Id, name, test.File.Path, test.Unit.Line, test.Tier.ToName(), evidence, suggested.ToName()));
    }

    /// <summary>Which of the two witnesses behaviour agrees with, so the advice says which side to change.</summary>
    private static Tier SuggestedTier(TestInfo test)
    {
        var external = Behaviour.TouchesExternal(test) || Behaviour.EnvironmentEvidence(test) is not null;
        var candidates = new[] { test.LocationTier, test.DeclaredTier };
        return external
            ? candidates.Where(t => t is Tier.Integration or Tier.E2E).DefaultIfEmpty(Tier.Integration).Max()
            : candidates.Where(t => t is Tier.Unit or Tier.Contract).DefaultIfEmpty(Tier.Unit).Min();
    }

    private static string Advice(TestInfo test, Tier suggested)
    {
        var behaviour = Behaviour.FirstExternalTouch(test) is { } touch
            ? $"it touches {touch.Kind.ToString().ToLowerInvariant()} ({touch.Evidence})"
            : "it touches no external resource";
        return suggested == test.LocationTier
            ? $"{behaviour}, so fix the declaration to {suggested.ToName()}"
            : suggested == test.DeclaredTier
                ? $"{behaviour}, so move it to the {suggested.ToName()} tests"
                : $"{behaviour}; it belongs in {suggested.ToName()}";
    }

    /// <summary>FH1502: a unit test reaches real I/O. FH1503: an integration or e2e test reaches nothing external.</summary>
    private static void UnderOrOverClassified(TestInfo test, RepositoryPackages packages, ImmutableArray<Finding>.Builder findings, List<MisclassifiedTestRow> rows)
    {
        var unit = test.Unit;
        var name = unit.QualifiedName;
        if (test.Tier == Tier.Unit && Behaviour.FirstExternalTouch(test) is { } touch)
        {
            var via = Behaviour.IsOwnTouch(test, touch) ? "" : " (through a helper or its set-up)";
            findings.Add(Finding.Create(
                RuleCatalog.UnderClassified,
                $"unit test {name} touches {touch.Kind.ToString().ToLowerInvariant()}: {touch.Evidence}{via}. Move it to the integration tests, or replace the resource with an in-process double",
                test.File.Path,
                unit.Line,
                symbol: name,
                anchor: touch.Evidence));
            rows.Add(new MisclassifiedTestRow(RuleCatalog.UnderClassified.Id, name, test.File.Path, unit.Line, "unit", $"{touch.Kind}: {touch.Evidence}", Tier.Integration.ToName()));
            return;
        }

        if (test.Tier is not (Tier.Integration or Tier.E2E) || test.IsPlaceholder || Behaviour.TouchesExternal(test) || Behaviour.EnvironmentEvidence(test) is not null)
        {
            return;
        }

        var suggested = SuggestOver(test, packages);
        var doubles = test.UsesDoubles ? $"it only uses in-process code and {test.Mocks.Length + test.Fakes.Length} test double(s)" : "it only uses in-process code";
        findings.Add(Finding.Create(
            RuleCatalog.OverClassified,
            $"{test.Tier.ToName()} test {name} touches no external resource ({doubles}, helpers and set-up followed): it is a {suggested.ToName()} test — move it, or make it use the real service",
            test.File.Path,
            unit.Line,
            symbol: name,
            anchor: test.Tier.ToName()));
        rows.Add(new MisclassifiedTestRow(RuleCatalog.OverClassified.Id, name, test.File.Path, unit.Line, test.Tier.ToName(), doubles, suggested.ToName()));
    }

    /// <summary>A test that crosses packages is a contract test; everything else in-process is a unit test.</summary>
    private static Tier SuggestOver(TestInfo test, RepositoryPackages packages) =>
        test.File.Imports.Select(packages.PackageOfImport).OfType<string>().Where(p => !RepositoryPackages.IsInfrastructure(p)).Distinct().Count() >= 2
            ? Tier.Contract
            : Tier.Unit;

    /// <summary>FH1505: a required traceability trait (by name, on the test, its class, file or assembly) is missing.</summary>
    private static void MissingTraceability(AuditInput input, TestInfo test, ImmutableArray<Finding>.Builder findings)
    {
        if (input.Config.RequiredTraits.IsEmpty)
        {
            return;
        }

        var missing = input.Config.RequiredTraits
            .Where(required => !test.Traits.Any(t => t.Name.Equals(required, StringComparison.OrdinalIgnoreCase) && (t.Value.Length > 0 || !t.IsCategory)))
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var name = test.Unit.QualifiedName;
        findings.Add(Finding.Create(
            RuleCatalog.MissingTraceability,
            $"{name} carries no {string.Join(" or ", missing.Select(m => $"'{m}'"))} marker, which floe-audit.yaml requires on every test: add e.g. [TestProperty(\"{missing[0]}\", \"…\")] or @pytest.mark.{missing[0]}(\"…\")",
            test.File.Path,
            test.Unit.Line,
            symbol: name,
            anchor: string.Join(",", missing)));
    }

    /// <summary>
    /// FH1506 at each skip site: a run-time skip reachable from an integration or e2e test (in the test, a helper it calls
    /// or its set-up), and a declared skip without a reason in any tier. Each site is reported once. An explicit test
    /// (NUnit <c>[Explicit]</c>) is not a skip: it is an opt-in that runs when selected, counted on its own in the section.
    /// </summary>
    private static int SkipInsteadOfFail(AuditInput input, ImmutableArray<Finding>.Builder findings)
    {
        var reported = new HashSet<(string File, int Line)>();
        var declared = 0;
        foreach (var test in input.Tests)
        {
            var name = test.Unit.QualifiedName;
            foreach (var skip in test.Unit.Skips.Where(s => s.Kind == SkipKind.Declared))
            {
                declared++;
                if (string.IsNullOrWhiteSpace(skip.Reason) && reported.Add((test.File.Path, skip.Line)))
                {
                    findings.Add(Finding.Create(
                        RuleCatalog.SkipInsteadOfFail,
                        $"{name} is skipped with no reason: say why and link the issue that brings it back, or delete the test",
                        test.File.Path,
                        skip.Line,
                        symbol: name,
                        anchor: "declared"));
                }
            }

            if (test.Tier is not (Tier.Integration or Tier.E2E))
            {
                continue;
            }

            foreach (var unit in test.BehaviourUnits)
            {
                foreach (var skip in unit.Skips.Where(s => s.Kind == SkipKind.Runtime && s.Guard is null))
                {
                    var file = input.FileOf(unit).Path;
                    if (!reported.Add((file, skip.Line)))
                    {
                        continue;
                    }

                    var where = ReferenceEquals(unit, test.Unit) ? name : $"{unit.QualifiedName} (run by {test.Tier.ToName()} test {name})";
                    var reason = string.IsNullOrWhiteSpace(skip.Reason) ? "" : $" (\"{skip.Reason}\")";
                    findings.Add(Finding.Create(
                        RuleCatalog.SkipInsteadOfFail,
                        $"{where} skips itself at run time{reason}: an {test.Tier.ToName()} test whose environment is missing must fail, or CI reports green for a test that never ran",
                        file,
                        skip.Line,
                        symbol: unit.QualifiedName,
                        anchor: "runtime" + skip.Reason));
                }
            }
        }

        return declared;
    }

    /// <summary>FH1504 once per file, at its first test: a test file in one package's folder imports two or more other packages of the repository.</summary>
    private static void CrossPackageImports(AuditInput input, RepositoryPackages packages, ImmutableArray<Finding>.Builder findings)
    {
        if (packages.Names.Count < 2)
        {
            return;
        }

        foreach (var group in input.Tests.Where(t => t.Tier is not (Tier.Contract or Tier.E2E)).GroupBy(t => t.File))
        {
            var file = group.Key;
            var own = RepositoryPackages.PackageOf(file.Project);
            if (own is null)
            {
                continue;
            }

            var others = file.Imports
                .Select(packages.PackageOfImport)
                .OfType<string>()
                .Where(p => p != own && !RepositoryPackages.IsInfrastructure(p) && !IsAncestor(p, own))
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToList();
            if (others.Count < 2)
            {
                continue;
            }

            var first = group.OrderBy(t => t.Unit.Line).First();
            var count = group.Count();
            findings.Add(Finding.Create(
                RuleCatalog.CrossPackage,
                $"{file.Path} belongs to package {own} but its {(count == 1 ? "test imports" : $"{count} tests import")} {others.Count} other packages of the repository ({string.Join(", ", others)}): it tests how packages work together — move it to the contract tests",
                file.Path,
                first.Unit.Line,
                symbol: first.Unit.QualifiedName,
                anchor: string.Join(",", others)));
        }
    }

    /// <summary>
    /// A package whose name is a dotted prefix of the test's own (<c>akka</c>, <c>akka.cluster</c> for <c>akka.cluster.sharding</c>):
    /// the layers the package is built on and extends, whose types any of its tests needs; not a neighbour it agrees with.
    /// </summary>
    private static bool IsAncestor(string package, string own) =>
        own.Length > package.Length && own[package.Length] == '.' && own.StartsWith(package, StringComparison.Ordinal);

    /// <summary>
    /// FH1507 at line 1: a file named like a test file (FooTests.cs, FooTest.cs, test_foo.py, foo_test.py) that holds no
    /// test. *Spec.cs is left out: in the wild it names API specifications as often as BDD specs. A file that did not
    /// parse is left to FH1901/FH1902: its tests may be in the part that failed. Nor is a file that declares what tests
    /// elsewhere are built on: a base class of test classes (<c>IntegrationTest.cs</c> holding <c>IntegrationTest&lt;T&gt;</c>)
    /// or one part of a partial test class whose tests are in its other files (<c>YearMonthTest.cs</c>), or a test class
    /// that inherits all its tests (<c>class RequestTests : RequestTestsBase&lt;Fixture&gt;;</c>). Nor is a file whose tests
    /// only another build of its project compiles (<c>#if NETFRAMEWORK</c> around them, the project also targets net472):
    /// they run there, the file is not dead (<see cref="SourceFileModel.InactiveTestSymbols"/>). Nor a Python file pytest never
    /// collects (<see cref="SourceFileModel.IsTestData"/>: under a <c>norecursedirs</c> folder, pytester's inputs).
    /// </summary>
    private static ImmutableArray<string> EmptyTestFiles(AuditInput input, ImmutableArray<Finding>.Builder findings)
    {
        var empty = ImmutableArray.CreateBuilder<string>();
        var testFoundations = input.Files
            .SelectMany(f => f.Types.Where(t => t.HasTests).SelectMany(t => t.IsPartial ? t.BaseTypes.Append(t.Name) : t.BaseTypes).Select(n => (f.Language, n)))
            .ToHashSet();

        // A partial container whose part in another file holds nested test classes (static partial class PeriodPatternTest { class Parse { [Test] … } }).
        foreach (var file in input.Files)
        {
            foreach (var inner in file.Types.Where(t => t.HasTests))
            {
                foreach (var outer in file.Types.Where(o => o.IsPartial && o.Line < inner.Line && o.EndLine >= inner.EndLine))
                {
                    testFoundations.Add((file.Language, outer.Name));
                }
            }
        }

        // Test classes at any depth of inheritance (class HighIntegrityBasicOpsTests : BasicOpsTests, whose base inherits its
        // tests in turn) and those running a package's test suite (class X : StreamArchivingCompliance<Fixture>;).
        var testClasses = InfrastructureInventory.TestClasses(input.Files);
        List<SourceFileModel>? candidates = null;
        foreach (var file in input.Files)
        {
            if (file.Tests.Any() || file.NeverRunTests > 0 || file.IsTestData || !IsTestNamed(file) || !file.Problems.IsEmpty || !file.InactiveTestSymbols.IsEmpty || file.Types.Any(t => testFoundations.Contains((file.Language, t.Name)) || InheritsTests(file.Language, t)))
            {
                continue;
            }

            (candidates ??= []).Add(file);
        }

        var usedElsewhere = UsedElsewhere(input.Files, candidates);

        // Judged per declaration, by its bases: another type of the same name elsewhere (a JsonSchemaTests of samples beside
        // the JsonSchemaTests test class) is not this one.
        bool InheritsTests(SourceLanguage language, TypeDeclaration type) =>
            type.BaseTypes.Any(b => testClasses.Contains((language, b))) || (type.MayInheritTests && testClasses.Contains((language, type.Name)));
        foreach (var file in candidates ?? [])
        {
            if (IsHelperNamedTest(file, usedElsewhere))
            {
                continue;
            }

            empty.Add(file.Path);
            var what = file.Units.IsEmpty && file.Types.IsEmpty ? "is empty (or all commented out)" : "declares no test";
            findings.Add(Finding.Create(
                RuleCatalog.EmptyTestFile,
                $"{file.Path} is named like a test file but {what}: delete it, or restore its tests",
                file.Path,
                1,
                anchor: file.Path));
        }

        return empty.ToImmutable();
    }

    /// <summary>
    /// A C# <c>…Test.cs</c> (singular) file that declares a type of its own name which is not a test class but what tests
    /// use: a sample or data type (<c>SampleClasses/BooleanTest.cs</c>, <c>TestObjects/StructTest.cs</c>: properties and
    /// fields only, no test framework imported) or a type other files name (<c>[SpyBeforeAfterTest]</c>,
    /// <c>AnalyzerTest.Create&lt;A&gt;(…)</c>); or, with no type of its name, types none of which is named like a test class
    /// that other files use (<c>SampleClasses/EnumTest.cs</c>). The name describes the types, not a file of tests.
    /// </summary>
    private static bool IsHelperNamedTest(SourceFileModel file, HashSet<string> usedElsewhere)
    {
        if (file.Language != SourceLanguage.CSharp || !file.Path.EndsWith("Test.cs", StringComparison.Ordinal))
        {
            return false;
        }

        var stem = file.Path[(file.Path.LastIndexOf('/') + 1)..^".cs".Length];
        var own = file.Types.FirstOrDefault(t => t.Name == stem);
        if (own is null)
        {
            // No type of the file's name (SampleClasses/EnumTest.cs holding enums and the classes that carry them): helpers
            // when none is named like a test class and the other files use them.
            return !file.Types.IsEmpty && !file.Types.Any(t => t.Name.EndsWith("Test", StringComparison.Ordinal) || t.Name.EndsWith("Tests", StringComparison.Ordinal))
                   && file.Types.Any(t => usedElsewhere.Contains(t.Name));
        }

        if (usedElsewhere.Contains(own.Name) || usedElsewhere.Contains(own.Name + "Attribute"))
        {
            return true;
        }

        var dataShaped = own.MemberCount > 0 && !file.Units.Any(u => u.Kind != CodeUnitKind.Setup)
                         && !file.Imports.Any(i => TestFrameworkImports.Any(f => i == f || i.StartsWith(f + ".", StringComparison.Ordinal)));
        return dataShaped;
    }

    private static readonly string[] TestFrameworkImports = ["Xunit", "NUnit.Framework", "Microsoft.VisualStudio.TestTools.UnitTesting", "TUnit.Core", "TUnit.Assertions"];

    /// <summary>The names of the candidates' own types (C# …Test.cs) that another file names (an identifier, a call, an attribute).</summary>
    private static HashSet<string> UsedElsewhere(ImmutableArray<SourceFileModel> files, List<SourceFileModel>? candidates)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        if (candidates is null)
        {
            return used;
        }

        var wanted = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in candidates.Where(f => f.Language == SourceLanguage.CSharp))
        {
            foreach (var type in file.Types)
            {
                foreach (var name in new[] { type.Name, type.Name.EndsWith("Attribute", StringComparison.Ordinal) ? type.Name[..^"Attribute".Length] : null })
                {
                    if (name is not null)
                    {
                        if (!wanted.TryGetValue(name, out var declaring))
                        {
                            wanted[name] = declaring = new HashSet<string>(StringComparer.Ordinal);
                        }

                        declaring.Add(file.Path);
                    }
                }
            }
        }

        if (wanted.Count == 0)
        {
            return used;
        }

        foreach (var file in files.Where(f => f.Language == SourceLanguage.CSharp))
        {
            foreach (var name in file.ReferencedNames.Concat(file.Units.SelectMany(u => u.Calls.Select(c => c.Receiver ?? c.Name))))
            {
                if (wanted.TryGetValue(name, out var declaring) && !declaring.Contains(file.Path))
                {
                    used.Add(name);
                }
            }
        }

        // An attribute applied without its suffix counts for the attribute type.
        foreach (var name in used.ToList())
        {
            used.Add(name + "Attribute");
        }

        return used;
    }

    internal static bool IsTestNamed(SourceFileModel file)
    {
        var name = file.Path[(file.Path.LastIndexOf('/') + 1)..];
        return file.Language == SourceLanguage.Python
            ? name.StartsWith("test_", StringComparison.Ordinal) || name.EndsWith("_test.py", StringComparison.Ordinal) || name == "tests.py"
            : (name.EndsWith("Tests.cs", StringComparison.Ordinal) && !name.EndsWith("ForTests.cs", StringComparison.Ordinal))
              || (name.EndsWith("Test.cs", StringComparison.Ordinal) && !name.EndsWith("UnderTest.cs", StringComparison.Ordinal));
    }
}
