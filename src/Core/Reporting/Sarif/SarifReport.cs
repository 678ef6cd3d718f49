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

    public static JsonObject Build(JsonObject document, int maxResults = MaxResults)
    {
        var ruleIndex = RuleCatalog.All.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var findings = document["findings"]?.AsArray() ?? [];
        var results = new JsonArray();
        // Findings arrive most severe first (the engine sorts them), so truncation drops the least severe.
        foreach (var finding in findings.Take(maxResults))
        {
            results.Add(Result(finding!.AsObject(), ruleIndex));
        }

        var omitted = findings.Count - results.Count;
        var tool = document["tool"]?.AsObject();
        var version = tool?["version"]?.GetValue<string>() ?? "0.0.0";
        var run = new JsonObject
        {
            ["tool"] = new JsonObject
            {
                ["driver"] = new JsonObject
                {
                    ["name"] = tool?["name"]?.GetValue<string>() ?? "floe-audit",
                    ["version"] = version,
                    ["semanticVersion"] = version,
                    ["informationUri"] = InformationUri,
                    ["rules"] = new JsonArray([.. RuleCatalog.All.Select(r => (JsonNode)Rule(r))]),
                },
            },
            ["invocations"] = new JsonArray(Invocation(omitted, findings.Count, maxResults)),
            ["originalUriBaseIds"] = new JsonObject
            {
                [UriBaseId] = new JsonObject
                {
                    ["uri"] = RootUri(document["root"]?.GetValue<string>()),
                    ["description"] = new JsonObject { ["text"] = "The audited repository root." },
                },
            },
            ["automationDetails"] = new JsonObject { ["id"] = AutomationId },
            ["columnKind"] = "utf16CodeUnits",
            ["results"] = results,
            ["properties"] = new JsonObject
            {
                ["reportSchemaVersion"] = document["schemaVersion"]?.DeepClone(),
                ["totalFindings"] = findings.Count,
                ["truncated"] = omitted > 0,
                ["omittedResults"] = omitted,
            },
        };

        return new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(run),
        };
    }

    /// <summary>critical and major fail a code-scanning check (error), minor warns, info is a note.</summary>
    public static string Level(string severity) => severity switch
    {
        "critical" or "major" => "error",
        "minor" => "warning",
        _ => "note",
    };

    private static JsonObject Rule(Rule rule) => new()
    {
        ["id"] = rule.Id,
        ["name"] = PascalCase(rule.Title),
        ["shortDescription"] = new JsonObject { ["text"] = rule.Title },
        ["fullDescription"] = new JsonObject { ["text"] = rule.Description },
        ["help"] = new JsonObject
        {
            ["text"] = $"{rule.Description} See {rule.HelpUri}",
            ["markdown"] = $"{rule.Description}\n\n[{rule.Id} documentation]({rule.HelpUri})",
        },
        ["helpUri"] = rule.HelpUri,
        ["defaultConfiguration"] = new JsonObject { ["level"] = Level(rule.DefaultSeverity.ToName()) },
        ["properties"] = new JsonObject
        {
            ["tags"] = new JsonArray("tests", "floe-audit", rule.Section),
            ["section"] = rule.Section,
            ["severity"] = rule.DefaultSeverity.ToName(),
            ["precision"] = "high",
        },
    };

    private static JsonObject Result(JsonObject finding, Dictionary<string, int> ruleIndex)
    {
        var ruleId = finding["ruleId"]!.GetValue<string>();
        var severity = finding["severity"]?.GetValue<string>() ?? "info";
        var result = new JsonObject
        {
            ["ruleId"] = ruleId,
            ["level"] = Level(severity),
            ["message"] = new JsonObject { ["text"] = finding["message"]?.GetValue<string>() ?? ruleId },
        };
        if (ruleIndex.TryGetValue(ruleId, out var index))
        {
            result["ruleIndex"] = index;
        }

        var file = finding["file"]?.GetValue<string>() ?? "";
        if (file.Length > 0)
        {
            var region = new JsonObject { ["startLine"] = Math.Max(1, finding["line"]?.GetValue<int>() ?? 1) };
            if (finding["column"]?.GetValue<int>() is > 0 and var column)
            {
                region["startColumn"] = column;
            }

            result["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject
                {
                    ["artifactLocation"] = new JsonObject { ["uri"] = RelativeUri(file), ["uriBaseId"] = UriBaseId },
                    ["region"] = region,
                },
            });
        }

        // In-code suppressions and baselines map onto SARIF's own fields, so code scanning hides and labels them itself.
        if (finding["suppressed"]?.GetValue<bool>() == true)
        {
            result["suppressions"] = new JsonArray(new JsonObject
            {
                ["kind"] = "inSource",
                ["justification"] = finding["suppressionReason"]?.GetValue<string>() ?? "",
            });
        }

        if (finding["baseline"]?.GetValue<string>() is { } baselineState)
        {
            result["baselineState"] = baselineState == "existing" ? "unchanged" : "new";
        }

        var fingerprint = finding["fingerprint"]?.GetValue<string>();
        if (!string.IsNullOrEmpty(fingerprint))
        {
            result["partialFingerprints"] = new JsonObject { ["primaryLocationLineHash"] = fingerprint };
        }

        result["properties"] = new JsonObject
        {
            ["severity"] = severity,
            ["section"] = finding["section"]?.DeepClone(),
            ["symbol"] = finding["symbol"]?.DeepClone(),
        };
        return result;
    }

    private static JsonObject Invocation(int omitted, int total, int maxResults)
    {
        var invocation = new JsonObject { ["executionSuccessful"] = true };
        if (omitted > 0)
        {
            invocation["toolExecutionNotifications"] = new JsonArray(new JsonObject
            {
                ["level"] = "warning",
                ["descriptor"] = new JsonObject { ["id"] = "floe-audit/results-truncated" },
                ["message"] = new JsonObject
                {
                    ["text"] = $"{total:N0} findings, but a SARIF run holds at most {maxResults:N0} results for code scanning: the {omitted:N0} least severe were left out (all of them are in report.json).",
                },
            });
        }

        return invocation;
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
