using System.Collections.Immutable;
using FloeHarden.Core.Discovery;
using FloeHarden.Core.Frontends;
using FloeHarden.Core.Frontends.Python;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Tests.Python;

/// <summary>Runs the real helper with the real python3 once over every fixture file of Fixtures/Python.</summary>
internal static class PythonFixtures
{
    public static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Python");

    private static readonly Lazy<FrontendResult> All = new(() => Parse(Files()));

    public static FrontendResult Result => All.Value;

    public static ImmutableArray<DiscoveredFile> Files() =>
    [
        .. Directory.EnumerateFiles(Root, "*.py", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(Discovered),
    ];

    /// <summary>Every .py file under <paramref name="root"/>, parsed by the real helper in one run, as an audit would (optionally through a cache).</summary>
    public static IReadOnlyList<SourceFileModel> ParseTree(string root, FloeHarden.Core.Caching.ModelCache? cache = null)
    {
        var files = Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new DiscoveredFile(path, FileDiscovery.Relative(root, path), SourceLanguage.Python, null, new FileInfo(path).Length))
            .ToList();
        return new PythonFrontend().Parse(files, new FrontendOptions(1024 * 1024, null, 0) { Cache = cache }, CancellationToken.None).Files;
    }

    public static DiscoveredFile Discovered(string fullPath)
    {
        var relative = FileDiscovery.Relative(Root, fullPath);
        return new DiscoveredFile(fullPath, relative, SourceLanguage.Python, null, new FileInfo(fullPath).Length);
    }

    public static FrontendResult Parse(IReadOnlyList<DiscoveredFile> files, string? python = null, int parallelism = 0) =>
        new PythonFrontend().Parse(files, new FrontendOptions(1024 * 1024, python, parallelism), CancellationToken.None);

    public static SourceFileModel File(string relativePath) =>
        Result.Files.Single(f => f.Path == relativePath);

    public static CodeUnit Unit(string relativePath, string name) =>
        File(relativePath).Units.Single(u => u.Name == name);
}
