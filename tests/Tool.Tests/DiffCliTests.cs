using System.Text.Json.Nodes;

namespace FloeHarden.Tool.Tests;

/// <summary><c>floe-audit diff</c> on two real reports of a sample copy, before and after a change.</summary>
[TestClass]
public sealed class DiffCliTests
{
    [TestMethod]
    public void Diff_OfTwoRealAudits_ShowsTheNewAndTheFixedFindingWithCountsAndDeltas()
    {
        var repo = BaselineCliTests.SampleCopy();
        var before = Cli.TempDirectory();
        var after = Cli.TempDirectory();
        Assert.AreEqual(0, Cli.Audit(repo, "--output", before, "-q").ExitCode);

        // Fix the tautology (FH1304, major) and add a test without assertion (FH1301, major).
        BaselineCliTests.Edit(repo, "dotnet/tests/Orders.UnitTests/PriceCalculatorTests.cs", "Assert.AreEqual(0.1m, 0.1m); // plant: FH1304", "");
        BaselineCliTests.Edit(repo, "dotnet/tests/Orders.UnitTests/PriceCalculatorTests.cs", "    [TestMethod]\n    public void Constants_Hold()", """
                [TestMethod]
                public void Price_DoesNotThrow()
                {
                    new PriceCalculator(new FakeClock(DateTimeOffset.UnixEpoch)).Price(new Order("A-1", "ada", []));
                }

                [TestMethod]
                public void Constants_Hold()
            """);
        Assert.AreEqual(0, Cli.Audit(repo, "--output", after, "-q").ExitCode);
        var output = Cli.TempDirectory();

        var run = Cli.Audit("diff", Path.Combine(before, "report.json"), Path.Combine(after, "report.json"), "--output", output);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, $"floe-audit diff: mixed: 1 new, 1 fixed, total {SamplePlants.Total} → {SamplePlants.Total}");
        var diff = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "diff.json")))!;
        Assert.AreEqual("FH1301", diff["newFindings"]![0]!["ruleId"]!.GetValue<string>());
        Assert.AreEqual("FH1304", diff["fixedFindings"]![0]!["ruleId"]!.GetValue<string>());
        Assert.AreEqual(SamplePlants.Count(FloeHarden.Core.Rules.Severity.Major), diff["totals"]!["major"]!["old"]!.GetValue<int>());
        Assert.AreEqual(SamplePlants.Count(FloeHarden.Core.Rules.Severity.Major), diff["totals"]!["major"]!["new"]!.GetValue<int>());
        var assertions = diff["sections"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == "AC-1.3")!;
        Assert.AreEqual(0, assertions["total"]!["delta"]!.GetValue<int>());
        Assert.AreEqual("mixed", diff["verdict"]!.GetValue<string>());
        var markdown = File.ReadAllText(Path.Combine(output, "diff.md"));
        StringAssert.Contains(markdown, "**1 new**, **1 fixed** findings");
        StringAssert.Contains(markdown, "### New findings (1)");
        StringAssert.Contains(markdown, "PriceCalculatorTests.Price_DoesNotThrow asserts nothing");
    }

    [TestMethod]
    public void Diff_OfAReportWithItself_IsUnchanged()
    {
        var report = Cli.TempDirectory();
        Assert.AreEqual(0, Cli.Audit(Path.Combine(Cli.Repository, "samples"), "--output", report, "-q").ExitCode);
        var output = Cli.TempDirectory();

        var run = Cli.Audit("diff", Path.Combine(report, "report.json"), Path.Combine(report, "report.json"), "--output", output, "--format", "json");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.AreEqual("unchanged", JsonNode.Parse(File.ReadAllText(Path.Combine(output, "diff.json")))!["verdict"]!.GetValue<string>());
        Assert.IsFalse(File.Exists(Path.Combine(output, "diff.md")));
    }

    [TestMethod]
    [DataRow("{ broken", "is not a floe-audit report.json")]
    [DataRow("{\"schemaVersion\": \"1.0\", \"summary\": {}}", "it has no 'findings' array")]
    [DataRow("", "does not exist: pass two report.json files")]
    public void Diff_OfBadInput_IsOneLineErrorWithExitTwo(string content, string message)
    {
        var directory = Cli.TempDirectory();
        var bad = Path.Combine(directory, "bad.json");
        if (content.Length > 0)
        {
            File.WriteAllText(bad, content);
        }

        var run = Cli.Audit("diff", bad, bad, "--output", Cli.TempDirectory());

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, message);
        Assert.AreEqual(1, run.Error.Trim().Split('\n').Length, run.Error);
    }

    [TestMethod]
    public void Diff_WithoutArguments_ExitsTwo()
    {
        var run = Cli.Audit("diff");

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "OLD");
    }
}
