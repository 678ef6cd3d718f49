using System.Text.Json;

namespace FloeHarden.Tool.Tests;

/// <summary>Our own audit of our own E2E project: real services only, every scenario mapped to its workflow.</summary>
[TestClass]
public sealed class DogfoodTests
{
    [TestMethod]
    public void AuditOfTheE2EProject_FindsNoDoubleAndCoversEveryWorkflow()
    {
        var output = Cli.TempDirectory();

        var run = Cli.Audit(Path.Combine(Cli.Repository, "src", "E2E"), "--output", output, "--format", "json", "--quiet");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        var sections = report.RootElement.GetProperty("sections");
        var mocks = sections.GetProperty("AC-1.1").GetProperty("data");
        Assert.AreEqual(0, mocks.GetProperty("mockInstances").GetInt32(), "src/E2E must not use mocks");
        Assert.AreEqual(0, mocks.GetProperty("fakeInstances").GetInt32(), "src/E2E must not use hand-written doubles");
        var map = sections.GetProperty("AC-1.6").GetProperty("data").GetProperty("map").EnumerateArray()
            .Select(w => $"{w.GetProperty("id").GetString()} {w.GetProperty("status").GetString()}")
            .ToList();
        CollectionAssert.AreEqual(Enumerable.Range(1, 10).Select(i => $"AC-2.{i} COVERED").ToList(), map);
    }
}
