using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace FloeHarden.Core.Frontends.Python;

/// <summary>One run of the helper: sends the file list, hands every summary line to a callback, reports environment errors.</summary>
internal static class PythonProcess
{
    private const int Protocol = 1;
    private const string Needs = "install Python 3.8+ or pass --python PATH";

    public sealed record Outcome(string? EnvironmentError, int ExitCode, string StderrTail, string? PythonVersion);

    public static Outcome Run(string? configuredPython, string helperPath, byte[] request, Action<JsonElement> onFile, CancellationToken cancellationToken)
    {
        var candidates = configuredPython is { Length: > 0 } ? [configuredPython] : OperatingSystem.IsWindows() ? ["python3", "python", "py"] : new[] { "python3", "python" };
        Process? process = null;
        string? used = null;
        foreach (var candidate in candidates)
        {
            try
            {
                process = Start(candidate, helperPath);
                used = candidate;
                break;
            }
            catch (Exception e) when (e is Win32Exception or FileNotFoundException or InvalidOperationException)
            {
                // try the next name
            }
        }

        if (process is null || used is null)
        {
            return new Outcome(
                configuredPython is { Length: > 0 }
                    ? $"Python interpreter '{configuredPython}' not found: {Needs}"
                    : $"python3 not found on PATH: {Needs}",
                -1,
                "",
                null);
        }

        using (process)
        {
            var stderr = new StringBuilder();
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is null)
                {
                    return;
                }

                lock (stderr)
                {
                    if (stderr.Length < 8192)
                    {
                        stderr.AppendLine(e.Data);
                    }
                }
            };
            process.BeginErrorReadLine();
            using var registration = cancellationToken.Register(() => Kill(process));

            try
            {
                process.StandardInput.BaseStream.Write(request);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The interpreter exited before reading (too old, not Python): the header check below says why.
            }

            string? version = null;
            string? error = null;
            var first = true;
            foreach (var line in Lines(process.StandardOutput.BaseStream))
            {
                JsonDocument document;
                try
                {
                    document = JsonDocument.Parse(line);
                }
                catch (JsonException)
                {
                    continue; // not ours (a stray print from a sitecustomize, say); the file it belonged to is reported as missing
                }

                using var owned = document;
                var root = document.RootElement;
                if (first)
                {
                    first = false;
                    if (root.TryGetProperty("error", out var err))
                    {
                        var found = root.TryGetProperty("python", out var v) ? v.GetString() : "?";
                        error = err.GetString() == "python-too-old"
                            ? $"Python {found} at '{used}' is too old: floe-audit needs Python 3.8+; {Needs}"
                            : $"the Python helper failed at '{used}': {err.GetString()}; {Needs}";
                        break;
                    }

                    if (!root.TryGetProperty("floe", out var protocol) || protocol.GetInt32() != Protocol)
                    {
                        error = $"the Python helper at '{used}' speaks an unknown protocol; {Needs}";
                        break;
                    }

                    version = root.TryGetProperty("python", out var pv) ? pv.GetString() : null;
                    continue;
                }

                if (root.TryGetProperty("i", out _))
                {
                    onFile(root);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            process.WaitForExit();
            string tail;
            lock (stderr)
            {
                tail = stderr.ToString().Trim();
            }

            if (first && error is null)
            {
                // No header at all: not a Python 3 interpreter (Python 2 fails to compile the helper), or it crashed at start.
                var reason = tail.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim() ?? $"exit code {process.ExitCode}";
                error = $"'{used}' could not run the Python helper ({reason}): {Needs}";
            }

            return new Outcome(error, process.ExitCode, tail, version);
        }
    }

    /// <summary>
    /// The helper's non-empty output lines as UTF-8 bytes, straight from the pipe (no decoding to strings and back). A
    /// line's memory is reused once the caller moves to the next one.
    /// </summary>
    private static IEnumerable<ReadOnlyMemory<byte>> Lines(Stream stream)
    {
        var buffer = new byte[1 << 16];
        var start = 0;
        var end = 0;
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var line = buffer.AsMemory(start, newline);
                start += newline + 1;
                if (!line.Span.Trim((byte)'\r').IsEmpty)
                {
                    yield return line;
                }

                continue;
            }

            if (start > 0)
            {
                // Move the partial line to the front before reading more.
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                end -= start;
                start = 0;
            }
            else if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                if (end > start && !buffer.AsSpan(start, end - start).Trim((byte)'\r').IsEmpty)
                {
                    yield return buffer.AsMemory(start, end - start);
                }

                yield break;
            }

            end += read;
        }
    }

    private static Process Start(string python, string helperPath)
    {
        var info = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        info.ArgumentList.Add("-I"); // isolated: ignore PYTHON* variables and the user site, never import from the audited tree
        info.ArgumentList.Add(helperPath);
        info.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        return Process.Start(info) ?? throw new InvalidOperationException($"could not start {python}");
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already exited
        }
    }
}
