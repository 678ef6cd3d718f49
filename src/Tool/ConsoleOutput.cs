using FloeHarden.Core;
using FloeHarden.Core.Reporting;
using FloeHarden.Core.Rules;
using Spectre.Console;

namespace FloeHarden.Tool;

/// <summary>
/// Everything the tool prints: the summary on stdout, progress and errors on stderr. On a terminal the summary is
/// a coloured table and progress a live status line; when redirected, in CI or with --quiet it is plain text
/// (the plain summary is a stable format that scripts and tests read).
/// </summary>
internal sealed class ConsoleOutput(bool quiet, bool verbose)
{
    private static readonly Severity[] Severities = [Severity.Critical, Severity.Major, Severity.Minor, Severity.Info];

    private readonly bool _richOutput = !quiet && !Console.IsOutputRedirected && !InContinuousIntegration;
    private readonly bool _liveProgress = !quiet && !Console.IsErrorRedirected && !InContinuousIntegration;

    private static bool InContinuousIntegration =>
        Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);

    public int Error(string message)
    {
        Console.Error.WriteLine($"floe-audit: {message}");
        return (int)ExitCodes.Error;
    }

    /// <summary>A line of normal output (stdout), unless --quiet.</summary>
    public void Line(string text)
    {
        if (!quiet)
        {
            Console.Out.WriteLine(text);
        }
    }

    /// <summary>Progress lines for --verbose (stderr), like the audit's phase timings; null when not verbose.</summary>
    public IProgress<string>? VerboseProgress => verbose && !quiet ? new SynchronousProgress(m => Console.Error.WriteLine($"floe-audit: {m}…")) : null;

    /// <summary>Runs the audit with a live status line on a terminal, plain progress lines with --verbose, or silently.</summary>
    public T WithProgress<T>(Func<IProgress<string>?, T> work)
    {
        if (_liveProgress)
        {
            var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            return stderr.Status()
                .Spinner(Spinner.Known.Dots)
                .Start("floe-audit: starting…", context => work(new SynchronousProgress(m => context.Status($"floe-audit: {Markup.Escape(m)}…"))));
        }

        return work(VerboseProgress);
    }

    public void Summary(AuditResult result, ReportOutcome outcome)
    {
        if (quiet)
        {
            return;
        }

        if (_richOutput)
        {
            RichSummary(result, outcome);
        }
        else
        {
            PlainSummary(result, outcome);
        }
    }

    private static string Headline(AuditResult result)
    {
        var s = result.Summary;
        var languages = string.Join(", ", s.FilesByLanguage.OrderBy(kv => kv.Key).Select(kv => $"{kv.Value} {(kv.Key == "csharp" ? "C#" : "Python")}"));
        return $"floe-audit {ToolInfo.Version}: {s.Tests} tests ({s.TestCases} cases) in {s.TestFiles} test files ({languages} files), {result.Duration.TotalSeconds:0.00} s";
    }

    private static List<IGrouping<string, Finding>> TopRules(AuditResult result) =>
        [.. result.Active.GroupBy(f => f.RuleId).OrderByDescending(g => g.Max(f => f.Severity)).ThenByDescending(g => g.Count()).Take(5)];

    private static string? AdoptionLine(AuditResult result) => result.Baseline is { } baseline
        ? $"baseline {baseline.File}: {baseline.New} new, {baseline.Existing} existing, {baseline.Fixed.Length} fixed (--fail-on looks at new findings only)"
        : null;

    private static void PlainSummary(AuditResult result, ReportOutcome outcome)
    {
        Console.Out.WriteLine(Headline(result));
        Console.Out.WriteLine();
        Console.Out.WriteLine("  severity   findings");
        foreach (var severity in Severities)
        {
            Console.Out.WriteLine($"  {severity.ToName(),-9}  {result.Count(severity),8}");
        }

        Console.Out.WriteLine($"  {"total",-9}  {result.Active.Count(),8}");
        if (result.SuppressedCount > 0)
        {
            Console.Out.WriteLine($"  {"suppressed",-9} {result.SuppressedCount,8}  (in code, not counted)");
        }

        if (AdoptionLine(result) is { } adoption)
        {
            Console.Out.WriteLine();
            Console.Out.WriteLine($"  {adoption}");
        }

        var top = TopRules(result);
        if (top.Count > 0)
        {
            Console.Out.WriteLine();
            foreach (var group in top)
            {
                var rule = RuleCatalog.Get(group.Key);
                Console.Out.WriteLine($"  {rule.Id} {group.First().Severity.ToName(),-8} {group.Count(),5}  {rule.Title}");
            }
        }

        foreach (var note in result.EnvironmentNotes)
        {
            Console.Out.WriteLine($"\n  note: {note}");
        }

        Console.Out.WriteLine();
        foreach (var report in outcome.Written)
        {
            Console.Out.WriteLine($"  {report.Format,-5} {report.Path}");
        }
    }

    private static void RichSummary(AuditResult result, ReportOutcome outcome)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine($"[bold]{Markup.Escape(Headline(result))}[/]");
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Severity").AddColumn(new TableColumn("Findings").RightAligned());
        foreach (var severity in Severities)
        {
            var count = result.Count(severity);
            table.AddRow($"[{Colour(severity)}]{severity.ToName()}[/]", count == 0 ? "[dim]0[/]" : $"[{Colour(severity)} bold]{count}[/]");
        }

        table.AddRow("[bold]total[/]", $"[bold]{result.Active.Count()}[/]");
        if (result.SuppressedCount > 0)
        {
            table.AddRow("[dim]suppressed (in code, not counted)[/]", $"[dim]{result.SuppressedCount}[/]");
        }

        if (AdoptionLine(result) is { } adoption)
        {
            console.MarkupLine(Markup.Escape(adoption));
        }

        var top = TopRules(result);
        if (top.Count > 0)
        {
            var rules = new Table().Border(TableBorder.Rounded).AddColumn("Rule").AddColumn("Severity").AddColumn(new TableColumn("Count").RightAligned()).AddColumn("Title");
            foreach (var group in top)
            {
                var rule = RuleCatalog.Get(group.Key);
                var severity = group.Max(f => f.Severity);
                rules.AddRow(rule.Id, $"[{Colour(severity)}]{severity.ToName()}[/]", group.Count().ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(rule.Title));
            }

            console.Write(new Columns(table, rules).Collapse());
        }
        else
        {
            console.Write(table);
        }

        foreach (var note in result.EnvironmentNotes)
        {
            console.MarkupLine($"[yellow]note:[/] {Markup.Escape(note)}");
        }

        foreach (var report in outcome.Written)
        {
            console.MarkupLine($"  [dim]{report.Format,-5}[/] [link]{Markup.Escape(report.Path)}[/]");
        }
    }

    private static string Colour(Severity severity) => severity switch
    {
        Severity.Critical => "red",
        Severity.Major => "darkorange",
        Severity.Minor => "yellow",
        _ => "blue",
    };

    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
