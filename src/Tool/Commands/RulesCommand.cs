using FloeHarden.Core.Rules;
using McMaster.Extensions.CommandLineUtils;

namespace FloeHarden.Tool.Commands;

/// <summary><c>floe-audit rules</c>: the rule catalog.</summary>
internal static class RulesCommand
{
    public static void Configure(CommandLineApplication command)
    {
        command.Description = "List every rule: id, default severity, section and title.";
        var markdown = command.Option("--markdown", "Print the catalog as a markdown table (the README's rule table).", CommandOptionType.NoValue);
        command.OnExecute(() =>
        {
            Console.Out.Write(markdown.HasValue() ? MarkdownTable() : PlainTable());
            return (int)ExitCodes.Success;
        });
    }

    public static string MarkdownTable()
    {
        var lines = new List<string> { "| Rule | Section | Default | Title |", "|---|---|---|---|" };
        lines.AddRange(RuleCatalog.All.Select(r => $"| [{r.Id}]({r.DocsPath}) | {r.Section} | {r.DefaultSeverity.ToName()} | {r.Title} |"));
        return string.Join('\n', lines) + "\n";
    }

    private static string PlainTable() =>
        string.Concat(RuleCatalog.All.Select(r => $"{r.Id}  {r.DefaultSeverity.ToName(),-8}  {r.Section,-6}  {r.Title}\n"));
}
