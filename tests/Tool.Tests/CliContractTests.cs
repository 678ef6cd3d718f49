using FloeHarden.Tests.Shared;
namespace FloeHarden.Tool.Tests;

/// <summary>The command line as a contract: exit codes, one-line errors, no stack traces without --verbose.</summary>
[TestClass]
public sealed class CliContractTests
{
    [TestMethod]
    public void Version_PrintsTheToolVersion()
    {
        var run = Cli.Audit("--version");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("0.1.0", run.Out.Trim());
    }

    [TestMethod]
    public void Rules_ListsTheWholeCatalogWithSeverities()
    {
        var run = Cli.Audit("rules");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, "FH1101  critical  AC-1.1  Mock or fake used in an e2e test");
        StringAssert.Contains(run.Out, "FH1305  minor     AC-1.3  Boolean assertion of an equality");
        Assert.AreEqual(36, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [TestMethod]
    [DataRow("does/not/exist", "does not exist: pass the directory that holds the tests to audit")]
    [DataRow("README.md", "is a file: pass the directory that holds the tests to audit")]
    public void BadPath_IsOneLineErrorWithExitTwo(string path, string message)
    {
        var run = Cli.Run("dotnet", [Cli.ToolDll, path, "--output", Cli.TempDirectory()], workingDirectory: Cli.Repository);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        Assert.AreEqual($"floe-audit: '{path}' {message}", run.Error.Trim());
        Assert.AreEqual("", run.Out);
    }

    [TestMethod]
    public void EmptyDirectory_IsOneLineErrorWithExitTwo()
    {
        var empty = Cli.TempDirectory();

        var run = Cli.Audit(empty, "--output", Cli.TempDirectory());

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.StartsWith(run.Error, $"floe-audit: no C# or Python test sources found under '{empty}'");
        Assert.AreEqual(1, run.Error.Trim().Split('\n').Length, run.Error);
    }

    [TestMethod]
    [DataRow("--fail-on", "sometimes", "floe-audit: --fail-on 'sometimes' is not a level: use critical, major, minor, info or none")]
    [DataRow("--format", "md,pdf", "floe-audit: unknown format 'pdf' in --format (known: html, json, md, sarif)")]
    [DataRow("--config", "nope.yaml", "floe-audit: config file 'nope.yaml' does not exist: fix the --config path, or run 'floe-audit init' to create one")]
    public void BadOption_IsOneLineErrorWithExitTwo(string option, string value, string expected)
    {
        var samples = Path.Combine(Cli.Repository, "samples");

        var run = Cli.Run("dotnet", [Cli.ToolDll, samples, option, value, "--output", Cli.TempDirectory()], workingDirectory: Cli.Repository);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        Assert.AreEqual(expected, run.Error.Trim());
    }

    [TestMethod]
    public void UnknownOption_IsOneLineErrorWithExitTwo()
    {
        var run = Cli.Audit("--colour", "blue");

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        Assert.AreEqual("floe-audit: Unrecognized option '--colour' (see 'floe-audit --help')", run.Error.Trim());
    }

    [TestMethod]
    public void BrokenFiles_AreReportedAndTheRestIsAudited()
    {
        var root = Cli.TempDirectory();
        var tests = Directory.CreateDirectory(Path.Combine(root, "tests", "Shop.UnitTests")).FullName;
        File.WriteAllText(Path.Combine(tests, "Good.cs"), "public class GoodTests { [Xunit.Fact] public void Checks() { Xunit.Assert.NotNull(Build()); } }\n");
        File.WriteAllText(Path.Combine(tests, "Broken.cs"), "public class BrokenTests {\n  [Fact] public void Half() { var x = (1 + ; }\n");
        File.WriteAllBytes(Path.Combine(tests, "Binary.cs"), [0x4D, 0x5A, 0x00, 0x01, 0xFF]);
        var output = Cli.TempDirectory();

        var run = Cli.Audit(root, "--output", output, "--format", "json");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var findings = Planted.InReport(Path.Combine(output, "report.json"));
        CollectionAssert.IsSubsetOf(
            new[] { new Expected("FH1901", "tests/Shop.UnitTests/Broken.cs", 2), new Expected("FH1902", "tests/Shop.UnitTests/Binary.cs", 1), new Expected("FH1302", "tests/Shop.UnitTests/Good.cs", 1) },
            findings.ToList());
        Assert.AreEqual("", run.Error);
    }

    [TestMethod]
    public void UnreadableFile_IsSkippedWithFH1902()
    {
        if (Environment.UserName == "root" || !OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("file permissions do not stop root (or are not POSIX here), so an unreadable file cannot be made; run the tests as a normal user to check FH1902 for unreadable files");
        }

        var root = Cli.TempDirectory();
        var tests = Directory.CreateDirectory(Path.Combine(root, "tests")).FullName;
        var locked = Path.Combine(tests, "LockedTests.cs");
        File.WriteAllText(locked, "public class LockedTests { }\n");
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(locked, UnixFileMode.None);
        }
        var output = Cli.TempDirectory();

        var run = Cli.Audit(root, "--output", output, "--format", "json");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        CollectionAssert.Contains(Planted.InReport(Path.Combine(output, "report.json")).ToList(), new Expected("FH1902", "tests/LockedTests.cs", 1));
    }
}

/// <summary>The README's rule table is the catalog as printed by <c>floe-audit rules --markdown</c>.</summary>
[TestClass]
public sealed class ReadmeTests
{
    [TestMethod]
    public void ReadmeRuleTable_MatchesTheCatalog()
    {
        var readme = File.ReadAllText(Path.Combine(Cli.Repository, "README.md"));
        var start = readme.IndexOf("<!-- rules:start -->\n", StringComparison.Ordinal) + "<!-- rules:start -->\n".Length;
        var end = readme.IndexOf("<!-- rules:end -->", StringComparison.Ordinal);

        var run = Cli.Audit("rules", "--markdown");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual(run.Out.Trim(), readme[start..end].Trim(), "README rule table is stale: paste 'floe-audit rules --markdown' between the rules markers");
    }

    [TestMethod]
    public void ReadmeOpensWithTheTwoCommands()
    {
        var readme = File.ReadAllText(Path.Combine(Cli.Repository, "README.md"));
        var firstBlock = readme[(readme.IndexOf("```sh\n", StringComparison.Ordinal) + 6)..];
        var lines = firstBlock[..firstBlock.IndexOf("```", StringComparison.Ordinal)].Trim().Split('\n');

        Assert.AreEqual(2, lines.Length);
        StringAssert.StartsWith(lines[0], "dotnet run --project src/Tool -- samples");
        StringAssert.StartsWith(lines[1], "dotnet test FloeHarden.sln");
        StringAssert.Contains(File.ReadAllText(Path.Combine(Cli.Repository, ".ci", "run")), "dotnet test FloeHarden.sln");
    }
}
