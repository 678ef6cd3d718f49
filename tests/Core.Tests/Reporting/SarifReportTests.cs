using System.Text.Json.Nodes;
using FloeHarden.Core.Reporting;
using FloeHarden.Core.Reporting.Sarif;
using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests.Reporting;

[TestClass]
public sealed class SarifReportTests
{
    private static JsonObject Document() => ReportDocument.Build(Fixtures.Audit(Fixtures.Rule("FH1103", "Fires")), "1.2.3");

    [TestMethod]
    public void PastTheResultLimit_MostSevereAreKept_AndTheRestAreNamedInANotification()
    {
        var document = Document();
        var total = document["findings"]!.AsArray().Count;
        Assert.IsGreaterThan(2, total);

        var run = SarifReport.Build(document, maxResults: 2)["runs"]![0]!;

        Assert.HasCount(2, run["results"]!.AsArray());
        Assert.IsTrue(run["properties"]!["truncated"]!.GetValue<bool>());
        Assert.AreEqual(total - 2, run["properties"]!["omittedResults"]!.GetValue<int>());
        var notification = run["invocations"]![0]!["toolExecutionNotifications"]![0]!;
        Assert.AreEqual("warning", notification["level"]!.GetValue<string>());
        StringAssert.Contains(notification["message"]!["text"]!.GetValue<string>(), $"the {total - 2} least severe were left out");
        Assert.AreEqual(document["findings"]![0]!["fingerprint"]!.GetValue<string>(), run["results"]![0]!["partialFingerprints"]!["primaryLocationLineHash"]!.GetValue<string>());
    }

    [TestMethod]
    public void UnderTheLimit_NothingIsTruncated()
    {
        var run = SarifReport.Build(Document())["runs"]![0]!;

        Assert.IsFalse(run["properties"]!["truncated"]!.GetValue<bool>());
        Assert.IsNull(run["invocations"]![0]!["toolExecutionNotifications"]);
        Assert.AreEqual("1.2.3", run["tool"]!["driver"]!["version"]!.GetValue<string>());
    }

    [TestMethod]
    public void LineZero_IsClampedToOne_AndPathsAreEscapedRelativeUris()
    {
        var document = Document();
        var finding = document["findings"]![0]!.AsObject();
        finding["line"] = 0;
        finding["file"] = "tests/My Tests/Café#1.cs";

        var location = SarifReport.Build(document)["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!;

        Assert.AreEqual(1, location["region"]!["startLine"]!.GetValue<int>());
        Assert.AreEqual("tests/My%20Tests/Caf%C3%A9%231.cs", location["artifactLocation"]!["uri"]!.GetValue<string>());
    }

    [TestMethod]
    public void SuppressionsAndBaselineStates_MapOntoSarifFields_AndAFindingWithoutAFileHasNoLocation()
    {
        var document = Document();
        var findings = document["findings"]!.AsArray();
        Assert.IsGreaterThan(2, findings.Count);
        findings[0]!["suppressed"] = true;
        findings[0]!["suppressionReason"] = "checked by hand";
        findings[0]!["baseline"] = "existing";
        findings[1]!["baseline"] = "new";
        findings[2]!["file"] = "";

        var results = SarifReport.Build(document)["runs"]![0]!["results"]!.AsArray();

        var suppression = results[0]!["suppressions"]![0]!;
        Assert.AreEqual("inSource", suppression["kind"]!.GetValue<string>());
        Assert.AreEqual("checked by hand", suppression["justification"]!.GetValue<string>());
        Assert.AreEqual("unchanged", results[0]!["baselineState"]!.GetValue<string>());
        Assert.AreEqual("new", results[1]!["baselineState"]!.GetValue<string>());
        Assert.IsNull(results[1]!["suppressions"]);
        Assert.IsNull(results[2]!["locations"]);
        Assert.IsNull(results[2]!["baselineState"]);
    }

    [TestMethod]
    [DataRow("critical", "error")]
    [DataRow("major", "error")]
    [DataRow("minor", "warning")]
    [DataRow("info", "note")]
    public void Severity_MapsToSarifLevel(string severity, string level) => Assert.AreEqual(level, SarifReport.Level(severity));
}
