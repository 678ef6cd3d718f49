using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using FloeHarden.Core.Reporting;
using FloeHarden.Core.Rules;

namespace FloeHarden.Core.Adoption;

/// <summary>
/// The baseline file (docs/baseline.md): the fingerprints of accepted findings, with rule, file and message for the
/// humans who review it. Compared with a later audit it splits the findings into new and existing, and lists the fixed.
/// </summary>
public static class Baseline
{
    public const string DefaultFileName = "floe-audit.baseline.json";

    public const string SchemaVersion = "1.0";

    /// <summary>The baseline document of an audit: every finding that counts (suppressed ones are accepted in code already).</summary>
    public static JsonObject Build(AuditResult result, string toolVersion)
    {
        // No timestamp and no line numbers: re-writing an unchanged baseline must give an identical file (clean diffs in review).
        var entries = result.Active
            .OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Fingerprint, StringComparer.Ordinal)
            .Select(f => (JsonNode)new JsonObject
            {
                ["fingerprint"] = f.Fingerprint,
                ["ruleId"] = f.RuleId,
                ["file"] = f.File,
                ["message"] = f.Message,
            });
        return new JsonObject
        {
            ["schemaVersion"] = SchemaVersion,
            ["tool"] = new JsonObject { ["name"] = "floe-audit", ["version"] = toolVersion },
            ["findings"] = new JsonArray([.. entries]),
        };
    }

    public static void Write(AuditResult result, string path, string toolVersion) =>
        AtomicFile.WriteAllText(path, Build(result, toolVersion).ToJsonString(ReportDocument.SerializerOptions) + "\n");

    /// <summary>Reads a baseline file; any problem is an <see cref="AuditException"/> with a one-line message.</summary>
    public static ImmutableArray<BaselineEntry> Load(string path) => JsonInputFile.Read(
        path,
        "baseline file",
        "create it with 'floe-audit baseline write', or fix the path",
        why => $"baseline file '{path}' is not a floe-audit baseline ({why}): re-create it with 'floe-audit baseline write'",
        root =>
        {
            var findings = root["findings"] as JsonArray ?? throw new FormatException("it has no 'findings' array");
            return findings.Select((node, i) => node is JsonObject entry && entry["fingerprint"]?.GetValue<string>() is { Length: > 0 } fingerprint
                ? new BaselineEntry(fingerprint, Text(entry, "ruleId"), Text(entry, "file"), Text(entry, "message"))
                : throw new FormatException($"findings[{i}] has no 'fingerprint'")).ToImmutableArray();
        });

    /// <summary>Marks each counted finding new or existing, and lists the baseline entries nothing matches any more.</summary>
    public static AuditResult Compare(AuditResult result, ImmutableArray<BaselineEntry> baseline, string path)
    {
        var known = baseline.Select(e => e.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var findings = result.Findings
            .Select(f => f.Suppressed ? f : f with { Baseline = known.Contains(f.Fingerprint) ? BaselineStatus.Existing : BaselineStatus.New })
            .ToImmutableArray();
        var current = findings.Where(f => f.IsActive).Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var fixedEntries = baseline.Where(e => !current.Contains(e.Fingerprint)).DistinctBy(e => e.Fingerprint).ToImmutableArray();
        var comparison = new BaselineComparison(
            path.Replace('\\', '/'),
            findings.Count(f => f.Baseline == BaselineStatus.New),
            findings.Count(f => f.Baseline == BaselineStatus.Existing),
            fixedEntries);
        return result with { Findings = findings, Baseline = comparison };
    }

    private static string Text(JsonObject entry, string key) => entry[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
}
