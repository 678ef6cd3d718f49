namespace FloeHarden.Tasks.Tests.Support;

/// <summary>
/// One pack of FloeHarden.Audit.MSBuild per test run, into a local folder feed under a fresh temporary directory.
/// The version is unique per run, so no NuGet cache can ever serve a stale package; the build happens in its own
/// artifacts folder, so the repository's bin/obj (used by the dogfooding audit of parallel test projects) stay untouched.
/// </summary>
public static class PackageFeed
{
    public const string PackageId = "FloeHarden.Audit.MSBuild";

    public static string WorkRoot { get; private set; } = "";

    public static string Feed => Path.Combine(WorkRoot, "feed");

    public static string Version { get; private set; } = "";

    public static string Repository { get; } = FindRepository();

    public static void Pack()
    {
        WorkRoot = Path.Combine(Path.GetTempPath(), "floe-tasks-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(WorkRoot);

        // floe-audit looks for floe-audit.yaml upward and stops at a repository root: nothing above may leak in.
        Directory.CreateDirectory(Path.Combine(WorkRoot, ".git"));
        Version = $"0.1.0-t{DateTime.UtcNow:yyyyMMddHHmmss}{Random.Shared.Next(1000, 9999)}";
        var run = Dotnet.Run(Repository, "pack", Path.Combine(Repository, "src", "Tasks", "Tasks.csproj"), "-c", "Release",
            "-o", Feed, "--artifacts-path", Path.Combine(WorkRoot, "artifacts"), $"-p:Version={Version}");
        if (run.ExitCode != 0 || !File.Exists(Path.Combine(Feed, $"{PackageId}.{Version}.nupkg")))
        {
            throw new InvalidOperationException($"packing {PackageId} failed: {run}");
        }

        // Consumers see the local feed first, then whatever sources the machine's own NuGet configuration has.
        File.WriteAllText(Path.Combine(WorkRoot, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="floe-local-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);

        // Also stops MSBuild from walking further up for another Directory.Build.props.
        File.WriteAllText(Path.Combine(WorkRoot, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <FloeAuditPackageVersion>{Version}</FloeAuditPackageVersion>
              </PropertyGroup>
            </Project>
            """);
    }

    /// <summary>Copies a fixture project (Fixtures/NAME) into its own folder of the work root.</summary>
    public static string CreateProject(string fixture, string name)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture);
        var target = Path.Combine(WorkRoot, name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    /// <summary>Where NuGet restored the package under test (the global packages folder).</summary>
    public static string Restored => Path.Combine(
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
        PackageId.ToLowerInvariant(),
        Version);

    /// <summary>The floe-audit the package bundles, as restored: what a user runs for <c>baseline write</c>.</summary>
    public static string BundledTool => Path.Combine(Restored, "tools", "floe-audit", "floe-audit.dll");

    public static void Clean()
    {
        if (WorkRoot.Length > 0 && Directory.Exists(WorkRoot))
        {
            Directory.Delete(WorkRoot, recursive: true);
        }

        // The unique version would otherwise pile up in the global packages folder, one copy per run.
        var cached = Restored;
        if (Version.Length > 0 && Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }
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
