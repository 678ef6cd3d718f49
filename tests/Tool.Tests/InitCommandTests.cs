namespace FloeHarden.Tool.Tests;

/// <summary><c>floe-audit init</c> through the real CLI: writes the starter file, refuses to overwrite, --force replaces.</summary>
[TestClass]
public sealed class InitCommandTests
{
    [TestMethod]
    public void Init_WritesAStarterFileTheAuditAccepts()
    {
        var folder = Cli.TempDirectory();

        var run = Cli.Audit("init", folder);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var path = Path.Combine(folder, "floe-audit.yaml");
        StringAssert.StartsWith(run.Out, $"wrote {path}");
        StringAssert.StartsWith(File.ReadAllText(path), "# floe-audit.yaml — configuration of floe-audit");
    }

    [TestMethod]
    public void Init_OverExistingFile_IsOneLineErrorWithExitTwo_AndKeepsTheFile()
    {
        var folder = Cli.TempDirectory();
        var path = Path.Combine(folder, "floe-audit.yaml");
        File.WriteAllText(path, "exclude: []\n");

        var run = Cli.Audit("init", folder);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        Assert.AreEqual($"floe-audit: {path} already exists: edit it, or pass --force to replace it with the starter file", run.Error.Trim());
        Assert.AreEqual("exclude: []\n", File.ReadAllText(path));
    }

    [TestMethod]
    public void Init_WithForce_ReplacesTheFile()
    {
        var folder = Cli.TempDirectory();
        var path = Path.Combine(folder, "floe-audit.yaml");
        File.WriteAllText(path, "exclude: []\n");

        var run = Cli.Audit("init", folder, "--force");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(File.ReadAllText(path), "maxFileSizeKb: 4096");
    }
}
