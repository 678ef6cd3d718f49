using System.Text.RegularExpressions;
using FloeHarden.Core.Config;

namespace FloeHarden.Core.Tests.Config;

/// <summary>The file <c>floe-audit init</c> writes: valid, complete, and equal to the defaults it claims.</summary>
[TestClass]
public sealed class StarterConfigTests
{
    private static string NewDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "floe-core-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }

    [TestMethod]
    public void StarterFile_LoadsWithoutAnyProblem()
    {
        var config = ConfigLoader.Parse(StarterConfig.Text, Path.Combine(NewDirectory(), ConfigLoader.FileName));

        Assert.AreEqual(0, config.Problems.Length, string.Join("\n", config.Problems.Select(p => $"{p.Line}: {p.Message}")));
    }

    [TestMethod]
    public void StarterFile_NamesEveryKeyTheLoaderAccepts()
    {
        var missing = ConfigLoader.Keys
            .Where(key => !Regex.IsMatch(StarterConfig.Text, $"^(# )?{Regex.Escape(key)}:", RegexOptions.Multiline))
            .ToList();

        Assert.AreEqual(14, ConfigLoader.Keys.Count, "a key was added or removed: document it in StarterConfig and docs/configuration.md");
        Assert.AreEqual(0, missing.Count, $"keys the starter file does not document: {string.Join(", ", missing)}");
    }

    [TestMethod]
    public void StarterFile_SetsTheDefaults()
    {
        var folder = NewDirectory();
        var starter = ConfigLoader.Parse(StarterConfig.Text, Path.Combine(folder, ConfigLoader.FileName));
        var defaults = ConfigLoader.Defaults(folder);

        CollectionAssert.AreEqual(defaults.Values.ToList(), starter.Values.ToList());
        CollectionAssert.AreEqual(defaults.Plugins.ToList(), starter.Plugins.ToList());
        CollectionAssert.AreEqual(defaults.SideEffectVerbs.ToList(), starter.SideEffectVerbs.ToList());
        CollectionAssert.AreEqual(defaults.IgnoredValues.ToList(), starter.IgnoredValues.ToList());
        Assert.AreEqual(defaults.MaxFileBytes, starter.MaxFileBytes);
        Assert.AreEqual(0, starter.Workflows.Length);
        Assert.AreEqual(0, starter.RequiredTraits.Length);
        Assert.AreEqual(0, starter.Rules.Length);
        Assert.IsTrue(starter.TierGlobs.Values.All(g => g.IsEmpty));
    }

    [TestMethod]
    public void Write_CreatesTheFile_ThatLoadsFromDisk()
    {
        var folder = NewDirectory();

        var path = StarterConfig.Write(folder, force: false);

        Assert.AreEqual(Path.Combine(folder, "floe-audit.yaml"), path);
        Assert.AreEqual(StarterConfig.Text, File.ReadAllText(path));
        Assert.AreEqual(0, ConfigLoader.Load(path).Problems.Length);
        Assert.AreEqual(1, Directory.GetFiles(folder).Length, "no temp file left behind");
    }

    [TestMethod]
    public void Write_RefusesToReplaceAnExistingFile_UnlessForced()
    {
        var folder = NewDirectory();
        var path = Path.Combine(folder, "floe-audit.yaml");
        File.WriteAllText(path, "exclude: [\"mine/**\"]\n");

        var refused = Assert.ThrowsExactly<AuditException>(() => StarterConfig.Write(folder, force: false));

        Assert.AreEqual($"{path} already exists: edit it, or pass --force to replace it with the starter file", refused.Message);
        Assert.AreEqual("exclude: [\"mine/**\"]\n", File.ReadAllText(path));

        StarterConfig.Write(folder, force: true);
        Assert.AreEqual(StarterConfig.Text, File.ReadAllText(path));
    }

    [TestMethod]
    public void ConfigurationDocs_DescribeEveryKey()
    {
        var docs = File.ReadAllText(Path.Combine(Support.Fixtures.Repository, "docs", "configuration.md"));

        var missing = ConfigLoader.Keys.Where(key => !docs.Contains($"### `{key}`", StringComparison.Ordinal)).ToList();

        Assert.AreEqual(0, missing.Count, $"docs/configuration.md has no section for: {string.Join(", ", missing)}");
    }
}
