using FloeHarden.Core.Frontends.Python;
using FloeHarden.Core.Model;
using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests.Python;

[TestClass]
public sealed class PythonProblemTests
{
    [TestMethod]
    public void SyntaxError_IsAParseProblemAtItsLine_AndOtherFilesGoOn()
    {
        var broken = PythonFixtures.File("tests/unit/test_broken.py");

        var problem = broken.Problems.Single();
        Assert.AreEqual(5, problem.Line);
        Assert.IsFalse(problem.Skipped);
        Assert.StartsWith("SyntaxError", problem.Message);
        Assert.IsNotEmpty(PythonFixtures.File("tests/unit/test_assertions.py").Tests);
    }

    [TestMethod]
    public void SyntaxNewerThanTheInterpreter_IsAParseProblemAtItsLine()
    {
        var file = PythonFixtures.File("tests/unit/test_newer_syntax.py");
        if (file.Problems.IsEmpty)
        {
            Assert.Inconclusive("python3 here is 3.12+ and understands type aliases");
        }

        Assert.AreEqual(1, file.Problems.Single().Line);
        Assert.Contains("newer than this interpreter", file.Problems.Single().Message);
    }

    [TestMethod]
    public void SyntaxError_InPython_SaysNothingOfTheFileWasAudited_AndCountsItAsNotAudited()
    {
        using var tree = new TempTree()
            .Write("tests/test_broken.py", "def test_one():\n    assert 1 == 1\n\n\nasync def test_two():\n    x = (1 +\n")
            .Write("tests/test_fine.py", "def test_fine():\n    assert 2 == 2\n");

        var result = AuditEngine.Run(new AuditOptions { Root = tree.Root });

        var finding = result.Findings.Single(f => f.RuleId == "FH1901");
        Assert.AreEqual("tests/test_broken.py", finding.File);
        Assert.Contains("nothing of the file was audited: its 2 tests (`def test…`) are neither counted nor checked; fix the syntax", finding.Message);
        Assert.DoesNotContain("what parsed was still audited", finding.Message);
        Assert.DoesNotContain("newer Python", finding.Message, "an unclosed parenthesis is no newer syntax");
        Assert.AreEqual(1, result.Summary.Tests);
        Assert.AreEqual(1, result.Summary.SkippedFiles);
    }

    [TestMethod]
    public void SyntaxNewerThanTheInterpreter_AsksForANewerPython()
    {
        using var tree = new TempTree()
            .Write("tests/test_alias.py", "type Pair = tuple[int, int]\n\n\ndef test_one():\n    assert 1 + 1 == 2\n");

        var result = AuditEngine.Run(new AuditOptions { Root = tree.Root });

        if (result.Summary.Tests == 1)
        {
            Assert.Inconclusive("python3 here is 3.12+ and understands type aliases");
        }

        var finding = result.Findings.Single(f => f.RuleId == "FH1901");
        Assert.Contains("its 1 test (`def test…`) is neither counted nor checked; run floe-audit with a newer Python (--python /path/to/python3.x, or `python:` in floe-audit.yaml)", finding.Message);
        Assert.AreEqual(1, result.Summary.SkippedFiles);
    }

    [TestMethod]
    public void FileWithNulBytes_IsSkippedAsBinary_WithoutReachingPython()
    {
        var file = PythonFixtures.File("tests/unit/test_binary.py");

        var problem = file.Problems.Single();
        Assert.IsTrue(problem.Skipped);
        Assert.Contains("binary", problem.Message);
        Assert.IsEmpty(file.Units);
    }

    [TestMethod]
    public void MissingInterpreter_IsOneLineNamingThePythonOption()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-dir", "python3");

        var result = PythonFixtures.Parse(PythonFixtures.Files(), python: missing);

        Assert.IsEmpty(result.Files);
        var error = result.EnvironmentErrors.Single();
        Assert.Contains("--python", error);
        Assert.Contains(missing, error);
        Assert.DoesNotContain("\n", error);
    }

    [TestMethod]
    public void InterpreterThatIsNotPython3_IsOneLineNamingThePythonOption()
    {
        var result = PythonFixtures.Parse(PythonFixtures.Files(), python: "/bin/false");

        Assert.IsEmpty(result.Files);
        Assert.Contains("--python", result.EnvironmentErrors.Single());
    }

    [TestMethod]
    public void ParallelAndSequentialRuns_GiveTheSameModels()
    {
        var files = Enumerable.Repeat(PythonFixtures.Files(), 8).SelectMany(f => f).ToArray();

        var sequential = PythonFixtures.Parse(files, parallelism: 1);
        var parallel = PythonFixtures.Parse(files, parallelism: 2);

        Assert.HasCount(files.Length, parallel.Files);
        for (var i = 0; i < files.Length; i++)
        {
            Assert.AreEqual(sequential.Files[i].Units.Length, parallel.Files[i].Units.Length, files[i].RelativePath);
            Assert.AreEqual(sequential.Files[i].Path, parallel.Files[i].Path);
        }
    }

    [TestMethod]
    public void HelperScript_IsWrittenOnceUnderAContentHashedName()
    {
        var directory = Path.Combine(Path.GetTempPath(), "floe-audit-tests", Guid.NewGuid().ToString("N"));

        var first = PythonHelperScript.EnsureWritten(directory);
        var second = PythonHelperScript.EnsureWritten(directory);

        Assert.AreEqual(first, second);
        Assert.MatchesRegex(@"floe_ast-[0-9a-f]{16}\.py$", first);
        CollectionAssert.AreEqual(PythonHelperScript.Bytes, File.ReadAllBytes(first));
        Assert.HasCount(1, Directory.GetFiles(directory));
        Directory.Delete(directory, recursive: true);
    }

    [TestMethod]
    public void EnumNumbersOfTheHelper_MatchTheModel()
    {
        var script = System.Text.Encoding.UTF8.GetString(PythonHelperScript.Bytes);

        Assert.Contains($"NONE, TRIVIAL, WEAK, MODERATE, STRUCTURAL, EXACT = {(int)AssertionLevel.None}, {(int)AssertionLevel.Trivial}, {(int)AssertionLevel.Weak}, {(int)AssertionLevel.Moderate}, {(int)AssertionLevel.Structural}, {(int)AssertionLevel.Exact}", script);
        Assert.Contains($"M_CONFIGURED, M_VERIFIED, M_PARTIAL, M_PATCH, M_INSPECTED, M_SPY = {(int)MockTraits.Configured}, {(int)MockTraits.Verified}, {(int)MockTraits.Partial}, {(int)MockTraits.Patch}, {(int)MockTraits.Inspected}, {(int)MockTraits.Spy}", script);
        Assert.Contains($"T_TAUTOLOGY, T_BOOL_EQ, T_VALUE = {(int)AssertionTraits.Tautology}, {(int)AssertionTraits.BooleanOfEquality}, {(int)AssertionTraits.ValueComparison}", script);
        Assert.Contains($"NETWORK, DATABASE, CLUSTER, CONTAINER, PROCESS, FILESYSTEM, ENVIRONMENT, SLEEP = {(int)ResourceKind.Network}, {(int)ResourceKind.Database}, {(int)ResourceKind.Cluster}, {(int)ResourceKind.Container}, {(int)ResourceKind.Process}, {(int)ResourceKind.FileSystem}, {(int)ResourceKind.Environment}, {(int)ResourceKind.Sleep}", script);
        Assert.Contains($"RUNTIME, DECLARED, EXPECTED_FAILURE = {(int)SkipKind.Runtime}, {(int)SkipKind.Declared}, {(int)SkipKind.ExpectedFailure}", script);
    }
}
