using System.Diagnostics;
using System.Reflection;

namespace FloeHarden.Tool.Tests.Support;

public sealed record CliRun(int ExitCode, string StdOut, string StdErr, TimeSpan Duration)
{
    public override string ToString() => $"exit {ExitCode} after {Duration.TotalSeconds:0.0} s\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
}

/// <summary>Runs the built floe-audit CLI as a real process (stdout and stderr redirected, as in CI).</summary>
public static class Cli
{
    public static string Dll { get; } = typeof(Cli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "FloeAuditDll").Value!;

    public static CliRun Run(params string[] args) => Run(TimeSpan.FromMinutes(2), args);

    public static CliRun Run(TimeSpan timeout, params string[] args)
    {
        Assert.IsTrue(File.Exists(Dll), $"the CLI is not built at {Dll}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("CI");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"floe-audit {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:0} s");
        }

        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed);
    }
}
