using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FloeHarden.Core.Analyses.Assertions;
using FloeHarden.Core.Analyses.Classification;
using FloeHarden.Core.Analyses.Infrastructure;
using FloeHarden.Core.Analyses.Mocks;
using FloeHarden.Core.Analyses.Plugins;
using FloeHarden.Core.Analyses.SideEffects;
using FloeHarden.Core.Analyses.Values;
using FloeHarden.Core.Analyses.Workflows;
using FloeHarden.Core.Rules;

namespace FloeHarden.Core.Reporting;

/// <summary>
/// The report as one JSON document (docs/json-schema.md). The JSON output writes it as-is and every template
/// renders from the same document, so templates see exactly the documented fields and nothing else.
/// </summary>
public static class ReportDocument
{
    public const string SchemaVersion = "1.0";

    /// <summary>
    /// The report's JSON conventions. Section data is serialised from source-generated metadata
    /// (<see cref="ReportJsonContext"/>): reflection-based metadata cost a few hundred milliseconds of start-up per audit.
    /// </summary>
    public static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ReportJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static JsonObject Build(AuditResult result, string toolVersion)
    {
        var findings = new JsonArray();
        foreach (var f in result.Findings)
        {
            var rule = RuleCatalog.Get(f.RuleId);
            findings.Add(new JsonObject
            {
                ["ruleId"] = f.RuleId,
                ["severity"] = f.Severity.ToName(),
                ["section"] = f.Section,
                ["title"] = rule.Title,
                ["message"] = f.Message,
                ["file"] = f.File,
                ["line"] = f.Line,
                ["column"] = f.Column,
                ["symbol"] = f.Symbol,
                ["fingerprint"] = f.Fingerprint,
                ["helpUri"] = rule.HelpUri,
                ["suppressed"] = f.Suppressed,
                ["suppressionReason"] = f.Suppressed ? f.SuppressionReason : null,
                ["baseline"] = f.Baseline switch { BaselineStatus.New => "new", BaselineStatus.Existing => "existing", _ => null },
            });
        }

        // Totals, section and rule counts are of the findings that count; suppressed ones are counted apart (summary.suppressed).
        var active = result.Active.ToList();

        var sections = new JsonObject();
        foreach (var section in result.Sections)
        {
            var sectionFindings = active.Where(f => f.Section == section.Section.Id).ToList();
            sections[section.Section.Id] = new JsonObject
            {
                ["id"] = section.Section.Id,
                ["title"] = section.Section.Title,
                ["slug"] = section.Section.Slug,
                ["notes"] = new JsonArray([.. section.Notes.Select(n => (JsonNode)n)]),
                ["findings"] = Counts(sectionFindings),
                ["rules"] = new JsonArray([.. RuleCatalog.All.Where(r => r.Section == section.Section.Id).Select(r => (JsonNode)RuleNode(r, sectionFindings.Count(f => f.RuleId == r.Id)))]),
                ["data"] = JsonSerializer.SerializeToNode(section.Data, section.Data.GetType(), SerializerOptions),
            };
        }

        var engineFindings = active.Where(f => f.Section == Sections.Engine.Id).ToList();
        var s = result.Summary;
        return new JsonObject
        {
            ["schemaVersion"] = SchemaVersion,
            ["tool"] = new JsonObject { ["name"] = "floe-audit", ["version"] = toolVersion },
            ["root"] = result.Root.Replace('\\', '/'),
            ["config"] = result.ConfigFile?.Replace('\\', '/'),
            ["summary"] = new JsonObject
            {
                ["files"] = s.Files,
                ["testFiles"] = s.TestFiles,
                ["tests"] = s.Tests,
                ["testCases"] = s.TestCases,
                ["testLines"] = s.TestLines,
                ["filesByLanguage"] = JsonSerializer.SerializeToNode(s.FilesByLanguage, SerializerOptions),
                ["skippedFiles"] = s.SkippedFiles,
                ["excludedPaths"] = s.ExcludedPaths,
                ["findings"] = Counts(active),
                ["suppressed"] = result.SuppressedCount,
                ["bySection"] = new JsonObject([.. result.Sections.Select(x => KeyValuePair.Create(x.Section.Id, (JsonNode?)Counts(active.Where(f => f.Section == x.Section.Id))))]),
                ["byRule"] = new JsonArray([.. active.GroupBy(f => f.RuleId).OrderByDescending(g => g.Max(f => f.Severity)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => (JsonNode)RuleNode(RuleCatalog.Get(g.Key), g.Count()))]),
            },
            ["baseline"] = BaselineNode(result.Baseline),
            ["environment"] = new JsonArray([.. result.EnvironmentNotes.Select(n => (JsonNode)n)]),
            ["engine"] = new JsonObject { ["findings"] = Counts(engineFindings) },
            ["sections"] = sections,
            ["findings"] = findings,
        };
    }

    public static JsonObject RuleNode(Rule rule, int count) => new()
    {
        ["id"] = rule.Id,
        ["title"] = rule.Title,
        ["section"] = rule.Section,
        ["defaultSeverity"] = rule.DefaultSeverity.ToName(),
        ["helpUri"] = rule.HelpUri,
        ["count"] = count,
    };

    private static JsonObject? BaselineNode(BaselineComparison? baseline) => baseline is null ? null : new JsonObject
    {
        ["file"] = baseline.File,
        ["new"] = baseline.New,
        ["existing"] = baseline.Existing,
        ["fixed"] = new JsonArray([.. baseline.Fixed.Select(e => (JsonNode)new JsonObject
        {
            ["fingerprint"] = e.Fingerprint,
            ["ruleId"] = e.RuleId,
            ["file"] = e.File,
            ["message"] = e.Message,
        })]),
    };

    public static JsonObject Counts(IEnumerable<Finding> findings)
    {
        var list = findings.ToList();
        return new JsonObject
        {
            ["critical"] = list.Count(f => f.Severity == Severity.Critical),
            ["major"] = list.Count(f => f.Severity == Severity.Major),
            ["minor"] = list.Count(f => f.Severity == Severity.Minor),
            ["info"] = list.Count(f => f.Severity == Severity.Info),
            ["total"] = list.Count,
        };
    }
}

/// <summary>Source-generated JSON metadata for every section's data (the report's largest objects besides findings).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(MockSectionData))]
[JsonSerializable(typeof(ConfigSectionData))]
[JsonSerializable(typeof(AssertionSectionData))]
[JsonSerializable(typeof(SideEffectSectionData))]
[JsonSerializable(typeof(ClassificationSectionData))]
[JsonSerializable(typeof(WorkflowSectionData))]
[JsonSerializable(typeof(PluginSectionData))]
[JsonSerializable(typeof(InfrastructureSectionData))]
[JsonSerializable(typeof(System.Collections.Immutable.ImmutableSortedDictionary<string, int>))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;

