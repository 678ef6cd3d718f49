using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests.Analyses;

/// <summary>
/// xUnit never runs a test whose class, or a class around it, is not public: such a class is a bug to fix, and FH1801 must
/// say how, once, at the class, not tell the user to delete an unused helper (nor FH1507 the whole file).
/// </summary>
[TestClass]
public sealed class NeverRunTestsTests
{
    private const string Project = "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"xunit\" /></ItemGroup></Project>\n";

    private const string ClientTests = "using Xunit;\n\npublic class ClientTests\n{\n    [Fact]\n    public void Adds() => Assert.Equal(4, Api.Add(2, 2));\n}\n";

    [TestMethod]
    public void AFileWhoseTestsSitInANonPublicClass_IsToldToMakeItPublic_AtTheClass_Once()
    {
        using var tree = new TempTree()
            .Write("tests/Api.Tests/Api.Tests.csproj", Project)
            .Write(
                "tests/Api.Tests/SearchRequestTests.cs",
                "using Xunit;\n\ninternal class SearchRequestTests\n{\n    public class TheMergedQualifiersMethod\n    {\n        [Fact]\n        public void IsReadOnly() => Assert.True(new SearchRequest().IsReadOnly);\n\n"
                + "        [Theory]\n        [InlineData(1)]\n        public void KeepsPage(int page) => Assert.Equal(page, new SearchRequest(page).Page);\n    }\n}\n")
            .Write("tests/Api.Tests/ClientTests.cs", ClientTests);

        var result = Fixtures.Audit(tree.Root);

        Assert.AreEqual(1, result.Summary.Tests, "xUnit runs only ClientTests.Adds");
        var finding = result.Findings.Single();
        Assert.AreEqual(("FH1801", "tests/Api.Tests/SearchRequestTests.cs", 3), (finding.RuleId, finding.File, finding.Line));
        Assert.AreEqual(
            "class SearchRequestTests (12 lines) has 2 test methods the test framework never runs, because it (or a class around them) is not public: make it public, or delete them",
            finding.Message);
    }

    [TestMethod]
    public void ANonPublicTestClass_BesideRunningTests_IsToldToMakeItPublic()
    {
        using var tree = new TempTree()
            .Write("tests/Api.Tests/Api.Tests.csproj", Project)
            .Write("tests/Api.Tests/ClientTests.cs", ClientTests + "\nclass HiddenTests\n{\n    [Fact]\n    public void Subtracts() => Assert.Equal(0, Api.Add(2, -2));\n}\n");

        var result = Fixtures.Audit(tree.Root);

        var finding = result.Findings.Single();
        Assert.AreEqual(("FH1801", 9), (finding.RuleId, finding.Line));
        Assert.AreEqual(
            "class HiddenTests (5 lines) has 1 test method the test framework never runs, because it (or a class around them) is not public: make it public, or delete them",
            finding.Message);
    }

    [TestMethod]
    public void ANonPublicTestClass_OtherTestsNameAsData_IsNotReported()
    {
        // A test framework's own tests: fixtures its runner is pointed at by type, on purpose not run by the outer runner.
        using var tree = new TempTree()
            .Write("tests/Runner.Tests/Runner.Tests.csproj", Project)
            .Write("tests/Runner.Tests/Samples.cs", "using Xunit;\n\ninternal class FailingSample\n{\n    [Fact]\n    public void Fails() => Assert.True(false);\n}\n")
            .Write("tests/Runner.Tests/RunnerTests.cs", "using Xunit;\n\npublic class RunnerTests\n{\n    [Fact]\n    public void ReportsTheFailure() => Assert.Equal(1, Runner.Run(typeof(FailingSample)).Failed);\n}\n");

        var result = Fixtures.Audit(tree.Root);

        Assert.AreEqual(0, result.Findings.Length, string.Join("\n", result.Findings.Select(f => $"{f.RuleId} {f.File}:{f.Line} {f.Message}")));
    }
}
