using FloeHarden.Core.Reporting;
using McMaster.Extensions.CommandLineUtils;

namespace FloeHarden.Tool.Commands;

/// <summary>
/// <c>floe-audit templates export DIR</c>: writes every built-in template (same relative paths) so a team can edit
/// some of them and pass the folder to <c>--template-dir</c>. Refuses to overwrite existing files without --force,
/// and then writes nothing, so an edited template is never lost halfway through an export.
/// </summary>
internal static class TemplatesCommand
{
    public static void Configure(CommandLineApplication command)
    {
        command.Description = "Work with the report templates (docs/templates.md).";
        command.OnExecute(() =>
        {
            command.ShowHelp();
            return (int)ExitCodes.Error;
        });
        command.Command("export", export =>
        {
            export.Description = "Write the built-in templates to DIR, to edit and use with --template-dir DIR.";
            var directory = export.Argument("DIR", "Directory to write the templates to (created if missing).").IsRequired();
            var force = export.Option("--force", "Overwrite templates that already exist in DIR.", CommandOptionType.NoValue);
            export.OnExecute(() => Export(directory.Value!, force.HasValue()));
        });
    }

    private static int Export(string directory, bool force)
    {
        var root = Path.GetFullPath(directory);
        if (File.Exists(root))
        {
            return Fail($"'{directory}' is a file: pass a directory to export the templates to");
        }

        var targets = TemplateRenderer.BuiltInTemplates.Select(name => (Name: name, Path: Path.Combine(root, name.Replace('/', Path.DirectorySeparatorChar)))).ToList();
        var existing = targets.Where(t => File.Exists(t.Path)).ToList();
        if (existing.Count > 0 && !force)
        {
            return Fail($"'{existing[0].Path}' already exists ({existing.Count} of {targets.Count} templates do): pass --force to overwrite them");
        }

        try
        {
            foreach (var (name, path) in targets)
            {
                AtomicFile.WriteAllText(path, TemplateRenderer.ReadBuiltIn(name));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"cannot write the templates to '{directory}': {e.Message}");
        }

        Console.Out.WriteLine($"floe-audit: wrote {targets.Count} templates to {root}");
        foreach (var (name, _) in targets)
        {
            Console.Out.WriteLine($"  {name}");
        }

        Console.Out.WriteLine($"Edit any of them, delete the rest, and run: floe-audit --template-dir {directory} --format md,html");
        return (int)ExitCodes.Success;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"floe-audit: {message}");
        return (int)ExitCodes.Error;
    }
}
