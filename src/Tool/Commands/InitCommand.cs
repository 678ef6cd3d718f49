using FloeHarden.Core;
using FloeHarden.Core.Config;
using McMaster.Extensions.CommandLineUtils;

namespace FloeHarden.Tool.Commands;

/// <summary><c>floe-audit init [DIR]</c>: writes the commented starter floe-audit.yaml.</summary>
internal static class InitCommand
{
    public static void Configure(CommandLineApplication command)
    {
        command.Description = $"Write a commented starter {ConfigLoader.FileName} (every key, with its default) into DIR.";
        var directory = command.Argument("DIR", "Folder to write it into (default: the current directory).");
        var force = command.Option("--force", $"Replace an existing {ConfigLoader.FileName}.", CommandOptionType.NoValue);
        command.OnExecute(() =>
        {
            try
            {
                var path = StarterConfig.Write(directory.Value ?? ".", force.HasValue());
                Console.Out.WriteLine($"wrote {path} — edit it, then run floe-audit (docs/configuration.md explains every key)");
                return (int)ExitCodes.Success;
            }
            catch (AuditException e)
            {
                Console.Error.WriteLine($"floe-audit: {e.Message}");
                return (int)ExitCodes.Error;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"floe-audit: cannot write {ConfigLoader.FileName}: {e.Message}");
                return (int)ExitCodes.Error;
            }
        });
    }
}
