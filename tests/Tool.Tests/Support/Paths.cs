namespace FloeHarden.Tool.Tests.Support;

/// <summary>The repository, its fixtures and the shared schemas beside it, found from the test assembly.</summary>
public static class Paths
{
    public static string Repository { get; } = FindUp("FloeHarden.sln") ?? throw new InvalidOperationException("FloeHarden.sln not found above " + AppContext.BaseDirectory);

    public static string Fixtures { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string RuleFixture(string ruleId, string variant) => Path.Combine(Repository, "tests", "Core.Tests", "Fixtures", "Rules", ruleId, variant);

    /// <summary>/work/shared/schemas/NAME: a sibling 'shared/schemas' of the repository or of any folder above it.</summary>
    public static string? SharedSchema(string name)
    {
        for (var dir = new DirectoryInfo(Repository); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "schemas", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static string NewTempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "floe-audit-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string? FindUp(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, file)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
