using System.Text.Json;
using FloeHarden.Tasks.Tests.Support;
using FloeHarden.Tests.Shared;

namespace FloeHarden.Tasks.Tests;

/// <summary>
/// The package as a user meets it: a fresh project references FloeHarden.Audit.MSBuild from a folder feed and runs
/// the real `dotnet test` / `dotnet build`. Slow by nature (real restores and builds), so few and broad.
/// </summary>
[TestClass]
public sealed class PackageAcceptanceTests
{
    /// <summary>The floe-audit the package runs (tools/floe-audit/) is the same ReadyToRun publish as the tool package's (<see cref="ReadyToRunImages"/>).</summary>
    [TestMethod]
    public void Package_BundlesAReadyToRunFloeAudit_WithItsIL()
    {
        if (ReadyToRunImages.NotCompiledHere is { } reason)
        {
            Assert.Inconclusive(reason);
        }

        var (assemblies, problems) = ReadyToRunImages.Check(Path.Combine(PackageFeed.Feed, $"{PackageFeed.PackageId}.{PackageFeed.Version}.nupkg"), "tools/floe-audit/");

        CollectionAssert.IsSubsetOf(new[] { "floe-audit.dll", "FloeHarden.Core.dll", "Microsoft.CodeAnalysis.CSharp.dll", "YamlDotNet.dll" }, assemblies.ToArray());
        Assert.IsEmpty(problems, string.Join("\n", problems));
    }

    [TestMethod]
    public void DotnetTest_OnTestingPlatform_ReportsPlantedFindingsAsWarnings_WritesReports_AndSkipsWhenUnchanged()
    {
        var project = PackageFeed.CreateProject("MSTestProject", "mtp");
        var planted = Planted.In(project);

        var test = Dotnet.Run(project, "test");

        Assert.AreEqual(0, test.ExitCode, test.ToString());
        var findings = Diagnostic.Parse(test.Output, "FH1");
        CollectionAssert.AreEquivalent(planted.ToList(), findings.Select(d => (d.File, d.Line, d.Code)).ToList(), test.ToString());
        Assert.IsTrue(findings.All(d => d.Kind == "warning"), test.ToString());
        var reportDirectory = Path.Combine(project, "obj", "floe-audit");
        Assert.IsTrue(File.Exists(Path.Combine(reportDirectory, "report.md")), "report.md missing");
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(reportDirectory, "report.json"))))
        {
            var ruleIds = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()).Order().ToList();
            CollectionAssert.AreEqual(planted.Select(p => p.Code).Order().ToList(), ruleIds);
        }

        var unchanged = Dotnet.Run(project, "build", "-p:FloeAuditOnBuild=true", "-v:n");

        Assert.AreEqual(0, unchanged.ExitCode, unchanged.ToString());
        StringAssert.Contains(unchanged.Output, "Skipping target \"_FloeAuditRun\" because all output files are up-to-date", unchanged.ToString());
        Assert.IsEmpty(Diagnostic.Parse(unchanged.Output), unchanged.ToString());

        File.SetLastWriteTimeUtc(Path.Combine(project, "CartTests.cs"), DateTime.UtcNow);
        var touched = Dotnet.Run(project, "build", "-p:FloeAuditOnBuild=true", "-v:n");

        Assert.AreEqual(0, touched.ExitCode, touched.ToString());
        Assert.DoesNotContain("Skipping target \"_FloeAuditRun\"", touched.Output, touched.ToString());
        Assert.HasCount(planted.Count, Diagnostic.Parse(touched.Output, "FH1"), touched.ToString());
    }

    [TestMethod]
    public void DotnetTest_OnVSTest_WarnsBelowFailOn_FailsWithSummaryAtFailOn_AndDoesNothingWhenDisabled()
    {
        var project = PackageFeed.CreateProject("XUnitProject", "vstest");
        var planted = Planted.In(project);

        var test = Dotnet.Run(project, "test");

        Assert.AreEqual(0, test.ExitCode, test.ToString());
        CollectionAssert.AreEquivalent(planted.ToList(), Diagnostic.Parse(test.Output, "FH1").Select(d => (d.File, d.Line, d.Code)).ToList(), test.ToString());
        StringAssert.Contains(test.Output, "Passed!", test.ToString());

        var strict = Dotnet.Run(project, "test", "-p:FloeAuditFailOn=major");

        Assert.AreEqual(1, strict.ExitCode, strict.ToString());
        var errors = Diagnostic.Parse(strict.Output).Where(d => d.Kind == "error").ToList();
        CollectionAssert.AreEquivalent(planted.Select(p => p.Code).Append("FH0002").ToList(), errors.Select(d => d.Code).ToList(), strict.ToString());
        StringAssert.Contains(strict.Output, "error FH0002: floe-audit: Shop.XUnit: 2 of 2 findings (0 critical, 2 major, 0 minor, 0 info) at or above 'major' (FloeAuditFailOn)", strict.ToString());
        Assert.DoesNotContain("Passed!", strict.Output, "the tests ran although the audit failed:\n" + strict);

        var disabled = Dotnet.Run(project, "test", "-p:FloeAuditEnabled=false", "-p:FloeAuditFailOn=major");

        Assert.AreEqual(0, disabled.ExitCode, disabled.ToString());
        Assert.IsEmpty(Diagnostic.Parse(disabled.Output), disabled.ToString());
        StringAssert.Contains(disabled.Output, "Passed!", disabled.ToString());
    }

    [TestMethod]
    public void BrokenConfig_IsOneErrorNamingTheFileAndLine_AndTheRepositoryTargetWritesOneReport()
    {
        var project = PackageFeed.CreateProject("XUnitProject", "broken-config");
        var config = Path.Combine(project, "floe-audit.yaml");
        File.WriteAllText(config, "exclude:\n  - \"Generated/**\"\nsideEfects: [save]\n");

        var build = Dotnet.Run(project, "build", "-p:FloeAuditOnBuild=true");

        Assert.AreEqual(1, build.ExitCode, build.ToString());
        var diagnostics = Diagnostic.Parse(build.Output);
        var configErrors = diagnostics.Where(d => d.Code == "FH1903").ToList();
        Assert.HasCount(1, configErrors, build.ToString());
        Assert.AreEqual((config, 3, "error"), (configErrors[0].File, configErrors[0].Line, configErrors[0].Kind));
        StringAssert.Contains(configErrors[0].Message, "unknown key 'sideEfects'");
        Assert.IsFalse(diagnostics.Any(d => d.Code == "FH0001"), build.ToString());
        Assert.IsTrue(diagnostics.Where(d => d.Code is "FH1301" or "FH1304").All(d => d.Kind == "warning"), build.ToString());

        File.Delete(config);
        var output = Path.Combine(PackageFeed.WorkRoot, "repository-report");
        var repository = Dotnet.Run(project, "msbuild", "-t:FloeAuditRepository", $"-p:FloeAuditRepositoryRoot={project}", $"-p:FloeAuditRepositoryOutputPath={output}");

        Assert.AreEqual(0, repository.ExitCode, repository.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        var files = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("file").GetString()).Distinct().ToList();
        CollectionAssert.AreEqual(new[] { "OrderTests.cs" }, files);
        Assert.IsTrue(File.Exists(Path.Combine(output, "report.md")), "report.md missing");
    }

    [TestMethod]
    public void Baseline_AcceptedFindingsStayWarnings_AndEditingTheBaselineReRunsTheAudit()
    {
        var project = PackageFeed.CreateProject("XUnitProject", "baseline");
        var restore = Dotnet.Run(project, "build", "-p:FloeAuditOnBuild=true");
        Assert.AreEqual(0, restore.ExitCode, restore.ToString());
        var write = Dotnet.Run(project, PackageFeed.BundledTool, "baseline", "write", ".");
        Assert.AreEqual(0, write.ExitCode, write.ToString());
        File.WriteAllText(Path.Combine(project, "floe-audit.yaml"), "baseline: floe-audit.baseline.json\n");

        var accepted = Dotnet.Run(project, "build", "-p:FloeAuditOnBuild=true", "-p:FloeAuditFailOn=major");

        Assert.AreEqual(0, accepted.ExitCode, accepted.ToString());
        var warnings = Diagnostic.Parse(accepted.Output, "FH1");
        CollectionAssert.AreEquivalent(new[] { "FH1301", "FH1304" }, warnings.Select(d => d.Code).ToList(), accepted.ToString());
        Assert.IsTrue(warnings.All(d => d.Kind == "warning" && d.Message.EndsWith("[major, in the baseline]", StringComparison.Ordinal)), accepted.ToString());

        // Take FH1301 out of the baseline: only the baseline file changed, and the audit must see it.
        var baselinePath = Path.Combine(project, "floe-audit.baseline.json");
        var baseline = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(baselinePath))!;
        var entries = baseline["findings"]!.AsArray();
        entries.Remove(entries.Single(e => (string?)e!["ruleId"] == "FH1301"));
        File.WriteAllText(baselinePath, baseline.ToJsonString());

        var reopened = Dotnet.Run(project, "build", "-p:FloeAuditOnBuild=true", "-p:FloeAuditFailOn=major");

        Assert.AreEqual(1, reopened.ExitCode, reopened.ToString());
        var errors = Diagnostic.Parse(reopened.Output).Where(d => d.Kind == "error").Select(d => d.Code).ToList();
        CollectionAssert.AreEquivalent(new[] { "FH1301", "FH0002" }, errors, reopened.ToString());
    }
}
