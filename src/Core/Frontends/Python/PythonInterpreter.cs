namespace FloeHarden.Core.Frontends.Python;

/// <summary>
/// A cheap identity of the interpreter that will parse the Python files, for cache keys: its resolved path, size and
/// modification time. An upgraded or different Python gives a different fingerprint, so its <c>ast</c> is asked again.
/// </summary>
internal static class PythonInterpreter
{
    /// <summary>The fingerprint, or null when the interpreter cannot be found (then nothing Python is cached).</summary>
    public static string? Fingerprint(string? configured)
    {
        var candidates = configured is { Length: > 0 } ? [configured] : OperatingSystem.IsWindows() ? ["python3", "python", "py"] : new[] { "python3", "python" };
        foreach (var candidate in candidates)
        {
            if (Resolve(candidate) is { } path)
            {
                try
                {
                    var target = new FileInfo(path);
                    if (target.LinkTarget is not null && target.ResolveLinkTarget(returnFinalTarget: true) is FileInfo final)
                    {
                        target = final;
                    }

                    return target.Exists ? $"{target.FullName}:{target.Length}:{target.LastWriteTimeUtc.Ticks}" : null;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return null;
                }
            }
        }

        return null;
    }

    /// <summary>The file the process start would run: a path as given, else the first match on PATH.</summary>
    private static string? Resolve(string command)
    {
        if (command.Contains(Path.DirectorySeparatorChar) || command.Contains(Path.AltDirectorySeparatorChar))
        {
            return File.Exists(command) ? Path.GetFullPath(command) : null;
        }

        var extensions = OperatingSystem.IsWindows() ? new[] { ".exe", "" } : [""];
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var extension in extensions)
            {
                var path = Path.Combine(directory, command + extension);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }
}
