namespace FloeHarden.E2E.Tests.Support;

/// <summary>Finds the upstream API specifications. They live outside the repository, in
/// <c>shared/specs</c> beside the repository root (how CI lays out the checkout); FLOE_SPECS_DIR
/// overrides the search. Tests that need them end Inconclusive, with the reason, when absent.</summary>
public static class Specs
{
    private static readonly Lazy<string?> Root = new(Locate);

    public static string Path(string relative)
    {
        if (Root.Value is null)
        {
            Assert.Inconclusive($"Upstream API specs not found: looked for shared/specs in every folder above {AppContext.BaseDirectory} (set FLOE_SPECS_DIR to override). CI clones the repository with shared/ beside it.");
        }

        var path = System.IO.Path.Combine(Root.Value!, relative);
        Assert.IsTrue(File.Exists(path), $"Spec file {path} is missing from {Root.Value}.");
        return path;
    }

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("FLOE_SPECS_DIR") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? configured : null;
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Combine(folder.FullName, "shared", "specs");
            if (File.Exists(System.IO.Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }
        }

        return null;
    }
}
