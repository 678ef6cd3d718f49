using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FloeHarden.Core.Model;
using FloeHarden.Core.Rules;

namespace FloeHarden.Core.Analyses.Infrastructure;

public sealed record InfrastructureCategoryRow(string Category, int Items, int Files, int Lines, int Unused, int UnusedLines);

public sealed record InfrastructureItemRow(string Name, string Kind, string Category, string File, int Line, int Lines, int Usages, bool Used);

public sealed record ReimplementedRow(string Name, string File, int Line, string Evidence, string Instead);

public sealed record MetaTestRow(string Subject, string Tests, string File, int Line, int Count, string Why);

public sealed record InfrastructureSectionData(
    int Items,
    int Lines,
    int Unused,
    int UnusedLines,
    ImmutableArray<InfrastructureCategoryRow> ByCategory,
    ImmutableArray<InfrastructureItemRow> Inventory,
    int InventoryTotal,
    ImmutableArray<ReimplementedRow> Reimplemented,
    int MetaTests,
    ImmutableArray<MetaTestRow> MetaTestGroups);

/// <summary>
/// AC-1.8: the custom test infrastructure — base classes, fixtures, fakes, builders, polling helpers, service locators —
/// with lines and usages; unused infrastructure (FH1801), hand-written platform mechanisms (FH1802), and tests of the
/// infrastructure itself (FH1803).
/// </summary>
public sealed partial class InfrastructureAnalysis : IAnalysis
{
    private const int InventoryListed = 100;

    public Section Section => Sections.Infrastructure;

    [GeneratedRegex(@"(port_?open|is_?port|wait_?for_?port|wait_?port|check_?port|wait_?for_?http|wait_?http|wait_?for_?url|wait_?for_?endpoint|wait_?for_?service|wait_?for_?tcp|is_?reachable|wait_?for_?ready|wait_?until_?ready|wait_?until_?healthy|wait_?for_?health|wait_?for_?pod|wait_?for_?deployment|wait_?for_?rollout)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadinessName();

    public SectionResult Analyze(AuditInput input)
    {
        var items = InfrastructureInventory.Build(input);
        var findings = ImmutableArray.CreateBuilder<Finding>();

        foreach (var item in items.Where(i => i.Usages == 0 && !i.AlwaysUsed))
        {
            findings.Add(Finding.Create(
                RuleCatalog.UnusedInfrastructure,
                item.NeverRunTests > 0
                    ? $"class {item.Name} ({(item.Lines == 1 ? "1 line" : $"{item.Lines} lines")}) has {item.NeverRunTests} test method{(item.NeverRunTests == 1 ? "" : "s")} the test framework never runs, because it (or a class around them) is not public: make it public, or delete them"
                    : $"{item.Category} {item.Name} ({(item.Lines == 1 ? "1 line" : $"{item.Lines} lines")}) is referenced by no test or other test code: delete it, or use it",
                item.File.Path,
                item.Line,
                symbol: item.Name,
                anchor: item.Kind + ":" + item.Name));
        }

        var reimplemented = Reimplemented(input, findings);
        var (metaTests, metaGroups) = MetaTests(input, items, findings);

        var rows = items
            .Select(i => new InfrastructureItemRow(i.Name, i.Kind, i.Category, i.File.Path, i.Line, i.Lines, i.Usages, i.Usages > 0 || i.AlwaysUsed))
            .OrderBy(r => r.Used ? 1 : 0).ThenByDescending(r => r.Lines).ThenBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line)
            .ToList();
        var byCategory = items
            .GroupBy(i => i.Category)
            .Select(g => new InfrastructureCategoryRow(
                g.Key,
                g.Count(),
                g.Select(i => i.File.Path).Distinct().Count(),
                g.Sum(i => i.Lines),
                g.Count(IsUnused),
                g.Where(IsUnused).Sum(i => i.Lines)))
            .OrderByDescending(r => r.Lines).ThenBy(r => r.Category, StringComparer.Ordinal)
            .ToImmutableArray();

        var data = new InfrastructureSectionData(
            items.Count,
            items.Sum(i => i.Lines),
            items.Count(IsUnused),
            items.Where(IsUnused).Sum(i => i.Lines),
            byCategory,
            [.. rows.Take(InventoryListed)],
            rows.Count,
            reimplemented,
            metaTests,
            metaGroups);

        return new SectionResult(Section, data, findings.ToImmutable(), items.Count == 0
            ? ["No test infrastructure was found: every type in the test trees holds tests, and there are no module-level helpers or pytest fixtures."]
            : []);
    }

    private static bool IsUnused(InfrastructureItem item) => item.Usages == 0 && !item.AlwaysUsed;

    /// <summary>
    /// FH1802: non-test code that hand-rolls readiness — a helper named like a port, HTTP or rollout wait, or a
    /// polling-named helper that sleeps and reaches the network, a database or the cluster in the same body.
    /// </summary>
    private static ImmutableArray<ReimplementedRow> Reimplemented(AuditInput input, ImmutableArray<Finding>.Builder findings)
    {
        var rows = ImmutableArray.CreateBuilder<ReimplementedRow>();
        foreach (var file in input.Files)
        {
            foreach (var unit in file.Units.Where(u => u.Kind != CodeUnitKind.Test))
            {
                var sleeps = unit.Touches.FirstOrDefault(t => t.Kind == ResourceKind.Sleep);
                var reaches = unit.Touches.FirstOrDefault(t => t.Kind is ResourceKind.Network or ResourceKind.Cluster or ResourceKind.Database);
                string? evidence = null;
                if (ReadinessName().IsMatch(unit.Name) && (sleeps is not null || reaches is not null))
                {
                    evidence = $"{unit.Name} checks readiness by hand ({string.Join(" + ", new[] { reaches?.Evidence, sleeps?.Evidence }.OfType<string>())})";
                }
                else if (sleeps is not null && reaches is not null && InfrastructureInventory.PollingName().IsMatch(unit.Name))
                {
                    evidence = $"{unit.Name} polls by hand ({reaches.Evidence} in a loop with {sleeps.Evidence})";
                }

                if (evidence is null || unit.Name.StartsWith('('))
                {
                    continue;
                }

                var instead = Instead(file.Language, reaches?.Kind);
                rows.Add(new ReimplementedRow(unit.QualifiedName, file.Path, unit.Line, evidence, instead));
                findings.Add(Finding.Create(
                    RuleCatalog.ReimplementedMechanism,
                    $"{evidence}: the platform already offers this — {instead}",
                    file.Path,
                    unit.Line,
                    symbol: unit.QualifiedName,
                    anchor: unit.QualifiedName));
            }
        }

        return rows.ToImmutable();
    }

    private static string Instead(SourceLanguage language, ResourceKind? kind) => (language, kind) switch
    {
        (_, ResourceKind.Cluster) => "`kubectl wait --for=condition=Ready` / `kubectl rollout status`, or a watch on the resource, driven by the readiness probes the Helm chart already declares",
        (SourceLanguage.Python, _) => "the readiness probes of the deployment (`kubectl wait --for=condition=Ready`), testcontainers' wait strategies, or tenacity for a bounded retry",
        _ => "the readiness probes of the deployment (`kubectl wait --for=condition=Ready`), Testcontainers wait strategies (Wait.ForUnixContainer().UntilHttpRequestIsSucceeded), or Polly for a bounded retry",
    };

    /// <summary>
    /// FH1803 once per test class (or per file for module-level tests), at its first test: tests whose subject is the
    /// test infrastructure — named after an infrastructure type or module (PollingTests, test_wait_helpers.py), or living
    /// under a <c>testing/…/tests</c> folder.
    /// </summary>
    private static (int Count, ImmutableArray<MetaTestRow> Groups) MetaTests(AuditInput input, List<InfrastructureItem> items, ImmutableArray<Finding>.Builder findings)
    {
        // A plain data type declared beside the tests (record Order(...)) is the tests' subject matter, not their
        // infrastructure: a type counts when its category says so or it has methods of its own. So is a product class
        // re-declared under its own name (class BatchNotifier(luigi.batch_notifier.BatchNotifier) with test defaults):
        // its tests exercise the product through it. Documentation sample code (a snippet region the docs build copies)
        // is not the tests' infrastructure either: RetryTests test the product's retry.
        var infraTypes = items
            .Where(i => i.Kind == "type" && !i.IsDocSample && (i.Category != InfrastructureInventory.Helper
                                                               || (i.File.Units.Any(u => u.Container == i.Name && u.Kind == CodeUnitKind.Helper) && !RedeclaresBase(i))))
            .Select(i => i.Name)
            .ToHashSet(StringComparer.Ordinal);
        // Infrastructure modules by their lowercased stem, each with its files and the names of its items. A module of mostly
        // registered functions (celery's t/integration/tasks.py of @shared_task functions, a signals.py of receivers) is the
        // workload the product runs for the tests, not their infrastructure: test_tasks.py tests the product's task handling.
        var infraModules = items.Where(i => !i.File.Tests.Any())
            .GroupBy(i => Stem(i.File.Path).ToLowerInvariant())
            .Where(g => g.Key is not ("conftest" or "__init__" or "helpers" or "utils"))
            .Where(g => g.Count(i => i.Kind == "function" && i.AlwaysUsed) * 2 < g.Count())
            .ToDictionary(
                g => g.Key,
                g => (Paths: g.Select(i => i.File.Path).Distinct(StringComparer.Ordinal).ToList(), Names: g.Select(i => i.Name).ToHashSet(StringComparer.Ordinal)),
                StringComparer.Ordinal);
        var groups = new List<MetaTestRow>();
        foreach (var group in input.Tests.GroupBy(t => (t.File, t.Unit.Container)))
        {
            var (file, container) = group.Key;
            string? subject = null, why = null;
            if (container is not null && SubjectOf(container) is { } type && infraTypes.Contains(type))
            {
                (subject, why) = (type, $"{container} is named after the infrastructure type {type}");
            }
            else if (file.Language == SourceLanguage.Python && Stem(file.Path) is var stem && stem.StartsWith("test_", StringComparison.Ordinal)
                     && infraModules.TryGetValue(stem[5..].ToLowerInvariant(), out var module) && UsesModule(file, stem[5..], module.Paths, module.Names))
            {
                (subject, why) = (stem[5..], $"{Stem(file.Path)}.py is named after the infrastructure module {stem[5..]}");
            }
            else if (UnderTestingTests(file.Path))
            {
                (subject, why) = (container ?? Stem(file.Path), "it lives in the tests of a testing package");
            }

            if (subject is null)
            {
                continue;
            }

            var first = group.OrderBy(t => t.Unit.Line).First();
            var count = group.Count();
            var name = container ?? Stem(file.Path);
            groups.Add(new MetaTestRow(subject, name, file.Path, first.Unit.Line, count, why!));
            findings.Add(Finding.Create(
                RuleCatalog.MetaTest,
                $"{name}: {(count == 1 ? "1 test tests" : $"{count} tests test")} the test infrastructure ({why}) — counted, so the infrastructure's cost is visible",
                file.Path,
                first.Unit.Line,
                symbol: name,
                anchor: name));
        }

        return (groups.Sum(g => g.Count), [.. groups.OrderByDescending(g => g.Count).ThenBy(g => g.File, StringComparer.Ordinal)]);
    }

    /// <summary>Whether a type derives from a base of its own name, one it imports: a thin subclass of the product's class (<c>class BatchNotifier(luigi.batch_notifier.BatchNotifier)</c>).</summary>
    private static bool RedeclaresBase(InfrastructureItem item) =>
        item.File.Types.Any(t => t.Name == item.Name && t.Line == item.Line && t.BaseTypes.Contains(item.Name));

    /// <summary>
    /// Whether a test module named after an infrastructure module (<c>test_worker.py</c>, <c>worker.py</c> in a test folder)
    /// uses that module, as its imports say: an import that reaches one of its files (<c>from .worker import …</c>,
    /// <c>from tests.integration import worker</c>) does; an import of another module of that name (the product's
    /// <c>from myapp.worker import Worker</c>) without one does not. A module that imports neither uses it when it names one
    /// of its items.
    /// </summary>
    private static bool UsesModule(SourceFileModel file, string stem, List<string> paths, HashSet<string> names)
    {
        var product = false;
        foreach (var import in file.Imports)
        {
            var reaches = ImportedModules(file.Path, import, stem, file.ReferencedNames.Contains(stem)).ToList();
            if (reaches.Any(m => paths.Any(p => IsModuleFile(p, m))))
            {
                return true;
            }

            product |= reaches.Any(m => m.Length > 0 && m[(m.LastIndexOf('/') + 1)..].Equals(stem, StringComparison.OrdinalIgnoreCase));
        }

        return !product && file.ReferencedNames.Any(names.Contains);
    }

    /// <summary>
    /// The module paths (slash-separated, no extension) an import may name: <c>a.b</c> → <c>a/b</c>; a relative one from the
    /// importing file's folder (<c>.worker</c> → <c>tests/integration/worker</c>); and, when the file names <paramref name="stem"/>,
    /// that submodule of it (<c>from tests.integration import worker</c>).
    /// </summary>
    private static IEnumerable<string> ImportedModules(string importer, string import, string stem, bool namesStem)
    {
        var dots = import.Length - import.TrimStart('.').Length;
        var path = import[dots..].Replace('.', '/');
        if (dots > 0)
        {
            var folder = importer.Contains('/') ? importer[..importer.LastIndexOf('/')] : "";
            for (var up = 1; up < dots; up++)
            {
                folder = folder.Contains('/') ? folder[..folder.LastIndexOf('/')] : "";
            }

            path = folder.Length == 0 ? path : path.Length == 0 ? folder : folder + "/" + path;
        }

        if (path.Length > 0)
        {
            yield return path;
        }

        if (namesStem)
        {
            yield return path.Length == 0 ? stem : path + "/" + stem;
        }
    }

    /// <summary>The file is the module (<c>a/b</c> → <c>…/a/b.py</c> or <c>…/a/b/__init__.py</c>), matched as a path suffix.</summary>
    private static bool IsModuleFile(string file, string module)
    {
        var withoutExtension = file.EndsWith(".py", StringComparison.Ordinal) ? file[..^3] : file;
        if (withoutExtension.EndsWith("/__init__", StringComparison.Ordinal))
        {
            withoutExtension = withoutExtension[..^9];
        }

        return withoutExtension.Equals(module, StringComparison.Ordinal) || withoutExtension.EndsWith("/" + module, StringComparison.Ordinal);
    }

    /// <summary>The type a test class is about: PollingTests → Polling, TestPolling → Polling.</summary>
    private static string? SubjectOf(string container)
    {
        foreach (var suffix in new[] { "Tests", "Test", "Specs", "Spec" })
        {
            if (container.Length > suffix.Length && container.EndsWith(suffix, StringComparison.Ordinal))
            {
                return container[..^suffix.Length];
            }
        }

        return container.StartsWith("Test", StringComparison.Ordinal) && container.Length > 4 && char.IsUpper(container[4]) ? container[4..] : null;
    }

    private static bool UnderTestingTests(string path)
    {
        var segments = path.Split('/');
        var testing = Array.FindIndex(segments, s => s.Equals("testing", StringComparison.OrdinalIgnoreCase) || s.EndsWith(".Testing", StringComparison.OrdinalIgnoreCase));
        return testing >= 0 && segments.Skip(testing + 1).SkipLast(1).Any(s => s.Equals("tests", StringComparison.OrdinalIgnoreCase) || s.Equals("test", StringComparison.OrdinalIgnoreCase));
    }

    private static string Stem(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }
}
