using FloeHarden.Core;
using FloeHarden.Core.Reporting;
using FloeHarden.Core.Rules;

namespace FloeHarden.Tool;

/// <summary>Everything the tool prints: the summary on stdout, progress and errors on stderr.</summary>
internal sealed class ConsoleOutput(bool quiet, bool verbose)
{
    private readonly bool _showProgress = !quiet && (verbose || (!Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null));

    public IProgress<string>? Progress => _showProgress ? new SynchronousProgress(m => Console.Error.WriteLine($"floe-audit: {m}…")) : null;

    public int Error(string message)
    {
        Console.Error.WriteLine($"floe-audit: {message}");
        return (int)ExitCodes.Error;
    }

    public void Summary(AuditResult result, ReportOutcome outcome)
    {
        if (quiet)
        {
            return;
        }

        var s = result.Summary;
        var languages = string.Join(", ", s.FilesByLanguage.OrderBy(kv => kv.Key).Select(kv => $"{kv.Value} {(kv.Key == "csharp" ? "C#" : "Python")}"));
        Console.Out.WriteLine($"floe-audit {ToolInfo.Version}: {s.Tests} tests ({s.TestCases} cases) in {s.TestFiles} test files ({languages} files), {result.Duration.TotalSeconds:0.00} s");
        Console.Out.WriteLine();
        Console.Out.WriteLine("  severity   findings");
        foreach (var severity in new[] { Severity.Critical, Severity.Major, Severity.Minor, Severity.Info })
        {
            Console.Out.WriteLine($"  {severity.ToName(),-9}  {result.Count(severity),8}");
        }

        Console.Out.WriteLine($"  {"total",-9}  {result.Findings.Length,8}");
        var top = result.Findings.GroupBy(f => f.RuleId).OrderByDescending(g => g.Max(f => f.Severity)).ThenByDescending(g => g.Count()).Take(5).ToList();
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

    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
