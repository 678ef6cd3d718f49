using System.Diagnostics;
using System.Text;

namespace FloeHarden.E2E.Harness.Processes;

public sealed record ProcessResult(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    public string Output => StandardOutput + StandardError;

    public override string ToString() =>
        $"`{Command}` exited {ExitCode}{Environment.NewLine}--- stdout ---{Environment.NewLine}{Tail(StandardOutput)}{Environment.NewLine}--- stderr ---{Environment.NewLine}{Tail(StandardError)}";

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];
}

/// <summary>Runs the command-line tools some scenarios drive (floe, dbt, helm) with a deadline:
/// a tool that hangs is killed and reported, never waited on forever.</summary>
public static class ProcessRunner
{
    public static async Task<ProcessResult> RunAsync(
        string executable,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var command = string.Join(' ', new[] { executable }.Concat(arguments));
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var readOut = PumpAsync(process.StandardOutput, stdout);
        var readErr = PumpAsync(process.StandardError, stderr);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{command}` did not finish within {timeout.TotalSeconds:0}s and was killed.{Environment.NewLine}{stdout}{stderr}");
        }

        await Task.WhenAll(readOut, readErr).ConfigureAwait(false);
        return new ProcessResult(command, process.ExitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>An explicit path, or a name found on PATH; null when neither exists.</summary>
    public static string? Locate(string nameOrPath)
    {
        if (nameOrPath.Contains(Path.DirectorySeparatorChar) || nameOrPath.Contains(Path.AltDirectorySeparatorChar))
        {
            return File.Exists(nameOrPath) ? Path.GetFullPath(nameOrPath) : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, nameOrPath))
            .FirstOrDefault(File.Exists);
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder sink)
    {
        var buffer = new char[4096];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            lock (sink)
            {
                sink.Append(buffer, 0, read);
            }
        }
    }
}
