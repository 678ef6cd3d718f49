using System.Text.Json.Nodes;
using FloeHarden.Tool.Tests.Support;
using NJsonSchema;

namespace FloeHarden.Tool.Tests;

/// <summary>The SARIF of a real audit validates against the OASIS schema and carries what GitHub code scanning needs.</summary>
[TestClass]
public sealed class SarifReportTests
{
    private static string Audit(string root, out JsonObject json)
    {
        var output = Paths.NewTempDirectory();
        var run = Cli.Audit(root, "--output", output, "--format", "sarif,json");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        json = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "report.json")))!.AsObject();
        return File.ReadAllText(Path.Combine(output, "report.sarif"));
    }

    [TestMethod]
    public async Task Sarif_ValidatesAgainstTheSarif210Schema()
    {
        var schemaPath = Paths.SharedSchema("sarif-schema-2.1.0.json");
        if (schemaPath is null)
        {
            Assert.Inconclusive($"no shared/schemas/sarif-schema-2.1.0.json beside {Paths.Repository} or above it");
        }

        var schema = await JsonSchema.FromFileAsync(schemaPath!, TestContext.CancellationToken);
        var sarif = Audit(Paths.Samples, out var document);

        var errors = schema.Validate(sarif);

        Assert.IsEmpty(errors, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        Assert.IsGreaterThan(10, document["findings"]!.AsArray().Count, "the samples yield findings to validate");
    }

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Sarif_LocatesThePlantedFindingWithRuleAndFingerprint()
    {
        const string File = "dotnet/tests/Orders.E2E/CheckoutFlowTests.cs";
        var root = Paths.Samples;
        var planted = System.IO.File.ReadLines(Path.Combine(root, File)).Select((text, i) => (text, line: i + 1)).First(l => l.text.Contains("plant: FH1101", StringComparison.Ordinal)).line;

        var sarif = JsonNode.Parse(Audit(root, out var document))!;

        var run = sarif["runs"]![0]!;
        var result = run["results"]!.AsArray().Single(r => r!["ruleId"]!.GetValue<string>() == "FH1101"
            && r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>() == File
            && r["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>() == planted)!;
        var location = result["locations"]![0]!["physicalLocation"]!;
        var finding = document["findings"]!.AsArray().Single(f => f!["ruleId"]!.GetValue<string>() == "FH1101" && f["file"]!.GetValue<string>() == File && f["line"]!.GetValue<int>() == planted)!;
        Assert.AreEqual("error", result["level"]!.GetValue<string>());
        Assert.AreEqual("%SRCROOT%", location["artifactLocation"]!["uriBaseId"]!.GetValue<string>());
        Assert.AreEqual(finding["fingerprint"]!.GetValue<string>(), result["partialFingerprints"]!["primaryLocationLineHash"]!.GetValue<string>());
        Assert.MatchesRegex("^[0-9a-f]{16}$", result["partialFingerprints"]!["primaryLocationLineHash"]!.GetValue<string>());
        var rule = run["tool"]!["driver"]!["rules"]![result["ruleIndex"]!.GetValue<int>()]!;
        Assert.AreEqual("FH1101", rule["id"]!.GetValue<string>());
        Assert.AreEqual("error", rule["defaultConfiguration"]!["level"]!.GetValue<string>());
        Assert.AreEqual("https://github.com/floeharden/floeharden/blob/main/docs/rules/FH1101.md", rule["helpUri"]!.GetValue<string>());
        CollectionAssert.Contains(rule["properties"]!["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ToList(), "AC-1.1");
        Assert.AreEqual("floe-audit/", run["automationDetails"]!["id"]!.GetValue<string>());
        Assert.AreEqual(new Uri(root + "/").AbsoluteUri, run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!.GetValue<string>());
    }
}
