using System.Text.Json.Nodes;
using FloeHarden.Tool.Tests.Support;
using NJsonSchema;

namespace FloeHarden.Tool.Tests;

/// <summary>docs/report.schema.json describes report.json exactly: real reports validate, and it is strict enough to reject drift.</summary>
[TestClass]
public sealed class ReportJsonSchemaTests
{
    public TestContext TestContext { get; set; } = null!;

    private Task<JsonSchema> Schema() => JsonSchema.FromFileAsync(Path.Combine(Paths.Repository, "docs", "report.schema.json"), TestContext.CancellationToken);

    private static string Report()
    {
        var output = Paths.NewTempDirectory();
        var run = Cli.Audit(Paths.Samples, "--output", output, "--format", "json");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return File.ReadAllText(Path.Combine(output, "report.json"));
    }

    [TestMethod]
    public async Task ReportOfTheSamples_ValidatesAgainstTheDocumentedSchema()
    {
        var schema = await Schema();
        var report = Report();

        var errors = schema.Validate(report);

        Assert.IsEmpty(errors, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        Assert.IsGreaterThan(0, JsonNode.Parse(report)!["findings"]!.AsArray().Count);
    }

    [TestMethod]
    public async Task Schema_RejectsAnUndocumentedFieldAndABadSeverity()
    {
        var schema = await Schema();
        var report = JsonNode.Parse(Report())!.AsObject();
        report["findings"]![0]!["severity"] = "blocker";
        report["undocumented"] = true;

        var errors = schema.Validate(report.ToJsonString()).Select(e => e.Path).ToList();

        CollectionAssert.Contains(errors, "#/undocumented");
        CollectionAssert.Contains(errors, "#/findings[0]", "the finding with severity 'blocker'");
    }
}
