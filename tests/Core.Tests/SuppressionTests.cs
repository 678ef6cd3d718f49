using FloeHarden.Core.Frontends;
using FloeHarden.Core.Rules;
using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests;

/// <summary>Each in-code suppression form silences exactly what it covers, keeps the finding, and records the reason.</summary>
[TestClass]
public sealed class SuppressionTests
{
    private static readonly Lazy<AuditResult> CSharp = new(() => Fixtures.Audit(Path.Combine(Fixtures.Root, "Suppressions", "CSharp")));

    private static readonly Lazy<AuditResult> Python = new(() => Fixtures.Audit(Path.Combine(Fixtures.Root, "Suppressions", "Python")));

    [TestMethod]
    [DataRow("SuppressedTests.TrailingOnTheName", "trailing on the declaration line")]
    [DataRow("SuppressedTests.AboveTheAttributes", "on the line above the attributes")]
    [DataRow("SuppressedTests.BetweenAttributesAndSignature", "between attributes and signature")]
    [DataRow("SuppressedTests.AttributePlainId", "attribute with a plain id")]
    [DataRow("SuppressedTests.AttributeIdAndTitle", "attribute with id and title")]
    [DataRow("WholeClassSuppressed.First", "whole class: legacy smoke tests")]
    [DataRow("WholeClassSuppressed.Second", "whole class: legacy smoke tests")]
    public void CSharpForm_SuppressesTheTestLevelFinding_WithItsReason(string test, string reason)
    {
        var finding = CSharp.Value.Findings.Single(f => f.RuleId == "FH1302" && f.Symbol == test);

        Assert.IsTrue(finding.Suppressed, $"{test}'s FH1302 is not suppressed");
        Assert.AreEqual(reason, finding.SuppressionReason);
    }

    [TestMethod]
    [DataRow("test_suppressed.test_trailing_on_the_def", "trailing on the def line")]
    [DataRow("test_suppressed.test_above_the_decorators", "above the decorators")]
    [DataRow("test_suppressed.test_between_decorator_and_def", "between decorator and def, two rules")]
    [DataRow("TestLegacy.test_method", "on a method")]
    public void PythonComment_SuppressesTheTestLevelFinding_WithItsReason(string test, string reason)
    {
        var finding = Python.Value.Findings.Single(f => f.RuleId == "FH1302" && f.Symbol == test);

        Assert.IsTrue(finding.Suppressed, $"{test}'s FH1302 is not suppressed");
        Assert.AreEqual(reason, finding.SuppressionReason);
    }

    [TestMethod]
    public void PythonSuppressions_WithoutReasonOrSuppressingNothing_AreReported()
    {
        var reported = Python.Value.Findings.Where(f => f.RuleId is "FH1904" or "FH1905").Select(f => $"{f.RuleId} {f.Symbol}").Order(StringComparer.Ordinal).ToList();
        var unsuppressed = Python.Value.Findings.Single(f => f.RuleId == "FH1302" && f.Symbol == "TestLegacy.test_not_suppressed");
        var reasonless = Python.Value.Findings.Single(f => f.RuleId == "FH1302" && f.Symbol == "test_suppressed.test_without_reason");

        CollectionAssert.AreEqual(
            new[] { "FH1904 test_without_reason", "FH1905 TestLegacy.test_not_suppressed", "FH1905 test_between_decorator_and_def" },
            reported);
        StringAssert.Contains(Python.Value.Findings.Single(f => f.RuleId == "FH1904").Message, "`# floe-audit: ignore[FH1302] <reason>`");
        Assert.IsFalse(unsuppressed.Suppressed);
        Assert.IsTrue(reasonless.Suppressed, "a suppression without a reason still suppresses");
        Assert.AreEqual("", reasonless.SuppressionReason);
    }

    [TestMethod]
    public void CommentInsideTheBody_CoversOnlyTheNextLine_AndIsReportedAsUseless()
    {
        var finding = CSharp.Value.Findings.Single(f => f.RuleId == "FH1302" && f.Symbol == "SuppressedTests.NotSuppressed");
        var useless = CSharp.Value.Findings.Where(f => f.RuleId == "FH1905").ToList();

        Assert.IsFalse(finding.Suppressed);
        Assert.HasCount(1, useless, string.Join("\n", useless.Select(f => f.Message)));
        Assert.AreEqual("SuppressedTests.NotSuppressed", useless[0].Symbol);
        Assert.AreEqual(finding.Line + 2, useless[0].Line);
    }

    [TestMethod]
    [DataRow("SuppressedTests.MockOnItsLine")]
    [DataRow("SuppressedTests.MockOnTheLineAbove")]
    public void CommentOnOrAboveAMockLine_SuppressesTheMockFinding_OfThatRuleOnly(string test)
    {
        var finding = CSharp.Value.Findings.Single(f => f.RuleId == "FH1104" && f.Symbol == test);
        var otherRuleOnTheSameLine = CSharp.Value.Findings.Single(f => f.RuleId == "FH1106" && f.Symbol == test);

        Assert.IsTrue(finding.Suppressed);
        Assert.AreEqual("the constructor needs any clock here", finding.SuppressionReason);
        Assert.AreEqual(finding.Line, otherRuleOnTheSameLine.Line);
        Assert.IsFalse(otherRuleOnTheSameLine.Suppressed);
    }

    [TestMethod]
    public void SuppressedFindings_AreCountedApart_AndNeverFail()
    {
        var result = CSharp.Value;

        Assert.AreEqual(9, result.SuppressedCount);
        Assert.AreEqual(result.Findings.Length - 9, result.Active.Count());
        Assert.IsFalse(result.Active.Any(f => f.RuleId is "FH1302" or "FH1104" && f.Suppressed));
    }

    [TestMethod]
    public void SuppressedFinding_KeepsItsFingerprint()
    {
        // Adding a suppression must not turn an accepted (baselined) finding into a different one.
        var suppressed = CSharp.Value.Findings.Single(f => f.RuleId == "FH1302" && f.Symbol == "SuppressedTests.AboveTheAttributes");
        var expected = Fingerprints.Assign([suppressed with { Suppressed = false, Fingerprint = "" }]).Single().Fingerprint;

        Assert.AreEqual(expected, suppressed.Fingerprint);
    }

    [TestMethod]
    public void SuppressionOfARuleWhoseSectionDidNotRun_IsNotReportedAsUseless()
    {
        // A team may suppress a rule before its analysis ships; that suppression is not "useless" until the rule runs.
        var file = new Model.SourceFileModel
        {
            Path = "tests/CartTests.cs",
            Language = Model.SourceLanguage.CSharp,
            Suppressions = [new Model.Suppression(3, "FH1801", "kept for the plugin harness", 3, 3), new Model.Suppression(5, "FH1302", "legacy", 5, 5)],
        };

        var (_, diagnostics) = Adoption.SuppressionMatcher.Apply([], [file], new HashSet<string> { "AC-1.3", "engine" });

        Assert.AreEqual("FH1905 5", string.Join(";", diagnostics.Select(d => $"{d.RuleId} {d.Line}")));
    }

    [TestMethod]
    [DataRow("floe-audit: ignore FH1302 legacy", "FH1302", "legacy")]
    [DataRow(" floe-audit: ignore[FH1302] python form", "FH1302", "python form")]
    [DataRow("floe-audit: ignore[FH1302, fh1303] -- two", "FH1302,FH1303", "two")]
    [DataRow("floe-audit: ignore FH1302", "FH1302", null)]
    [DataRow("floe-audit:ignore FH1302,FH1104: both", "FH1302,FH1104", "both")]
    public void CommentText_ParsesRuleIdsAndReason(string text, string ids, string? reason)
    {
        Assert.IsTrue(SuppressionComments.TryParse(text, out var parsed, out var parsedReason));

        Assert.AreEqual(ids, string.Join(',', parsed));
        Assert.AreEqual(reason, parsedReason);
    }

    [TestMethod]
    [DataRow("floe-audit: ignored, this is prose")]
    [DataRow("TODO: floe-audit: ignore FH1302 later")]
    [DataRow("ignore FH1302")]
    public void OtherComments_AreNotSuppressions(string text)
    {
        var matched = SuppressionComments.TryParse(text, out var ids, out _);

        Assert.IsFalse(matched);
        Assert.AreEqual("", string.Join(',', ids));
    }
}
