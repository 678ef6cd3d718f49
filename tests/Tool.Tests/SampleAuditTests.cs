namespace FloeHarden.Tool.Tests;

/// <summary>README command 1: the audit of the bundled sample repository, through the real CLI.</summary>
[TestClass]
public sealed class SampleAuditTests
{
    private static string Samples => Path.Combine(Cli.Repository, "samples");

    [TestMethod]
    public void AuditOfSamples_ReportsEveryPlantedCaseAndNothingElse()
    {
        var output = Cli.TempDirectory();

        var run = Cli.Audit(Samples, "--output", output);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, Path.Combine(output, "report.md"));
        Assert.IsTrue(File.ReadAllText(Path.Combine(output, "report.md")).StartsWith("# Test hardening audit", StringComparison.Ordinal));
        Planted.AssertSame(Planted.In(Samples), Planted.InReport(Path.Combine(output, "report.json")), "findings of samples/ vs its plant: markers");
    }

    [TestMethod]
    public void AuditOfSamples_FailOnMajor_ExitsOne()
    {
        var run = Cli.Audit(Samples, "--output", Cli.TempDirectory(), "--fail-on", "major", "--quiet");

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        Assert.AreEqual("", run.Out);
    }

    [TestMethod]
    public void Audit_LeavesTheAuditedTreeUntouched()
    {
        var before = Snapshot(Samples);

        var run = Cli.Audit(Samples, "--output", Cli.TempDirectory(), "--format", "md,json");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        CollectionAssert.AreEquivalent(before, Snapshot(Samples), "the audit changed, added or removed files under samples/");
    }

    [TestMethod]
    public void AuditOfSamples_TwoProcesses_WriteByteIdenticalReports()
    {
        // Each process seeds string hashing differently: a report that follows hash order differs between runs.
        var first = Cli.TempDirectory();
        var second = Cli.TempDirectory();

        var runs = new[] { first, second }.Select(o => Cli.Audit(Samples, "--output", o, "--format", "md,json,html,sarif", "--no-cache")).ToList();

        Assert.IsTrue(runs.All(r => r.ExitCode == 0), string.Join("\n", runs));
        foreach (var name in new[] { "report.md", "report.json", "report.html", "report.sarif" })
        {
            Assert.AreEqual(File.ReadAllText(Path.Combine(first, name)), File.ReadAllText(Path.Combine(second, name)), name);
        }

        var byLibrary = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(first, "report.json"))).RootElement
            .GetProperty("sections").GetProperty("AC-1.1").GetProperty("data").GetProperty("byTier").EnumerateArray()
            .Select(t => t.GetProperty("byLibrary").EnumerateObject().Select(p => p.Name).ToList())
            .First(names => names.Count >= 3);
        CollectionAssert.AreEqual(byLibrary.Order(StringComparer.Ordinal).ToList(), byLibrary, "libraries are listed in ordinal order");
    }

    private static List<string> Snapshot(string root) => Directory
        .EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Select(f => $"{Path.GetRelativePath(root, f)} {File.GetLastWriteTimeUtc(f).Ticks} {new FileInfo(f).Length}")
        .ToList();
}
