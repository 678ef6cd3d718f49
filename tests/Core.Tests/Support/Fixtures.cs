namespace FloeHarden.Core.Tests.Support;

/// <summary>Locates test fixtures (copied next to the test assembly) and the repository's own folders.</summary>
public static class Fixtures
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Rule(string ruleId, string variant) => Path.Combine(Root, "Rules", ruleId, variant);

    /// <summary>The repository root: the nearest folder above the test assembly holding FloeHarden.sln.</summary>
    public static string Repository { get; } = FindRepository();

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

    public static AuditResult Audit(string root, string? config = null) =>
        AuditEngine.Run(new AuditOptions { Root = root, ConfigPath = config });
}
