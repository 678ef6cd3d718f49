using FloeHarden.Core.Rules;
using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests;

/// <summary>The <c>rules:</c> key of floe-audit.yaml, end to end: per rule, per path glob, and off.</summary>
[TestClass]
public sealed class OverrideTests
{
    private static readonly Lazy<AuditResult> Result = new(() => Fixtures.Audit(Path.Combine(Fixtures.Root, "Overrides")));

    [TestMethod]
    [DataRow("tests/unit/Shop.UnitTests/CartTests.cs")]
    [DataRow("tests/legacy/Shop.LegacyTests/CartTests.cs")]
    public void GlobalSeverity_AppliesInEveryFolder(string file)
    {
        var finding = Result.Value.Findings.Single(f => f.RuleId == "FH1302" && f.File == file);

        Assert.AreEqual(Severity.Minor, finding.Severity);
    }

    [TestMethod]
    public void PathScopedSeverity_AppliesOnlyUnderItsGlob()
    {
        var weak = Result.Value.Findings.Where(f => f.RuleId == "FH1303").Select(f => $"{f.File} {f.Severity.ToName()}").ToList();

        CollectionAssert.AreEqual(new[] { "tests/unit/Shop.UnitTests/CartTests.cs info" }, weak, "FH1303 is info under tests/unit/** and off under tests/legacy/**");
    }

    [TestMethod]
    public void RuleOff_ReportsNothingAnywhere()
    {
        Assert.AreEqual(0, Result.Value.Findings.Count(f => f.RuleId == "FH1305"));
        Assert.AreEqual(0, Result.Value.Findings.Count(f => f.RuleId == "FH1903"), "the overrides themselves are valid");
    }

    [TestMethod]
    public void AggregatedFinding_LeavesOutThePlacesWhereItsRuleIsOff()
    {
        // Both files write the endpoint; FH1203 is off under tests/legacy/**, which sorts first.
        var endpoint = Result.Value.Findings.Single(f => f.RuleId == "FH1203");

        Assert.AreEqual("tests/unit/Shop.UnitTests/CartTests.cs", endpoint.File);
        Assert.AreEqual(7, endpoint.Line);
        StringAssert.Contains(endpoint.Message, "hard-coded once in 1 file (tests/unit/Shop.UnitTests/CartTests.cs)");
    }

    [TestMethod]
    public void WithoutTheConfig_TheSameCodeHasDefaultSeverities()
    {
        var result = Fixtures.Audit(Path.Combine(Fixtures.Root, "Overrides"), Path.Combine(Fixtures.Root, "floe-audit.yaml"));

        Assert.AreEqual(2, result.Findings.Count(f => f.RuleId == "FH1302" && f.Severity == Severity.Major));
        Assert.AreEqual(2, result.Findings.Count(f => f.RuleId == "FH1303" && f.Severity == Severity.Minor));
        Assert.AreEqual(2, result.Findings.Count(f => f.RuleId == "FH1305"));
        StringAssert.Contains(result.Findings.Single(f => f.RuleId == "FH1203").Message, "hard-coded 2 times in 2 files");
    }
}
