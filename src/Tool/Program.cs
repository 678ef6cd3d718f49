using FloeHarden.Tool;
using FloeHarden.Tool.Commands;
using McMaster.Extensions.CommandLineUtils;

var app = new CommandLineApplication
{
    Name = "floe-audit",
    FullName = "floe-audit — test hardening audit",
    Description = "Audits a repository's tests (C# and Python): mocks in the wrong tier, weak assertions, config drift, untested workflows.",
    ExtendedHelpText = "\nExit codes: 0 nothing at or above --fail-on; 1 findings at or above --fail-on; 2 usage, configuration or environment error; 3 internal error (a bug: please report it).\nDocs: README.md and docs/; rules: floe-audit rules",
};
app.HelpOption("-h|--help", inherited: true);
AuditCommand.Configure(app);
app.Command("rules", RulesCommand.Configure);
app.Command("baseline", BaselineCommand.Configure);
app.Command("diff", DiffCommand.Configure);
app.Command("epic", EpicCommand.Configure);
app.Command("init", InitCommand.Configure);
app.Command("templates", TemplatesCommand.Configure);

try
{
    return app.Execute(args);
}
catch (CommandParsingException e)
{
    Console.Error.WriteLine($"floe-audit: {e.Message} (see 'floe-audit --help')");
    return (int)ExitCodes.Error;
}
