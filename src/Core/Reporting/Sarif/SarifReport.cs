using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using FloeHarden.Core.Rules;

namespace FloeHarden.Core.Reporting.Sarif;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning, built from the report document (so it carries exactly the findings the
/// other formats show): every catalog rule in <c>tool.driver.rules</c>, root-relative URIs against
/// <c>%SRCROOT%</c>, lines clamped to 1, our stable fingerprint as <c>primaryLocationLineHash</c>, and at most
/// <see cref="MaxResults"/> results — GitHub rejects more per run — with the rest named in a notification.
/// </summary>
public static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string UriBaseId = "%SRCROOT%";
    public const string AutomationId = "floe-audit/";
    public const string InformationUri = "https://github.com/floeharden/floeharden";

    /// <summary>GitHub code scanning accepts at most 25,000 results per run.</summary>
    public const int MaxResults = 25_000;

    /// <summary>The SARIF log of <paramref name="document"/> as a JSON tree (<see cref="Write"/>, parsed).</summary>
    public static JsonObject Build(JsonObject document, int maxResults = MaxResults)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, JsonSerializer.SerializeToElement(document), maxResults);
        }

        return JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
    }

    /// <summary>
    /// Writes the SARIF log of <paramref name="document"/> (the report document) straight from the parsed JSON: a
    /// million-line audit's 25,000 results were built as a node tree first, which cost as much as writing them.
    /// </summary>
    public static void Write(Utf8JsonWriter w, JsonElement document, int maxResults = MaxResults)
    {
        var ruleIndex = RuleCatalog.All.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var findings = document.TryGetProperty("findings", out var array) && array.ValueKind == JsonValueKind.Array ? array : default;
        var total = findings.ValueKind == JsonValueKind.Array ? findings.GetArrayLength() : 0;
        var written = Math.Min(total, Math.Max(0, maxResults));
        var omitted = total - written;
        var tool = document.TryGetProperty("tool", out var t) && t.ValueKind == JsonValueKind.Object ? t : default;
        var version = Text(tool, "version") ?? "0.0.0";

        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();

        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", Text(tool, "name") ?? "floe-audit");
        w.WriteString("version", version);
        w.WriteString("semanticVersion", version);
        w.WriteString("informationUri", InformationUri);
        w.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            WriteRule(w, rule);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartArray("invocations");
        WriteInvocation(w, omitted, total, maxResults);
        w.WriteEndArray();

        w.WriteStartObject("originalUriBaseIds");
        w.WriteStartObject(UriBaseId);
        w.WriteString("uri", RootUri(Text(document, "root")));
        w.WriteStartObject("description");
        w.WriteString("text", "The audited repository root.");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject("automationDetails");
        w.WriteString("id", AutomationId);
        w.WriteEndObject();
        w.WriteString("columnKind", "utf16CodeUnits");

        // Findings arrive most severe first (the engine sorts them), so truncation drops the least severe.
        w.WriteStartArray("results");
        if (written > 0)
        {
            // Enumerated, not indexed: indexing an array of objects walks it from the start.
            foreach (var finding in findings.EnumerateArray().Take(written))
            {
                WriteResult(w, finding, ruleIndex);
            }
        }

        w.WriteEndArray();

        w.WriteStartObject("properties");
        w.WritePropertyName("reportSchemaVersion");
        WriteValue(w, document, "schemaVersion");
        w.WriteNumber("totalFindings", total);
        w.WriteBoolean("truncated", omitted > 0);
        w.WriteNumber("omittedResults", omitted);
        w.WriteEndObject();

        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>critical and major fail a code-scanning check (error), minor warns, info is a note.</summary>
    public static string Level(string severity) => severity switch
    {
        "critical" or "major" => "error",
        "minor" => "warning",
        _ => "note",
    };

    private static void WriteRule(Utf8JsonWriter w, Rule rule)
    {
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteString("name", PascalCase(rule.Title));
        w.WriteStartObject("shortDescription");
        w.WriteString("text", rule.Title);
        w.WriteEndObject();
        w.WriteStartObject("fullDescription");
        w.WriteString("text", rule.Description);
        w.WriteEndObject();
        w.WriteStartObject("help");
        w.WriteString("text", $"{rule.Description} See {rule.HelpUri}");
        w.WriteString("markdown", $"{rule.Description}\n\n[{rule.Id} documentation]({rule.HelpUri})");
        w.WriteEndObject();
        w.WriteString("helpUri", rule.HelpUri);
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", Level(rule.DefaultSeverity.ToName()));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteStartArray("tags");
        w.WriteStringValue("tests");
        w.WriteStringValue("floe-audit");
        w.WriteStringValue(rule.Section);
        w.WriteEndArray();
        w.WriteString("section", rule.Section);
        w.WriteString("severity", rule.DefaultSeverity.ToName());
        w.WriteString("precision", "high");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, JsonElement finding, Dictionary<string, int> ruleIndex)
    {
        var ruleId = Text(finding, "ruleId") ?? throw new InvalidOperationException("a finding of the report document has no ruleId");
        var severity = Text(finding, "severity") ?? "info";
        w.WriteStartObject();
        w.WriteString("ruleId", ruleId);
        w.WriteString("level", Level(severity));
        w.WriteStartObject("message");
        w.WriteString("text", Text(finding, "message") ?? ruleId);
        w.WriteEndObject();
        if (ruleIndex.TryGetValue(ruleId, out var index))
        {
            w.WriteNumber("ruleIndex", index);
        }

        var file = Text(finding, "file") ?? "";
        if (file.Length > 0)
        {
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", RelativeUri(file));
            w.WriteString("uriBaseId", UriBaseId);
            w.WriteEndObject();
            w.WriteStartObject("region");
            w.WriteNumber("startLine", Math.Max(1, Number(finding, "line") ?? 1));
            if (Number(finding, "column") is > 0 and var column)
            {
                w.WriteNumber("startColumn", column);
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
        }

        // In-code suppressions and baselines map onto SARIF's own fields, so code scanning hides and labels them itself.
        if (finding.TryGetProperty("suppressed", out var suppressed) && suppressed.ValueKind == JsonValueKind.True)
        {
            w.WriteStartArray("suppressions");
            w.WriteStartObject();
            w.WriteString("kind", "inSource");
            w.WriteString("justification", Text(finding, "suppressionReason") ?? "");
            w.WriteEndObject();
            w.WriteEndArray();
        }

        if (Text(finding, "baseline") is { } baselineState)
        {
            w.WriteString("baselineState", baselineState == "existing" ? "unchanged" : "new");
        }

        if (Text(finding, "fingerprint") is { Length: > 0 } fingerprint)
        {
            w.WriteStartObject("partialFingerprints");
            w.WriteString("primaryLocationLineHash", fingerprint);
            w.WriteEndObject();
        }

        w.WriteStartObject("properties");
        w.WriteString("severity", severity);
        w.WritePropertyName("section");
        WriteValue(w, finding, "section");
        w.WritePropertyName("symbol");
        WriteValue(w, finding, "symbol");
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter w, int omitted, int total, int maxResults)
    {
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", true);
        if (omitted > 0)
        {
            w.WriteStartArray("toolExecutionNotifications");
            w.WriteStartObject();
            w.WriteString("level", "warning");
            w.WriteStartObject("descriptor");
            w.WriteString("id", "floe-audit/results-truncated");
            w.WriteEndObject();
            w.WriteStartObject("message");
            w.WriteString("text", $"{total:N0} findings, but a SARIF run holds at most {maxResults:N0} results for code scanning: the {omitted:N0} least severe were left out (all of them are in report.json).");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>A string member of <paramref name="o"/>, or null when it is missing, null or not a string.</summary>
    private static string? Text(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    /// <summary>A member of <paramref name="o"/> as it is, or null when missing.</summary>
    private static void WriteValue(Utf8JsonWriter w, JsonElement o, string name)
    {
        if (o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var value))
        {
            value.WriteTo(w);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    /// <summary>Percent-encodes each path segment (spaces, '#', '%', non-ASCII) but keeps the slashes.</summary>
    internal static string RelativeUri(string file) =>
        string.Join('/', file.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static string RootUri(string? root)
    {
        if (string.IsNullOrEmpty(root))
        {
            return "file:///";
        }

        var uri = new Uri(root.EndsWith('/') ? root : root + "/").AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    private static string PascalCase(string title) =>
        string.Concat(title.Split([' ', '-', '(', ')', '\'', ',', '.', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
