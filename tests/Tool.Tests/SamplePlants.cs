using System.Text.Json.Nodes;
using FloeHarden.Core.Rules;

namespace FloeHarden.Tool.Tests;

/// <summary>
/// The findings of an unchanged audit of samples/ (SampleAuditTests proves they are exactly its plant: markers), so
/// adoption tests compare against what samples/ holds today instead of hard-coding counts that change as it grows.
/// </summary>
public static class SamplePlants
{
    private static readonly Lazy<List<JsonObject>> Findings = new(Load);

    public static int Total => Findings.Value.Count;

    public static int Count(Severity severity) => Findings.Value.Count(f => f["severity"]!.GetValue<string>() == severity.ToName());

    /// <summary>The epic's children: critical and major findings grouped by rule × file.</summary>
    public static int Groups => Findings.Value
        .Where(f => f["severity"]!.GetValue<string>() is "critical" or "major")
        .Select(f => (f["ruleId"]!.GetValue<string>(), f["file"]!.GetValue<string>()))
        .Distinct()
        .Count();

    public static IReadOnlyList<string> RuleIds => [.. Findings.Value.Select(f => f["ruleId"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal)];

    private static List<JsonObject> Load()
    {
        var output = Cli.TempDirectory();
        var run = Cli.Audit(Path.Combine(Cli.Repository, "samples"), "--output", output, "--format", "json", "-q");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.IsGreaterThan(10, Planted.In(Path.Combine(Cli.Repository, "samples")).Count, "samples/ lost its planted findings");
        return [.. JsonNode.Parse(File.ReadAllText(Path.Combine(output, "report.json")))!["findings"]!.AsArray().OfType<JsonObject>()];
    }
}
