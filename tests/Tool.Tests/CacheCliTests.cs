using System.Text.Json.Nodes;

namespace FloeHarden.Tool.Tests;

/// <summary>--cache-dir and --no-cache through the real CLI: where the cache goes, that it changes nothing, and its errors.</summary>
[TestClass]
public sealed class CacheCliTests
{
    [TestMethod]
    public void CacheDir_IsFilledOutsideTheTree_AndTheWarmReportEqualsTheColdOne()
    {
        var tree = CopyOfSamples();
        var cache = Cli.TempDirectory();
        var before = Snapshot(tree);

        var (coldOut, fillOut, warmOut) = (Cli.TempDirectory(), Cli.TempDirectory(), Cli.TempDirectory());

        var cold = Cli.Audit(tree, "-f", "json", "-q", "--no-cache", "-o", coldOut);
        var filling = Cli.Audit(tree, "-f", "json", "-q", "--cache-dir", cache, "-o", fillOut);
        var warm = Cli.Audit(tree, "-f", "json", "-q", "--cache-dir", cache, "-o", warmOut);

        Assert.AreEqual(0, cold.ExitCode, cold.ToString());
        Assert.AreEqual(0, filling.ExitCode, filling.ToString());
        Assert.AreEqual(0, warm.ExitCode, warm.ToString());
        // Object key order can differ between processes (hash-seeded dictionaries), so compare as JSON, not bytes.
        Assert.IsTrue(JsonNode.DeepEquals(Report(coldOut), Report(fillOut)), "the audit that fills the cache reports what a cache-less one does");
        Assert.IsTrue(JsonNode.DeepEquals(Report(coldOut), Report(warmOut)), "the warm audit reports what a cache-less one does");
        Assert.IsGreaterThan(10, Directory.GetFiles(cache, "*.model", SearchOption.AllDirectories).Length);
        CollectionAssert.AreEqual(before, Snapshot(tree), "the audited tree is read-only, with or without a cache");
    }

    [TestMethod]
    public void NoCache_WritesNothingToTheDefaultCacheFolder()
    {
        var tree = CopyOfSamples();
        var home = Cli.TempDirectory();

        var run = Cli.Run("dotnet", [Cli.ToolDll, tree, "-f", "json", "-q", "--no-cache", "-o", Cli.TempDirectory()], environment: new Dictionary<string, string> { ["XDG_CACHE_HOME"] = home });

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.IsEmpty(Directory.GetFileSystemEntries(home));
    }

    [TestMethod]
    public void DefaultCache_GoesUnderXdgCacheHome()
    {
        var tree = CopyOfSamples();
        var home = Cli.TempDirectory();

        var run = Cli.Run("dotnet", [Cli.ToolDll, tree, "-f", "json", "-q", "-o", Cli.TempDirectory()], environment: new Dictionary<string, string> { ["XDG_CACHE_HOME"] = home });

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.IsNotEmpty(Directory.GetFiles(Path.Combine(home, "floe-audit"), "*.model", SearchOption.AllDirectories));
    }

    [TestMethod]
    public void BaselineAndEpic_TakeTheCacheOptions_AndTheCacheChangesNoBaseline()
    {
        var tree = CopyOfSamples();
        var cache = Cli.TempDirectory();
        var (cold, warm) = (Path.Combine(Cli.TempDirectory(), "cold.json"), Path.Combine(Cli.TempDirectory(), "warm.json"));

        var noCache = Cli.Audit("baseline", "write", tree, "-o", cold, "-q", "--no-cache");
        var filling = Cli.Audit("baseline", "write", tree, "-o", warm, "-q", "--cache-dir", cache);
        var filled = Directory.GetFiles(cache, "*.model", SearchOption.AllDirectories).Length;
        var epic = Cli.Audit("epic", tree, "-o", Cli.TempDirectory(), "-q", "--cache-dir", cache);

        Assert.AreEqual(0, noCache.ExitCode, noCache.ToString());
        Assert.AreEqual(0, filling.ExitCode, filling.ToString());
        Assert.AreEqual(0, epic.ExitCode, epic.ToString());
        Assert.AreEqual(File.ReadAllText(cold), File.ReadAllText(warm));
        Assert.IsGreaterThan(10, filled);
        Assert.AreEqual(filled, Directory.GetFiles(cache, "*.model", SearchOption.AllDirectories).Length, "the epic's audit read the entries the baseline's wrote");
    }

    [TestMethod]
    public void CacheDirInsideTheAuditedTree_IsOneLineErrorWithExitTwo()
    {
        var tree = CopyOfSamples();

        var run = Cli.Audit(tree, "--cache-dir", Path.Combine(tree, ".cache"), "-o", Cli.TempDirectory());

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        Assert.AreEqual($"floe-audit: cache directory '{Path.Combine(tree, ".cache")}' is inside the audited tree: the audit never writes there; pass --cache-dir outside '{tree}' or --no-cache", run.Error.Trim());
        Assert.IsFalse(Directory.Exists(Path.Combine(tree, ".cache")));
    }

    private static JsonNode Report(string directory) => JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "report.json")))!;

    private static string CopyOfSamples()
    {
        var from = Path.Combine(Cli.Repository, "samples");
        var to = Path.Combine(Cli.TempDirectory(), "samples");
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }

    private static List<string> Snapshot(string tree) =>
        [.. Directory.GetFileSystemEntries(tree, "*", SearchOption.AllDirectories).Select(p => $"{Path.GetRelativePath(tree, p)} {(File.Exists(p) ? new FileInfo(p).Length : -1)}").Order(StringComparer.Ordinal)];
}
