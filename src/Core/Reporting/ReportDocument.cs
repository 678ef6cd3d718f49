using System.Buffers;
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

    /// <summary>The document as a JSON tree, for templates and SARIF: <see cref="Serialize"/>, parsed.</summary>
    public static JsonObject Build(AuditResult result, string toolVersion) => Parse(Serialize(result, toolVersion));

    /// <remarks>
    /// The tree materialises its nodes on first read; the report formats read one tree from several threads at once,
    /// which is safe (concurrent reads of a <see cref="JsonNode"/> tree are supported since .NET 8, dotnet/runtime#77567).
    /// </remarks>
    public static JsonObject Parse(ReadOnlySequence<byte> document)
    {
        var reader = new Utf8JsonReader(document);
        return JsonNode.Parse(ref reader) as JsonObject ?? throw new InvalidOperationException("the report document is not a JSON object");
    }

    /// <summary>
    /// The document as indented UTF-8 JSON: the json format is exactly these bytes. Written straight from the
    /// result (no JSON tree in between: on a million-line audit the tree cost about as much as writing the file).
    /// </summary>
    public static ReadOnlySequence<byte> Serialize(AuditResult result, string toolVersion)
    {
        var buffer = new ChunkedBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = SerializerOptions.Encoder }))
        {
            Write(writer, result, toolVersion);
        }

        return buffer.Written();
    }

    private static void Write(Utf8JsonWriter w, AuditResult result, string toolVersion)
    {
        // Totals, section and rule counts are of the findings that count; suppressed ones are counted apart (summary.suppressed).
        var active = result.Active.ToList();
        var bySection = active.ToLookup(f => f.Section, StringComparer.Ordinal);
        var bySectionAndRule = active.CountBy(f => (f.Section, f.RuleId)).ToDictionary();
        var s = result.Summary;
        w.WriteStartObject();
        w.WriteString("schemaVersion", SchemaVersion);
        w.WriteStartObject("tool");
        w.WriteString("name", "floe-audit");
        w.WriteString("version", toolVersion);
        w.WriteEndObject();
        w.WriteString("root", result.Root.Replace('\\', '/'));
        w.WriteString("config", result.ConfigFile?.Replace('\\', '/'));

        w.WriteStartObject("summary");
        w.WriteNumber("files", s.Files);
        w.WriteNumber("testFiles", s.TestFiles);
        w.WriteNumber("tests", s.Tests);
        w.WriteNumber("testCases", s.TestCases);
        w.WriteNumber("testLines", s.TestLines);
        w.WritePropertyName("filesByLanguage");
        JsonSerializer.Serialize(w, s.FilesByLanguage, ReportJsonContext.Default.ImmutableSortedDictionaryStringInt32);
        w.WriteNumber("skippedFiles", s.SkippedFiles);
        w.WriteNumber("excludedPaths", s.ExcludedPaths);
        WriteCounts(w, "findings", active);
        w.WriteNumber("suppressed", result.SuppressedCount);
        w.WriteStartObject("bySection");
        foreach (var section in result.Sections)
        {
            WriteCounts(w, section.Section.Id, bySection[section.Section.Id]);
        }

        w.WriteEndObject();
        w.WriteStartArray("byRule");
        foreach (var g in active.GroupBy(f => f.RuleId).OrderByDescending(g => g.Max(f => f.Severity)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            WriteRule(w, RuleCatalog.Get(g.Key), g.Count());
        }

        w.WriteEndArray();
        w.WriteEndObject();

        WriteBaseline(w, result.Baseline);
        w.WriteStartArray("environment");
        foreach (var note in result.EnvironmentNotes)
        {
            w.WriteStringValue(note);
        }

        w.WriteEndArray();
        w.WriteStartObject("engine");
        WriteCounts(w, "findings", bySection[Sections.Engine.Id]);
        w.WriteEndObject();

        w.WriteStartObject("sections");
        foreach (var section in result.Sections)
        {
            var sectionFindings = bySection[section.Section.Id];
            w.WriteStartObject(section.Section.Id);
            w.WriteString("id", section.Section.Id);
            w.WriteString("title", section.Section.Title);
            w.WriteString("slug", section.Section.Slug);
            w.WriteStartArray("notes");
            foreach (var note in section.Notes)
            {
                w.WriteStringValue(note);
            }

            w.WriteEndArray();
            WriteCounts(w, "findings", sectionFindings);
            w.WriteStartArray("rules");
            foreach (var rule in RuleCatalog.All.Where(r => r.Section == section.Section.Id))
            {
                WriteRule(w, rule, bySectionAndRule.GetValueOrDefault((section.Section.Id, rule.Id)));
            }

            w.WriteEndArray();
            w.WritePropertyName("data");
            JsonSerializer.Serialize(w, section.Data, SerializerOptions.GetTypeInfo(section.Data.GetType()));
            w.WriteEndObject();
        }

        w.WriteEndObject();

        w.WriteStartArray("findings");
        foreach (var f in result.Findings)
        {
            var rule = RuleCatalog.Get(f.RuleId);
            w.WriteStartObject();
            w.WriteString(FindingNames.RuleId, f.RuleId);
            w.WriteString(FindingNames.Severity, f.Severity.ToName());
            w.WriteString(FindingNames.Section, f.Section);
            w.WriteString(FindingNames.Title, rule.Title);
            w.WriteString(FindingNames.Message, f.Message);
            w.WriteString(FindingNames.File, f.File);
            w.WriteNumber(FindingNames.Line, f.Line);
            w.WriteNumber(FindingNames.Column, f.Column);
            w.WriteString(FindingNames.Symbol, f.Symbol);
            w.WriteString(FindingNames.Fingerprint, f.Fingerprint);
            w.WriteString(FindingNames.HelpUri, rule.HelpUri);
            w.WriteBoolean(FindingNames.Suppressed, f.Suppressed);
            w.WriteString(FindingNames.SuppressionReason, f.Suppressed ? f.SuppressionReason : null);
            w.WriteString(FindingNames.Baseline, f.Baseline switch { BaselineStatus.New => "new", BaselineStatus.Existing => "existing", _ => null });
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A finding's property names, encoded once: a large report writes them hundreds of thousands of times.</summary>
    private static class FindingNames
    {
        public static readonly JsonEncodedText RuleId = JsonEncodedText.Encode("ruleId");
        public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
        public static readonly JsonEncodedText Section = JsonEncodedText.Encode("section");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        public static readonly JsonEncodedText File = JsonEncodedText.Encode("file");
        public static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
        public static readonly JsonEncodedText Column = JsonEncodedText.Encode("column");
        public static readonly JsonEncodedText Symbol = JsonEncodedText.Encode("symbol");
        public static readonly JsonEncodedText Fingerprint = JsonEncodedText.Encode("fingerprint");
        public static readonly JsonEncodedText HelpUri = JsonEncodedText.Encode("helpUri");
        public static readonly JsonEncodedText Suppressed = JsonEncodedText.Encode("suppressed");
        public static readonly JsonEncodedText SuppressionReason = JsonEncodedText.Encode("suppressionReason");
        public static readonly JsonEncodedText Baseline = JsonEncodedText.Encode("baseline");
    }

    private static void WriteRule(Utf8JsonWriter w, Rule rule, int count)
    {
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteString("title", rule.Title);
        w.WriteString("section", rule.Section);
        w.WriteString("defaultSeverity", rule.DefaultSeverity.ToName());
        w.WriteString("helpUri", rule.HelpUri);
        w.WriteNumber("count", count);
        w.WriteEndObject();
    }

    private static void WriteBaseline(Utf8JsonWriter w, BaselineComparison? baseline)
    {
        if (baseline is null)
        {
            w.WriteNull("baseline");
            return;
        }

        w.WriteStartObject("baseline");
        w.WriteString("file", baseline.File);
        w.WriteNumber("new", baseline.New);
        w.WriteNumber("existing", baseline.Existing);
        w.WriteStartArray("fixed");
        foreach (var e in baseline.Fixed)
        {
            w.WriteStartObject();
            w.WriteString("fingerprint", e.Fingerprint);
            w.WriteString("ruleId", e.RuleId);
            w.WriteString("file", e.File);
            w.WriteString("message", e.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter w, string name, IEnumerable<Finding> findings)
    {
        int critical = 0, major = 0, minor = 0, info = 0;
        foreach (var f in findings)
        {
            switch (f.Severity)
            {
                case Severity.Critical: critical++; break;
                case Severity.Major: major++; break;
                case Severity.Minor: minor++; break;
                case Severity.Info: info++; break;
            }
        }

        w.WriteStartObject(name);
        w.WriteNumber("critical", critical);
        w.WriteNumber("major", major);
        w.WriteNumber("minor", minor);
        w.WriteNumber("info", info);
        w.WriteNumber("total", critical + major + minor + info);
        w.WriteEndObject();
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

