using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests.Analyses;

/// <summary>
/// xUnit never runs a test whose class, or a class around it, is not public: a file of only such tests is a bug to fix,
/// and FH1507 must say how, not tell the user to delete the tests.
/// </summary>
[TestClass]
public sealed class NeverRunTestsTests
{
    [TestMethod]
    public void AFileWhoseTestsSitInANonPublicClass_IsToldToMakeItPublic_NotToDeleteIt()
    {
        using var tree = new TempTree()
            .Write("tests/Api.Tests/Api.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"xunit\" /></ItemGroup></Project>\n")
            .Write(
                "tests/Api.Tests/SearchRequestTests.cs",
                "using Xunit;\n\ninternal class SearchRequestTests\n{\n    public class TheMergedQualifiersMethod\n    {\n        [Fact]\n        public void IsReadOnly() => Assert.True(new SearchRequest().IsReadOnly);\n\n"
                + "        [Theory]\n        [InlineData(1)]\n        public void KeepsPage(int page) => Assert.Equal(page, new SearchRequest(page).Page);\n    }\n}\n")
            .Write("tests/Api.Tests/ClientTests.cs", "using Xunit;\n\npublic class ClientTests\n{\n    [Fact]\n    public void Adds() => Assert.Equal(4, Api.Add(2, 2));\n}\n");

        var result = Fixtures.Audit(tree.Root);

        Assert.AreEqual(1, result.Summary.Tests, "xUnit runs only ClientTests.Adds");
        var finding = result.Findings.Single(f => f.RuleId == "FH1507");
        Assert.AreEqual(
            "tests/Api.Tests/SearchRequestTests.cs has 2 test methods in a class that is not public, which the test framework never runs: make the class, and any class around it, public",
            finding.Message);
    }
}
