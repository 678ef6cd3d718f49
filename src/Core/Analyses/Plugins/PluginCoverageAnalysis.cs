using System.Collections.Immutable;
using FloeHarden.Core.Analyses.Tiers;
using FloeHarden.Core.Model;
using FloeHarden.Core.Rules;

namespace FloeHarden.Core.Analyses.Plugins;

/// <summary>
/// One plugin's tests. Integration = integration + e2e tests, split into what they prove:
/// real service + mocks only + stubbed + no I/O seen = integration.
/// </summary>
public sealed record PluginRow(
    string Plugin,
    string Path,
    ImmutableArray<string> Folders,
    int Tests,
    int Unit,
    int Integration,
    int RealService,
    int MocksOnly,
    int Stubbed,
    int NoIoSeen,
    int OtherTiers,
    int Placeholders,
    string Status);

public sealed record PlaceholderRow(string Test, string File, int Line, string Tier, string? Plugin);

public sealed record PluginSectionData(
    int Plugins,
    ImmutableSortedDictionary<string, int> ByStatus,
    ImmutableArray<PluginRow> Matrix,
    int Placeholders,
    ImmutableArray<PlaceholderRow> PlaceholderTests,
    ImmutableArray<string> Globs);

/// <summary>
/// AC-1.7: per plugin, unit and integration tests and whether the integration tests use real services (FH1701, FH1702),
/// plus every placeholder test in the repository (FH1703).
/// </summary>
public sealed class PluginCoverageAnalysis : IAnalysis
{
    public const string Good = "GOOD";
    public const string Mixed = "MIXED";
    public const string MockOnly = "MOCK ONLY";
    public const string Stubbed = "STUBBED";
    public const string NoIntegration = "NO INTEGRATION";

    private const int PlaceholdersListed = 100;

    private static readonly string[] StatusOrder = [NoIntegration, Stubbed, MockOnly, Mixed, Good];

    public Section Section => Sections.Plugins;

    public SectionResult Analyze(AuditInput input)
    {
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var plugins = Plugin.From(input.PluginFolders);
        var ownerOfFile = input.Tests.Select(t => t.File).Distinct().ToDictionary(f => f.Path, f => Plugin.Owning(plugins, f), StringComparer.Ordinal);
        Plugin? Owner(TestInfo t) => ownerOfFile[t.File.Path];

        var rows = new List<PluginRow>();
        foreach (var plugin in plugins)
        {
            var tests = input.Tests.Where(t => ReferenceEquals(Owner(t), plugin)).ToList();
            var integration = tests.Where(t => t.Tier is Tier.Integration or Tier.E2E).ToList();
            var stubbed = integration.Count(IsStubbed);
            var live = integration.Where(t => !IsStubbed(t)).ToList();
            var real = live.Count(Behaviour.TouchesExternal);
            var mocksOnly = live.Count(t => t.UsesDoubles && !Behaviour.TouchesExternal(t));
            var status = integration.Count == 0 ? NoIntegration
                : live.Count == 0 ? Stubbed
                : mocksOnly == live.Count ? MockOnly
                : mocksOnly > 0 ? Mixed
                : Good;
            var unit = tests.Count(t => t.Tier == Tier.Unit);
            rows.Add(new PluginRow(
                plugin.Name,
                plugin.Path,
                plugin.Folders,
                tests.Count,
                unit,
                integration.Count,
                real,
                mocksOnly,
                stubbed,
                live.Count - real - mocksOnly,
                tests.Count - unit - integration.Count,
                tests.Count(t => t.IsPlaceholder),
                status));

            var where = plugin.Manifest ?? plugin.Path;
            switch (status)
            {
                case NoIntegration:
                    findings.Add(Finding.Create(
                        RuleCatalog.PluginWithoutIntegration,
                        $"plugin {plugin.Name} ({plugin.Path}) has no integration tests ({Plural(tests.Count, "test")} found, {unit} unit): add tests that run it against the real service it plugs into",
                        where,
                        1,
                        symbol: plugin.Name,
                        anchor: plugin.Name));
                    break;
                case Stubbed:
                    findings.Add(Finding.Create(
                        RuleCatalog.PluginWithoutIntegration,
                        $"plugin {plugin.Name} ({plugin.Path}) has no working integration tests: all {integration.Count} are placeholders or skipped — implement them against the real service",
                        where,
                        1,
                        symbol: plugin.Name,
                        anchor: plugin.Name));
                    break;
                case MockOnly:
                    findings.Add(Finding.Create(
                        RuleCatalog.PluginMockOnly,
                        $"plugin {plugin.Name} ({plugin.Path}): all {live.Count} of its running integration tests replace the real service with mocks or fakes — run at least one against the real service",
                        where,
                        1,
                        symbol: plugin.Name,
                        anchor: plugin.Name));
                    break;
            }
        }

        var placeholders = input.Tests.Where(t => t.IsPlaceholder).ToList();
        foreach (var test in placeholders)
        {
            var name = test.Unit.QualifiedName;
            findings.Add(Finding.Create(
                RuleCatalog.PlaceholderTest,
                $"{name} is a placeholder (empty, or only says it is not implemented): it passes or fails without testing anything — implement it or delete it",
                test.File.Path,
                test.Unit.Line,
                symbol: name,
                anchor: name));
        }

        var matrix = rows
            .OrderBy(r => Array.IndexOf(StatusOrder, r.Status))
            .ThenByDescending(r => r.Tests)
            .ThenBy(r => r.Plugin, StringComparer.Ordinal)
            .ToImmutableArray();
        var data = new PluginSectionData(
            rows.Count,
            StatusOrder.ToImmutableSortedDictionary(s => s, s => rows.Count(r => r.Status == s), StringComparer.Ordinal),
            matrix,
            placeholders.Count,
            [.. placeholders
                .Select(t => new PlaceholderRow(t.Unit.QualifiedName, t.File.Path, t.Unit.Line, t.Tier.ToName(), Owner(t)?.Name))
                .OrderBy(r => r.Plugin is null ? 1 : 0).ThenBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line)
                .Take(PlaceholdersListed)],
            input.Config.Plugins);

        return new SectionResult(Section, data, findings.ToImmutable(), Notes(input, plugins));
    }

    private static ImmutableArray<string> Notes(AuditInput input, IReadOnlyList<Plugin> plugins)
    {
        if (plugins.Count > 0)
        {
            return [];
        }

        var globs = input.Config.Plugins.IsEmpty ? "none are configured" : string.Join(", ", input.Config.Plugins.Select(g => $"`{g}`"));
        return [$"No plugin folder matched the plugin globs ({globs}), so there is no per-plugin matrix. If the repository has plugins, list their folders under `plugins:` in floe-audit.yaml. Placeholder tests (FH1703) are still reported."];
    }

    /// <summary>A stubbed test proves nothing: it is a placeholder, or it is skipped before it runs.</summary>
    private static bool IsStubbed(TestInfo test) =>
        test.IsPlaceholder || test.Unit.Skips.Any(s => s.Kind is SkipKind.Declared or SkipKind.ExpectedFailure);

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    /// <summary>One plugin: the folders that name it (source and test folders alike), grouped by plugin name.</summary>
    private sealed record Plugin(string Name, string Path, string? Manifest, ImmutableArray<string> Folders, List<string> Key)
    {
        public static IReadOnlyList<Plugin> From(ImmutableArray<PluginFolder> folders) =>
            [.. folders
                .Select(f => (Folder: f, Key: PluginNames.Key(f.Path[(f.Path.LastIndexOf('/') + 1)..])))
                .Where(x => x.Key.Count > 0)
                .GroupBy(x => string.Join('-', x.Key), StringComparer.Ordinal)
                .Select(g =>
                {
                    // The plugin's own folder is the one that is not a test folder.
                    var main = g.OrderBy(x => IsTestFolder(x.Folder.Path) ? 1 : 0).ThenBy(x => x.Folder.Path.Length).ThenBy(x => x.Folder.Path, StringComparer.Ordinal).First();
                    return new Plugin(g.Key, main.Folder.Path, main.Folder.Manifest, [.. g.Select(x => x.Folder.Path).Order(StringComparer.Ordinal)], main.Key);
                })
                .OrderBy(p => p.Name, StringComparer.Ordinal)];

        /// <summary>
        /// The plugin a test file belongs to: the deepest plugin folder it lives under; else the plugin its project or
        /// package name names (Foo.Plugin.Kafka.IntegrationTests); else, when its path mentions "plugin", the plugin whose
        /// name appears in its path as whole words (tests/integration/test_kafka_plugin.py). Longest name wins.
        /// </summary>
        public static Plugin? Owning(IReadOnlyList<Plugin> plugins, SourceFileModel file)
        {
            if (plugins.Count == 0)
            {
                return null;
            }

            var byFolder = plugins
                .SelectMany(p => p.Folders.Select(f => (Plugin: p, Folder: f)))
                .Where(x => file.Path.StartsWith(x.Folder + "/", StringComparison.Ordinal))
                .OrderByDescending(x => x.Folder.Length)
                .Select(x => x.Plugin)
                .FirstOrDefault();
            if (byFolder is not null)
            {
                return byFolder;
            }

            var longestFirst = plugins.OrderByDescending(p => p.Key.Count).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
            if (file.Project is { } project)
            {
                var words = PluginNames.Words(project);
                if (longestFirst.FirstOrDefault(p => PluginNames.ContainsRun(words, p.Key)) is { } byProject)
                {
                    return byProject;
                }
            }

            var pathWords = PluginNames.Words(file.Path);
            return pathWords.Any(PluginNames.IsPluginWord) ? longestFirst.FirstOrDefault(p => PluginNames.ContainsRun(pathWords, p.Key)) : null;
        }

        private static bool IsTestFolder(string path)
        {
            var last = path[(path.LastIndexOf('/') + 1)..];
            return Discovery.FileDiscovery.HasTestSegment(path + "/x") || TierResolver.FromName(last) is not null;
        }
    }
}
