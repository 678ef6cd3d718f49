using FloeHarden.Core;
using FloeHarden.Core.Adoption;
using FloeHarden.Core.Caching;
using FloeHarden.Core.Reporting;
using McMaster.Extensions.CommandLineUtils;

namespace FloeHarden.Tool.Commands;

/// <summary><c>floe-audit [PATH]</c>: audit, write the reports, print the summary, exit by --fail-on.</summary>
internal static class AuditCommand
{
    public const string DefaultOutput = "floe-audit-report";

    public static void Configure(CommandLineApplication app)
    {
        var path = app.Argument("PATH", "Directory to audit (default: the current directory).");
        var formats = app.Option("-f|--format <FORMATS>", "Report formats, comma-separated: md, html, json, sarif (default: md,json).", CommandOptionType.SingleValue);
        var output = app.Option("-o|--output <DIR>", $"Directory for the reports (default: ./{DefaultOutput}).", CommandOptionType.SingleValue);
        var config = app.Option("-c|--config <FILE>", "Configuration file (default: floe-audit.yaml found upward from PATH).", CommandOptionType.SingleValue);
        var failOn = app.Option("--fail-on <LEVEL>", "Exit 1 when a finding is at or above LEVEL: critical, major, minor, info or none (default: none).", CommandOptionType.SingleValue);
        var python = app.Option("--python <PATH>", "Python interpreter used to parse Python tests (default: python3 on PATH).", CommandOptionType.SingleValue);
        var templates = app.Option("--template-dir <DIR>", "Directory of templates that override the built-in ones by file name (export them with 'floe-audit templates export DIR').", CommandOptionType.SingleValue);
        var cache = CacheOptions.Add(app);
        var baseline = app.Option("--baseline <FILE>", "Baseline file ('floe-audit baseline write'): report new, existing and fixed findings; --fail-on looks at new ones only (default: 'baseline:' in floe-audit.yaml).", CommandOptionType.SingleValue);
        var quiet = app.Option("-q|--quiet", "Print nothing but errors.", CommandOptionType.NoValue);
        var verbose = app.Option("-v|--verbose", "Print progress and, on an internal error, the stack trace.", CommandOptionType.NoValue);
        var version = app.Option("--version", "Print the version and exit.", CommandOptionType.NoValue);

        app.OnExecute(() =>
        {
            if (version.HasValue())
            {
                Console.Out.WriteLine(ToolInfo.Version);
                return (int)ExitCodes.Success;
            }

            var console = new ConsoleOutput(quiet.HasValue(), verbose.HasValue());
            return CommandRunner.Run(console, verbose.HasValue(), () =>
            {
                var threshold = CommandRunner.ParseFailOn(failOn.Value());
                var formatList = CommandRunner.ParseFormats(formats.Value(), ReportWriter.Formats.Keys, "md,json");
                if (templates.Value() is { } templateDir && !Directory.Exists(templateDir))
                {
                    return console.Error($"template directory '{templateDir}' does not exist (export the built-ins with 'floe-audit templates export DIR')");
                }

                var result = Audit(path.Value, config.Value(), python.Value(), console, cache.Directory);
                var baselinePath = baseline.Value() is { } explicitBaseline ? Path.GetFullPath(explicitBaseline) : result.ConfiguredBaseline;
                if (baselinePath is not null)
                {
                    result = Baseline.Compare(result, Baseline.Load(baselinePath), baselinePath);
                }

                var outputDirectory = Path.GetFullPath(output.Value() ?? DefaultOutput);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var document = ReportDocument.Serialize(result, ToolInfo.Version);
                console.VerboseProgress?.Report($"built the report document in {clock.Elapsed.TotalSeconds:0.000} s");
                var outcome = ReportWriter.Write(document, formatList, outputDirectory, templates.Value(), console.VerboseProgress);
                console.Summary(result, outcome);
                foreach (var failure in outcome.Failures)
                {
                    console.Error($"{failure.Format} report not written: {failure.Message}");
                }

                if (!outcome.Failures.IsEmpty)
                {
                    return (int)ExitCodes.Error;
                }

                return threshold is { } level && result.HasFindingsAtOrAbove(level)
                    ? (int)ExitCodes.FindingsAtOrAboveThreshold
                    : (int)ExitCodes.Success;
            });
        });
    }

    /// <summary>
    /// The audit every command runs: PATH (default the current directory), its config, the Python interpreter;
    /// <paramref name="cacheDirectory"/> null audits without the per-file cache.
    /// </summary>
    public static AuditResult Audit(string? path, string? config, string? python, ConsoleOutput console, string? cacheDirectory) => console.WithProgress(progress => AuditEngine.Run(new AuditOptions
    {
        Root = path ?? ".",
        ConfigPath = config,
        Python = python,
        CacheDirectory = cacheDirectory,
        Progress = progress,
    }));
}

/// <summary><c>--cache-dir</c> and <c>--no-cache</c>, the same on every command that audits.</summary>
internal sealed class CacheOptions
{
    private CommandOption _directory = null!;
    private CommandOption _off = null!;

    public static CacheOptions Add(CommandLineApplication command) => new()
    {
        _directory = command.Option("--cache-dir <DIR>", "Where parsed files are cached between audits (default: $XDG_CACHE_HOME/floe-audit or ~/.cache/floe-audit).", CommandOptionType.SingleValue),
        _off = command.Option("--no-cache", "Parse every file afresh and write no cache.", CommandOptionType.NoValue),
    };

    /// <summary>null: no cache.</summary>
    public string? Directory => _off.HasValue() ? null : _directory.Value() ?? ModelCache.DefaultDirectory();
}
