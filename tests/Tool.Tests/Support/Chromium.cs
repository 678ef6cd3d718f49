using System.Diagnostics;

namespace FloeHarden.Tool.Tests.Support;

/// <summary>
/// Debian's chromium, installed on demand by scripts/install-chromium.sh, run headless with everything that could
/// reach the network switched off. When it is missing and cannot be installed the calling test ends Inconclusive.
/// </summary>
public static class Chromium
{
    private static readonly Lazy<(string? Path, string Reason)> Installed = new(Install);

    public static readonly string[] BaseArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions", "--hide-scrollbars",
    ];

    public static string Require()
    {
        var (path, reason) = Installed.Value;
        if (path is null)
        {
            Assert.Inconclusive(reason);
        }

        return path!;
    }

    /// <summary>Runs chromium once (e.g. --screenshot or --dump-dom) in a fresh profile; returns stdout.</summary>
    public static string Run(TimeSpan timeout, params string[] arguments)
    {
        var browser = Require();
        var profile = Paths.NewTempDirectory();
        var start = new ProcessStartInfo(browser) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in BaseArguments.Append($"--user-data-dir={profile}").Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"chromium did not finish within {timeout.TotalSeconds:0} s");
        }

        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, $"chromium failed:\n{stderr.Result}");
        return stdout.Result;
    }

    private static (string?, string) Install()
    {
        var script = Path.Combine(Paths.Repository, "scripts", "install-chromium.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
                return (null, "scripts/install-chromium.sh did not finish within 10 minutes");
            }

            process.WaitForExit();
            var path = stdout.Result.Trim().Split('\n').LastOrDefault()?.Trim();
            return process.ExitCode == 0 && File.Exists(path)
                ? (path, "")
                : (null, $"chromium is not available: {stderr.Result.Trim().Split('\n').LastOrDefault()} (scripts/install-chromium.sh exit {process.ExitCode})");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (null, $"chromium is not available and scripts/install-chromium.sh cannot run: {e.Message}");
        }
    }
}
