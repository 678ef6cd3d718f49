namespace FloeHarden.Tool.Tests.Support;

/// <summary>The repository, its fixtures and the shared schemas beside it, found from the test assembly.</summary>
public static class Paths
{
    public static string Repository => Cli.Repository;

    public static string Samples => Path.Combine(Repository, "samples");

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
}
