using FloeHarden.Tests.Shared;

namespace FloeHarden.Tool.Tests;

/// <summary>
/// The tool as users get it: packed into a local folder feed, installed with <c>dotnet tool install</c> (global-style
/// into a tool path, and into a local tool manifest), then run on the sample repository.
/// </summary>
[TestClass]
public sealed class PackagingTests
{
    private static string _feed = "";
    private static string _version = "";
    private static string _artifacts = "";

    [ClassInitialize]
    public static void PackOnce(TestContext context)
    {
        _version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        _feed = Cli.TempDirectory();
        _artifacts = Cli.TempDirectory();

        // An isolated artifacts path: packing never races the solution's own bin/obj folders.
        var pack = Cli.Run("dotnet", ["pack", Path.Combine(Cli.Repository, "src", "Tool"), "-c", "Release", "-o", _feed, $"-p:Version={_version}", "-p:UseArtifactsOutput=true", $"-p:ArtifactsPath={_artifacts}"]);

        Assert.AreEqual(0, pack.ExitCode, pack.ToString());
    }

    [TestMethod]
    public void ToolPathInstall_RunsTheAuditOnTheSamples()
    {
        var toolPath = Cli.TempDirectory();
        var install = Cli.Run("dotnet", ["tool", "install", "FloeHarden.Audit", "--tool-path", toolPath, "--add-source", _feed, "--version", _version]);
        Assert.AreEqual(0, install.ExitCode, install.ToString());
        var output = Cli.TempDirectory();
        var samples = Path.Combine(Cli.Repository, "samples");

        var run = Cli.Run(Path.Combine(toolPath, "floe-audit"), [samples, "--output", output]);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.StartsWith(run.Out, $"floe-audit {_version}: ");
        Planted.AssertSame(Planted.In(samples), Planted.InReport(Path.Combine(output, "report.json")), "installed tool on samples/");
        Assert.IsTrue(File.Exists(Path.Combine(output, "report.md")));
    }

    /// <summary>src/Tool/ReadyToRun.targets: every assembly the tool package ships is precompiled and keeps its IL (<see cref="ReadyToRunImages"/>).</summary>
    [TestMethod]
    public void Package_ShipsReadyToRunAssemblies_WithTheirIL()
    {
        if (ReadyToRunImages.NotCompiledHere is { } reason)
        {
            Assert.Inconclusive(reason);
        }

        var (assemblies, problems) = ReadyToRunImages.Check(Path.Combine(_feed, $"FloeHarden.Audit.{_version}.nupkg"), "tools/");

        CollectionAssert.IsSubsetOf(new[] { "floe-audit.dll", "FloeHarden.Core.dll", "Microsoft.CodeAnalysis.CSharp.dll", "YamlDotNet.dll" }, assemblies.ToArray());
        Assert.IsEmpty(problems, string.Join("\n", problems));

        // The images are compiled under the artifacts path, not appended to the project folder (src/Tool/tmp/...).
        Assert.IsTrue(File.Exists(Path.Combine(_artifacts, "obj", "Tool", "release", "r2r", "FloeHarden.Core.dll")), $"no r2r/FloeHarden.Core.dll under {_artifacts}/obj/Tool/release");
    }

    [TestMethod]
    public void LocalToolManifest_RunsAsDotnetFloeAudit()
    {
        var repo = Cli.TempDirectory();
        Assert.AreEqual(0, Cli.Run("dotnet", ["new", "tool-manifest"], repo).ExitCode);
        var install = Cli.Run("dotnet", ["tool", "install", "FloeHarden.Audit", "--add-source", _feed, "--version", _version], repo);
        Assert.AreEqual(0, install.ExitCode, install.ToString());

        var version = Cli.Run("dotnet", ["floe-audit", "--version"], repo);
        var rules = Cli.Run("dotnet", ["floe-audit", "rules"], repo);

        Assert.AreEqual(_version, version.Out.Trim(), version.ToString());
        StringAssert.StartsWith(rules.Out, "FH1101  critical  AC-1.1  Mock or fake used in an e2e test");
    }
}
