using System.Diagnostics;

namespace FloeHarden.Tool.Tests;

public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>Runs programs for real: the built floe-audit, dotnet itself.</summary>
public static class Cli
{
    public static string ToolDll { get; } = Path.Combine(AppContext.BaseDirectory, "floe-audit.dll");

    public static string Repository { get; } = FindRepository();

    /// <summary>Runs the floe-audit built next to the tests (<c>dotnet floe-audit.dll …</c>).</summary>
    public static CliRun Audit(params string[] args) => Run("dotnet", [ToolDll, .. args]);

    public static CliRun Run(string program, IEnumerable<string> args, string? workingDirectory = null, IDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in time");
        }

        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "floe-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FloeHarden.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FloeHarden.sln not found above " + AppContext.BaseDirectory);
    }
}
