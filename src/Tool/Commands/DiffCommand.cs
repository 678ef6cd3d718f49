using FloeHarden.Core.Adoption;
using FloeHarden.Core.Reporting;
using McMaster.Extensions.CommandLineUtils;

namespace FloeHarden.Tool.Commands;

/// <summary><c>floe-audit diff OLD.json NEW.json</c>: what got better and worse between two audits.</summary>
internal static class DiffCommand
{
    public const string DefaultOutput = "floe-audit-diff";

    private static readonly string[] Formats = ["md", "json"];

    public static void Configure(CommandLineApplication command)
    {
        command.Description = "Compare two report.json files: counts per severity and section (before, after, delta), new and fixed findings by fingerprint.";
        command.ExtendedHelpText = "\nWrites diff.md (for a pull-request comment) and diff.json. Exit 0 whatever changed (gate with --fail-on on the audit itself); 2 on bad input.";
        var oldReport = command.Argument("OLD", "report.json of the earlier audit (e.g. the target branch).").IsRequired();
        var newReport = command.Argument("NEW", "report.json of the later audit (e.g. the pull request).").IsRequired();
        var formats = command.Option("-f|--format <FORMATS>", "Formats, comma-separated: md, json (default: md,json).", CommandOptionType.SingleValue);
        var output = command.Option("-o|--output <DIR>", $"Directory for diff.md and diff.json (default: ./{DefaultOutput}).", CommandOptionType.SingleValue);
        var templates = command.Option("--template-dir <DIR>", "Directory of templates that override the built-in diff.md.scriban.", CommandOptionType.SingleValue);
        var quiet = command.Option("-q|--quiet", "Print nothing but errors.", CommandOptionType.NoValue);
        CommandRunner.ExitTwoOnValidationError(command);
        command.OnExecute(() =>
        {
            var console = new ConsoleOutput(quiet.HasValue(), verbose: false);
            return CommandRunner.Run(console, verbose: false, () =>
            {
                var formatList = CommandRunner.ParseFormats(formats.Value(), Formats, "md,json");
                var diff = ReportDiff.Compare(
                    ReportDiff.LoadReport(oldReport.Value!), ReportDiff.LoadReport(newReport.Value!), oldReport.Value!, newReport.Value!);
                var directory = Path.GetFullPath(output.Value() ?? DefaultOutput);
                var written = new List<string>();
                foreach (var format in formatList)
                {
                    var path = Path.Combine(directory, $"diff.{format}");
                    var content = format == "json"
                        ? diff.ToJsonString(ReportDocument.SerializerOptions) + "\n"
                        : new TemplateRenderer(templates.Value()).Render("diff.md.scriban", diff);
                    AtomicFile.WriteAllText(path, content);
                    written.Add(path);
                }

                var totals = diff["totals"]!["total"]!;
                console.Line($"floe-audit diff: {diff["verdict"]}: {diff["newFindings"]!.AsArray().Count} new, {diff["fixedFindings"]!.AsArray().Count} fixed, total {totals["old"]} → {totals["new"]}");
                foreach (var path in written)
                {
                    console.Line($"  {path}");
                }

                return (int)ExitCodes.Success;
            });
        });
    }
}
