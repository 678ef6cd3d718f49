using System.Text.Json;
using System.Text.Json.Nodes;

namespace FloeHarden.Core.Adoption;

/// <summary>
/// What got better and worse between two audits (two report.json files): counts per severity and per section with
/// their deltas, and the findings that are new or fixed, matched by fingerprint. The result is one JSON document;
/// the markdown (for pull-request comments) renders from it with <c>diff.md.scriban</c>.
/// </summary>
public static class ReportDiff
{
    public const string SchemaVersion = "1.0";

    private static readonly string[] Severities = ["critical", "major", "minor", "info", "total"];

    /// <summary>Reads a report.json; any problem is an <see cref="AuditException"/> with a one-line message.</summary>
    public static JsonObject LoadReport(string path) => JsonInputFile.Read(
        path,
        "report",
        "pass two report.json files written by 'floe-audit --format json'",
        why => $"'{path}' is not a floe-audit report.json ({why})",
        report =>
        {
            _ = report["schemaVersion"]?.GetValue<string>() ?? throw new FormatException("it has no 'schemaVersion'");
            _ = report["summary"] as JsonObject ?? throw new FormatException("it has no 'summary'");
            var findings = report["findings"] as JsonArray ?? throw new FormatException("it has no 'findings' array");
            foreach (var (finding, i) in findings.Select((f, i) => (f, i)))
            {
                _ = (finding as JsonObject)?["fingerprint"]?.GetValue<string>() ?? throw new FormatException($"findings[{i}] has no 'fingerprint'");
            }

            return report;
        });

    public static JsonObject Compare(JsonObject oldReport, JsonObject newReport, string oldName, string newName)
    {
        var oldFindings = Counted(oldReport).ToList();
        var newFindings = Counted(newReport).ToList();
        var oldPrints = oldFindings.Select(Fingerprint).ToHashSet(StringComparer.Ordinal);
        var newPrints = newFindings.Select(Fingerprint).ToHashSet(StringComparer.Ordinal);
        var added = newFindings.Where(f => !oldPrints.Contains(Fingerprint(f))).ToList();
        var removed = oldFindings.Where(f => !newPrints.Contains(Fingerprint(f))).ToList();

        var sectionIds = SectionTitles(oldReport).Keys.Union(SectionTitles(newReport).Keys).Order(StringComparer.Ordinal).ToList();
        var titles = SectionTitles(oldReport).Concat(SectionTitles(newReport)).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Last().Value);
        var sections = new JsonArray();
        foreach (var id in sectionIds)
        {
            var row = new JsonObject { ["id"] = id, ["title"] = titles[id] };
            AddCounts(row, oldReport["summary"]?["bySection"]?[id], newReport["summary"]?["bySection"]?[id]);
            sections.Add(row);
        }

        var engine = new JsonObject { ["id"] = "engine", ["title"] = "Engine diagnostics" };
        AddCounts(engine, oldReport["engine"]?["findings"], newReport["engine"]?["findings"]);
        sections.Add(engine);

        var totals = new JsonObject();
        AddCounts(totals, oldReport["summary"]?["findings"], newReport["summary"]?["findings"]);
        var oldSuppressed = Int(oldReport["summary"]?["suppressed"]);
        var newSuppressed = Int(newReport["summary"]?["suppressed"]);

        var verdict = (added.Count, removed.Count) switch
        {
            (0, 0) => "unchanged",
            (0, _) => "better",
            (_, 0) => "worse",
            _ => "mixed",
        };

        return new JsonObject
        {
            ["schemaVersion"] = SchemaVersion,
            ["old"] = Side(oldReport, oldName),
            ["new"] = Side(newReport, newName),
            ["verdict"] = verdict,
            ["totals"] = totals,
            ["suppressed"] = Delta(oldSuppressed, newSuppressed),
            ["sections"] = sections,
            ["newFindings"] = new JsonArray([.. added.OrderBy(Rank).Select(Brief)]),
            ["fixedFindings"] = new JsonArray([.. removed.OrderBy(Rank).Select(Brief)]),
        };
    }

    /// <summary>The findings that count: reports written before suppressions existed have no 'suppressed' field.</summary>
    private static IEnumerable<JsonObject> Counted(JsonObject report) =>
        report["findings"]!.AsArray().OfType<JsonObject>().Where(f => f["suppressed"]?.GetValue<bool>() != true);

    private static string Fingerprint(JsonObject finding) => finding["fingerprint"]!.GetValue<string>();

    private static int Rank(JsonObject finding) => Array.IndexOf(Severities, Text(finding, "severity"));

    private static JsonNode Brief(JsonObject f) => new JsonObject
    {
        ["fingerprint"] = Fingerprint(f),
        ["ruleId"] = Text(f, "ruleId"),
        ["severity"] = Text(f, "severity"),
        ["section"] = Text(f, "section"),
        ["title"] = Text(f, "title"),
        ["file"] = Text(f, "file"),
        ["line"] = Int(f["line"]),
        ["message"] = Text(f, "message"),
    };

    private static JsonObject Side(JsonObject report, string name) => new()
    {
        ["report"] = name.Replace('\\', '/'),
        ["root"] = Text(report, "root"),
        ["toolVersion"] = report["tool"]?["version"]?.GetValue<string>(),
        ["tests"] = Int(report["summary"]?["tests"]),
    };

    private static Dictionary<string, string> SectionTitles(JsonObject report) =>
        (report["sections"] as JsonObject ?? []).ToDictionary(kv => kv.Key, kv => kv.Value?["title"]?.GetValue<string>() ?? kv.Key, StringComparer.Ordinal);

    private static void AddCounts(JsonObject target, JsonNode? oldCounts, JsonNode? newCounts)
    {
        foreach (var severity in Severities)
        {
            target[severity] = Delta(Int(oldCounts?[severity]), Int(newCounts?[severity]));
        }
    }

    private static JsonObject Delta(int oldValue, int newValue) => new() { ["old"] = oldValue, ["new"] = newValue, ["delta"] = newValue - oldValue };

    private static int Int(JsonNode? node) => node is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0;

    private static string Text(JsonObject node, string key) => node[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
}
