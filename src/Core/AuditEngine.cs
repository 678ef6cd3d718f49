using Microsoft.Extensions.FileSystemGlobbing;
using System.Collections.Immutable;
using System.Diagnostics;
using FloeHarden.Core.Adoption;
using FloeHarden.Core.Analyses;
using FloeHarden.Core.Analyses.Assertions;
using FloeHarden.Core.Analyses.Classification;
using FloeHarden.Core.Analyses.Infrastructure;
using FloeHarden.Core.Analyses.Mocks;
using FloeHarden.Core.Analyses.Plugins;
using FloeHarden.Core.Analyses.SideEffects;
using FloeHarden.Core.Analyses.Values;
using FloeHarden.Core.Analyses.Workflows;
using FloeHarden.Core.Caching;
using FloeHarden.Core.Config;
using FloeHarden.Core.Discovery;
using FloeHarden.Core.Frontends;
using FloeHarden.Core.Frontends.CSharp;
using FloeHarden.Core.Frontends.Python;
using FloeHarden.Core.Model;
using FloeHarden.Core.Rules;
using FloeHarden.Core.Values;

namespace FloeHarden.Core;

/// <summary>discover → parse (frontends) → model → analyses → findings. Read-only on the audited tree.</summary>
public static class AuditEngine
{
    public static IReadOnlyList<IFrontend> Frontends { get; } = [new CSharpFrontend(), new PythonFrontend()];

    /// <summary>One analysis per report section, in report order (AC-1.1 … AC-1.8).</summary>
    public static IReadOnlyList<IAnalysis> Analyses { get; } = new IAnalysis[]
    {
        new MockAnalysis(), new ConfigDuplicationAnalysis(), new AssertionAnalysis(), new SideEffectAnalysis(),
        new ClassificationAnalysis(), new WorkflowCoverageAnalysis(), new PluginCoverageAnalysis(), new InfrastructureAnalysis(),
    }.OrderBy(a => a.Section.Id, StringComparer.Ordinal).ToArray();

    public static AuditResult Run(AuditOptions options, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var root = Path.GetFullPath(options.Root);
        if (File.Exists(root))
        {
            throw new AuditException($"'{options.Root}' is a file: pass the directory that holds the tests to audit");
        }

        if (!Directory.Exists(root))
        {
            throw new AuditException($"'{options.Root}' does not exist: pass the directory that holds the tests to audit");
        }

        var cache = OpenCache(root, options.CacheDirectory);
        var phase = Stopwatch.StartNew();
        var config = LoadConfig(root, options.ConfigPath);
        options.Progress?.Report("discovering files");
        var discovery = FileDiscovery.Discover(root, config);
        options.Progress?.Report($"discovered {discovery.Files.Length} source files in {Seconds(phase)}");
        if (discovery.Files.IsEmpty && discovery.ValuesFiles.IsEmpty)
        {
            throw new AuditException($"no C# or Python test sources found under '{options.Root}': point floe-audit at a repository or test folder (check 'exclude' in floe-audit.yaml)");
        }

        // Values files are read while the sources are parsed: nothing in either depends on the other.
        var valuesTask = Task.Run(
            () =>
            {
                options.Progress?.Report($"reading {discovery.ValuesFiles.Length} values files");
                var clock = Stopwatch.StartNew();
                var loaded = ValuesLoader.Load(root, discovery.ValuesFiles, config.MaxFileBytes, cache);
                options.Progress?.Report($"read {discovery.ValuesFiles.Length} values files in {Seconds(clock)}");
                return loaded;
            },
            cancellationToken);
        var frontendOptions = new FrontendOptions(config.MaxFileBytes, options.Python ?? config.Python, options.MaxParallelism, cache);
        var files = ImmutableArray.CreateBuilder<SourceFileModel>();
        var notes = ImmutableArray.CreateBuilder<string>();
        foreach (var result in ParseAll(discovery, frontendOptions, options.Progress, cancellationToken))
        {
            files.AddRange(result.Files);
            notes.AddRange(result.EnvironmentErrors);
        }

        if (files.Count == 0 && notes.Count > 0)
        {
            throw new AuditException(notes[0]);
        }

        var values = valuesTask.GetAwaiter().GetResult();
        if (cache is not null)
        {
            options.Progress?.Report($"cache {cache.Directory}: {cache.Hits} hits, {cache.Misses} misses{(cache.WriteFailures > 0 ? $", {cache.WriteFailures} entries not written" : "")}");
        }

        phase.Restart();
        var input = new AuditInput(root, config, files.ToImmutable(), options.MaxParallelism) { ValuesFiles = values, PluginFolders = discovery.PluginFolders, UsesMarkdownSnippets = discovery.UsesMarkdownSnippets };
        options.Progress?.Report($"indexed {input.Tests.Length} tests in {Seconds(phase)}");
        var sections = Analyse(input, options, cancellationToken);
        phase.Restart();
        var diagnostics = Diagnostics(config.Problems.AddRange(values.SelectMany(v => v.Problems)), files, input.PythonDataFiles, discovery, root);
        var analysed = sections.Select(s => s.Section.Id).Append(Sections.Engine.Id).ToHashSet(StringComparer.Ordinal);
        var (checkedFindings, suppressionDiagnostics) = SuppressionMatcher.Apply(sections.SelectMany(s => s.Findings).Concat(diagnostics), files, analysed);
        var findings = Fingerprints.Assign(ApplyOverrides(config, root, checkedFindings.Concat(suppressionDiagnostics)))
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.File, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ToImmutableArray();
        options.Progress?.Report($"suppressed, fingerprinted and sorted {findings.Length} findings in {Seconds(phase)}");
        options.Progress?.Report($"GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections, paused {GC.GetTotalPauseDuration().TotalSeconds:0.000} s, {GC.GetTotalAllocatedBytes() / 1048576} MB allocated");

        var testFiles = input.Files.Where(f => f.Tests.Any()).ToList();
        var summary = new AuditSummary(
            files.Count,
            testFiles.Count,
            input.Tests.Length,
            input.Tests.Sum(t => t.Unit.CaseCount),
            testFiles.Sum(f => f.LineCount),
            files.GroupBy(f => f.Language).ToImmutableSortedDictionary(g => LanguageName(g.Key), g => g.Count(), StringComparer.Ordinal),
            files.Count(f => NotAudited(f, input.PythonDataFiles)),
            discovery.ExcludedCount);

        return new AuditResult(root, config.SourceFile, summary, sections, findings, notes.ToImmutable(), clock.Elapsed)
        {
            ConfiguredBaseline = string.IsNullOrWhiteSpace(config.Baseline) ? null : Path.GetFullPath(Path.Combine(config.BaseDirectory, config.Baseline)),
        };
    }

    /// <summary>
    /// Every frontend at once (the Python one mostly waits for its interpreter process, the C# one parses in this
    /// process), results in frontend order so the model does not depend on which finished first.
    /// </summary>
    private static FrontendResult[] ParseAll(DiscoveryResult discovery, FrontendOptions frontendOptions, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var work = Frontends
            .Select(frontend => (Frontend: frontend, Batch: discovery.Files.Where(f => f.Language == frontend.Language).ToList()))
            .Where(x => x.Batch.Count > 0)
            .Select(x => Task.Run(() =>
            {
                progress?.Report($"parsing {x.Batch.Count} {x.Frontend.Language} files");
                var clock = Stopwatch.StartNew();
                var result = x.Frontend.Parse(x.Batch, frontendOptions, cancellationToken);
                progress?.Report($"parsed {x.Batch.Count} {x.Frontend.Language} files in {Seconds(clock)}");
                return result;
            }, cancellationToken))
            .ToArray();
        try
        {
            return Task.WhenAll(work).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw;
        }
    }

    /// <summary>The analyses are independent readers of the shared input: they run in parallel, and report in section order.</summary>
    private static ImmutableArray<SectionResult> Analyse(AuditInput input, AuditOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var results = new SectionResult[Analyses.Count];
        var times = new TimeSpan[Analyses.Count];
        ParallelWork.For(Analyses.Count, Parallelism(options, cancellationToken), i =>
        {
            var own = Stopwatch.StartNew();
            results[i] = Analyses[i].Analyze(input);
            times[i] = own.Elapsed;
        });

        for (var i = 0; i < results.Length; i++)
        {
            options.Progress?.Report($"analysed {results[i].Section.Id} in {times[i].TotalSeconds:0.000} s");
        }

        options.Progress?.Report($"analysed {results.Length} sections in {Seconds(clock)}");
        return [.. results];
    }

    private static ParallelOptions Parallelism(AuditOptions options, CancellationToken cancellationToken) => new()
    {
        MaxDegreeOfParallelism = options.MaxParallelism > 0 ? options.MaxParallelism : Environment.ProcessorCount,
        CancellationToken = cancellationToken,
    };

    private static string Seconds(Stopwatch clock) => $"{clock.Elapsed.TotalSeconds:0.000} s";

    /// <summary>The cache must not be inside the audited tree: the audit is read-only there.</summary>
    private static ModelCache? OpenCache(string root, string? directory)
    {
        if (directory is null)
        {
            return null;
        }

        var full = Path.GetFullPath(directory);
        var relative = Path.GetRelativePath(root, full);
        if (relative == "." || (relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative)))
        {
            throw new AuditException($"cache directory '{directory}' is inside the audited tree: the audit never writes there; pass --cache-dir outside '{root}' or --no-cache");
        }

        return ModelCache.Open(full);
    }

    public static string LanguageName(SourceLanguage language) => language == SourceLanguage.CSharp ? "csharp" : "python";

    private static AuditConfig LoadConfig(string root, string? explicitPath)
    {
        var path = ConfigLoader.Locate(root, explicitPath);
        if (path is null)
        {
            return ConfigLoader.Defaults(root);
        }

        try
        {
            return ConfigLoader.Load(path);
        }
        catch (FileNotFoundException)
        {
            throw new AuditException($"config file '{explicitPath}' does not exist: fix the --config path, or run 'floe-audit init' to create one");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AuditException($"config file '{path}' cannot be read: {e.Message}");
        }
    }

    /// <summary>
    /// What a syntax error cost: Roslyn recovers and audits what parsed; CPython's <c>ast</c> gives nothing for the file, so its
    /// tests are neither counted nor checked. Syntax newer than the interpreter is fixed by running a newer one.
    /// </summary>
    private static string ParseErrorConsequence(SourceFileModel file, ParseProblem problem)
    {
        if (file.Language != SourceLanguage.Python)
        {
            return "what parsed was still audited";
        }

        var lost = problem.UnauditedTests switch
        {
            0 => "nothing of the file was audited",
            1 => "nothing of the file was audited: its 1 test (`def test…`) is neither counted nor checked",
            var n => $"nothing of the file was audited: its {n} tests (`def test…`) are neither counted nor checked",
        };
        return problem.Message.Contains("newer than this interpreter", StringComparison.Ordinal)
            ? lost + "; run floe-audit with a newer Python (--python /path/to/python3.x, or `python:` in floe-audit.yaml)"
            : lost + "; fix the syntax, or exclude the file";
    }

    /// <summary>Found but not audited: skipped files, and Python files that do not parse (test data aside, see <see cref="PythonTestData"/>).</summary>
    private static bool NotAudited(SourceFileModel file, IReadOnlySet<SourceFileModel> dataFiles) =>
        file.Problems.Any(p => p.Skipped)
        || (file.Language == SourceLanguage.Python && !file.Problems.IsEmpty && file.Units.IsEmpty && !dataFiles.Contains(file));

    /// <param name="problems">Configuration and values-file problems, each reported as FH1903 with file and line.</param>
    /// <param name="dataFiles">Python test data (<see cref="PythonTestData"/>): syntax the interpreter rejects there is expected, not a file the audit misread.</param>
    private static IEnumerable<Finding> Diagnostics(ImmutableArray<ConfigProblem> problems, IEnumerable<SourceFileModel> files, IReadOnlySet<SourceFileModel> dataFiles, DiscoveryResult discovery, string root)
    {
        foreach (var file in files)
        {
            if (file.Problems.FirstOrDefault() is not { } problem || (!problem.Skipped && dataFiles.Contains(file)))
            {
                continue;
            }

            yield return problem.Skipped
                ? Finding.Create(RuleCatalog.FileSkipped, $"{file.Path} was not audited: {problem.Message}", file.Path, problem.Line, problem.Column, anchor: $"{Path.GetFileName(file.Path)}|{problem.Message}")
                : Finding.Create(RuleCatalog.ParseError, $"{file.Path} has syntax errors ({problem.Message}); {ParseErrorConsequence(file, problem)}", file.Path, problem.Line, problem.Column, anchor: $"{Path.GetFileName(file.Path)}|{problem.Message}");
        }

        foreach (var skipped in discovery.Skipped)
        {
            yield return Finding.Create(RuleCatalog.FileSkipped, $"{skipped.RelativePath} was not audited: {skipped.Reason}", skipped.RelativePath, 1, anchor: $"{Path.GetFileName(skipped.RelativePath)}|{skipped.Reason}");
        }

        foreach (var problem in problems)
        {
            var file = FileDiscovery.Relative(root, problem.File);
            file = file.StartsWith("../", StringComparison.Ordinal) ? problem.File.Replace('\\', '/') : file;
            yield return Finding.Create(RuleCatalog.ConfigProblem, $"{file}:{problem.Line}: {problem.Message}", file, problem.Line, problem.Column, anchor: problem.Message);
        }
    }

    /// <summary>Severity overrides and disabled rules from floe-audit.yaml; a path-scoped override applies to matching files only.</summary>
    private static IEnumerable<Finding> ApplyOverrides(AuditConfig config, string root, IEnumerable<Finding> findings)
    {
        if (config.Rules.IsEmpty)
        {
            return findings;
        }

        return findings.Select(finding => config.OverrideFor(finding.RuleId, Path.Combine(root, finding.File)) switch
        {
            null => finding,
            { Enabled: false } => null,
            var rule => finding with { Severity = rule.Severity ?? finding.Severity },
        }).OfType<Finding>();
    }
}
