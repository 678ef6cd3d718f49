using FloeHarden.Core.Adoption;
using McMaster.Extensions.CommandLineUtils;

namespace FloeHarden.Tool.Commands;

/// <summary><c>floe-audit baseline write [PATH]</c>: accept today's findings so later runs fail only on new ones.</summary>
internal static class BaselineCommand
{
    public static void Configure(CommandLineApplication command)
    {
        command.Description = "Manage the baseline: the accepted findings a later audit compares with (docs/baseline.md).";
        command.OnExecute(() =>
        {
            command.ShowHelp();
            return (int)ExitCodes.Error;
        });
        command.Command("write", Write);
    }

    private static void Write(CommandLineApplication command)
    {
        command.Description = "Audit PATH and record every current finding by fingerprint in a baseline file.";
        command.ExtendedHelpText =
            $"\nUnlike the audit, this command writes into the audited tree on purpose: by default {Baseline.DefaultFileName} goes to the file "
            + "named by 'baseline:' in floe-audit.yaml, else next to floe-audit.yaml, else into PATH, so it can be committed with the code. "
            + "The file is written atomically and has no timestamps or line numbers: re-writing an unchanged baseline gives the same file.";
        var path = command.Argument("PATH", "Directory to audit (default: the current directory).");
        var output = command.Option("-o|--output <FILE>", $"Baseline file to write (default: see below).", CommandOptionType.SingleValue);
        var config = command.Option("-c|--config <FILE>", "Configuration file (default: floe-audit.yaml found upward from PATH).", CommandOptionType.SingleValue);
        var python = command.Option("--python <PATH>", "Python interpreter used to parse Python tests (default: python3 on PATH).", CommandOptionType.SingleValue);
        var cache = CacheOptions.Add(command);
        var quiet = command.Option("-q|--quiet", "Print nothing but errors.", CommandOptionType.NoValue);
        var verbose = command.Option("-v|--verbose", "Print progress and, on an internal error, the stack trace.", CommandOptionType.NoValue);
        command.OnExecute(() =>
        {
            var console = new ConsoleOutput(quiet.HasValue(), verbose.HasValue());
            return CommandRunner.Run(console, verbose.HasValue(), () =>
            {
                var result = AuditCommand.Audit(path.Value, config.Value(), python.Value(), console, cache.Directory);
                var target = output.Value() is { } explicitFile
                    ? Path.GetFullPath(explicitFile)
                    : result.ConfiguredBaseline
                      ?? Path.Combine(result.ConfigFile is { } file ? Path.GetDirectoryName(file)! : result.Root, Baseline.DefaultFileName);
                if (Directory.Exists(target))
                {
                    return console.Error($"--output '{target}' is a directory: name the baseline file, e.g. {Path.Combine(target, Baseline.DefaultFileName)}");
                }

                Baseline.Write(result, target, ToolInfo.Version);
                console.Line($"floe-audit: baseline of {result.Active.Count()} findings written to {target}");
                return (int)ExitCodes.Success;
            });
        });
    }
}
