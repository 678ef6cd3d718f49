using System.Text.Json;

namespace FloeHarden.Tool.Tests;

/// <summary>Adopting the audit on an existing suite: baseline, one new finding, moves and reformatting (the real CLI on a copy of samples/).</summary>
[TestClass]
public sealed class BaselineCliTests
{
    private const string PriceTests = "dotnet/tests/Orders.UnitTests/PriceCalculatorTests.cs";

    [TestMethod]
    public void BaselineWrite_DefaultsToNextToTheConfig_AndRecordsEveryFinding()
    {
        var repo = SampleCopy();

        var run = Cli.Audit("baseline", "write", repo);

        var file = Path.Combine(repo, "floe-audit.baseline.json");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, $"baseline of {SamplePlants.Total} findings written to {file}");
        using var baseline = JsonDocument.Parse(File.ReadAllText(file));
        var entries = baseline.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.HasCount(SamplePlants.Total, entries);
        Assert.AreEqual(SamplePlants.Total, entries.Select(e => e.GetProperty("fingerprint").GetString()).Distinct().Count());
        Assert.IsTrue(entries.All(e => e.GetProperty("ruleId").GetString()!.StartsWith("FH1", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void BaselineWrite_TwiceOnUnchangedCode_GivesTheSameFile()
    {
        var repo = SampleCopy();
        var first = Path.Combine(Cli.TempDirectory(), "a.json");
        var second = Path.Combine(Cli.TempDirectory(), "b.json");

        Assert.AreEqual(0, Cli.Audit("baseline", "write", repo, "--output", first, "-q").ExitCode);
        Assert.AreEqual(0, Cli.Audit("baseline", "write", repo, "--output", second, "-q").ExitCode);

        Assert.AreEqual(File.ReadAllText(first), File.ReadAllText(second));
    }

    [TestMethod]
    public void PlantedWeakAssertion_IsTheOnlyNewFinding_AndFailOnLooksAtNewOnes()
    {
        var repo = SampleCopy();
        var baseline = Path.Combine(Cli.TempDirectory(), "baseline.json");
        Assert.AreEqual(0, Cli.Audit("baseline", "write", repo, "--output", baseline, "-q").ExitCode);

        // Before anything changes, nothing is new: --fail-on major passes although samples/ has major findings.
        var clean = Cli.Audit(repo, "--baseline", baseline, "--output", Cli.TempDirectory(), "--fail-on", "major", "-q");
        Assert.AreEqual(0, clean.ExitCode, clean.ToString());

        Edit(repo, PriceTests, "    [TestMethod]\n    public void Constants_Hold()", """
                [TestMethod]
                public void Discount_IsPositive()
                {
                    var calculator = new PriceCalculator(new FakeClock(DateTimeOffset.UnixEpoch));
                    Assert.IsTrue(calculator.Discount(100m) > 0);
                }

                [TestMethod]
                public void Constants_Hold()
            """);
        var output = Cli.TempDirectory();

        var failing = Cli.Audit(repo, "--baseline", baseline, "--output", output, "--fail-on", "minor");
        var passing = Cli.Audit(repo, "--baseline", baseline, "--output", Cli.TempDirectory(), "--fail-on", "major", "-q");

        Assert.AreEqual(1, failing.ExitCode, failing.ToString());
        Assert.AreEqual(0, passing.ExitCode, "the new finding is minor: --fail-on major must pass\n" + passing);
        StringAssert.Contains(failing.Out, $"1 new, {SamplePlants.Total} existing, 0 fixed");
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        var news = report.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("baseline").GetString() == "new").ToList();
        Assert.HasCount(1, news);
        Assert.AreEqual("FH1303", news[0].GetProperty("ruleId").GetString());
        Assert.AreEqual("PriceCalculatorTests.Discount_IsPositive", news[0].GetProperty("symbol").GetString());
        Assert.AreEqual(1, report.RootElement.GetProperty("baseline").GetProperty("new").GetInt32());
        Assert.AreEqual(SamplePlants.Total, report.RootElement.GetProperty("baseline").GetProperty("existing").GetInt32());
        StringAssert.Contains(File.ReadAllText(Path.Combine(output, "report.md")), "## Baseline");
    }

    [TestMethod]
    public void MovedFile_ReformattedFile_ShiftedLinesAndRenamedVariables_GiveNoNewFinding()
    {
        var repo = SampleCopy();
        var baseline = Path.Combine(Cli.TempDirectory(), "baseline.json");
        Assert.AreEqual(0, Cli.Audit("baseline", "write", repo, "--output", baseline, "-q").ExitCode);

        // Move the e2e tests to another folder of the same project.
        var e2e = Path.Combine(repo, "dotnet", "tests", "Orders.E2E");
        Directory.CreateDirectory(Path.Combine(e2e, "Flows"));
        File.Move(Path.Combine(e2e, "CheckoutFlowTests.cs"), Path.Combine(e2e, "Flows", "CheckoutFlowTests.cs"));

        // Move a Python test module to a sub-folder of the same tier.
        var unit = Path.Combine(repo, "python", "tests", "unit");
        Directory.CreateDirectory(Path.Combine(unit, "catalog"));
        File.Move(Path.Combine(unit, "test_catalog_client.py"), Path.Combine(unit, "catalog", "test_catalog_client.py"));

        // Reformat another file: other indentation, spaces inside parentheses, blank lines that shift every line down.
        var price = Path.Combine(repo, PriceTests);
        var reformatted = string.Join('\n', File.ReadAllLines(price).Select(l => l.Replace("    ", "\t").Replace("(", "( ").Replace(")", " )")));
        File.WriteAllText(price, "\n\n\n" + reformatted.Replace("{\n", "{\n\n"));

        // Rename a variable elsewhere in a file with findings.
        Edit(repo, "dotnet/tests/Orders.UnitTests/OrderServiceTests.cs", "var ", "var renamed_");
        var output = Cli.TempDirectory();

        var run = Cli.Audit(repo, "--baseline", baseline, "--output", output, "--fail-on", "info");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, $"0 new, {SamplePlants.Total} existing, 0 fixed");
    }

    [TestMethod]
    [DataRow("missing.json", "", "does not exist: create it with 'floe-audit baseline write'")]
    [DataRow("corrupt.json", "{ not json", "is not a floe-audit baseline")]
    [DataRow("wrong.json", "{\"findings\": [{\"ruleId\": \"FH1302\"}]}", "findings[0] has no 'fingerprint'")]
    public void BadBaseline_IsOneLineErrorWithExitTwo(string name, string content, string message)
    {
        var directory = Cli.TempDirectory();
        var file = Path.Combine(directory, name);
        if (content.Length > 0)
        {
            File.WriteAllText(file, content);
        }

        var run = Cli.Audit(Path.Combine(Cli.Repository, "samples"), "--baseline", file, "--output", Cli.TempDirectory());

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, message);
        Assert.AreEqual(1, run.Error.Trim().Split('\n').Length, run.Error);
    }

    [TestMethod]
    public void BaselineKeyInConfig_IsUsedWithoutTheOption()
    {
        var repo = SampleCopy();
        Assert.AreEqual(0, Cli.Audit("baseline", "write", repo, "--output", Path.Combine(repo, "accepted.json"), "-q").ExitCode);
        File.AppendAllText(Path.Combine(repo, "floe-audit.yaml"), "baseline: accepted.json\n");

        var run = Cli.Audit(repo, "--output", Cli.TempDirectory(), "--fail-on", "minor");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Out, $"baseline {Path.Combine(repo, "accepted.json")}: 0 new, {SamplePlants.Total} existing");
    }

    /// <summary>samples/ copied to a temp folder: the tests edit and move files, never the repository's own.</summary>
    public static string SampleCopy()
    {
        var target = Path.Combine(Cli.TempDirectory(), "samples");
        var source = Path.Combine(Cli.Repository, "samples");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(s => s is "bin" or "obj"))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }

        return target;
    }

    public static void Edit(string repo, string file, string find, string replace)
    {
        var path = Path.Combine(repo, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, $"{file} no longer contains the text the test edits");
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }
}
