using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FloeHarden.Core.Rules;

namespace FloeHarden.Core.Adoption;

/// <summary>One issue of the backlog. <see cref="Key"/> is stable across runs: it is how a re-run finds the issue again.</summary>
public sealed record BacklogIssue(string Key, string Title, string Description, int Priority, string? RuleId = null, string? File = null, string? Severity = null, ImmutableArray<string> Fingerprints = default);

/// <summary>The epic and its children. Children are one per critical/major finding group (rule × file).</summary>
public sealed record BacklogPlan(string EpicKey, BacklogIssue Epic, ImmutableArray<BacklogIssue> Children, JsonObject Inventory);

/// <summary>
/// Turns an audit (its report.json document) into a backlog (docs/adoption.md#epic): one epic with the inventory of
/// what to remove, fix and reclassify, and one child issue per critical/major finding group. Groups are rule × file:
/// that is the unit a fix lands in (one pull request touches one file for one kind of problem), and every finding has a
/// file while not every finding has a test class. Pure: no I/O; the CLI writes it or sends it to Linear.
/// </summary>
public static class EpicPlanner
{
    /// <summary>The marker lines every description ends with; a re-run searches for them to update instead of duplicating.</summary>
    public const string EpicMarker = "floe-audit-epic:";

    public const string KeyMarker = "floe-audit-key:";

    /// <summary>Rules whose fix is deleting code, and rules whose fix is moving or re-labelling a test; the rest are fixed in place.</summary>
    private static readonly ImmutableHashSet<string> RemoveRules = ["FH1104", "FH1304", "FH1507", "FH1703", "FH1801", "FH1803"];

    private static readonly ImmutableHashSet<string> ReclassifyRules = ["FH1501", "FH1502", "FH1503", "FH1504", "FH1505"];

    public static BacklogPlan Plan(JsonObject report, string? scope = null)
    {
        var root = Text(report, "root");
        scope ??= RootName(root);
        var epicKey = Key($"epic|{scope}");
        var findings = (report["findings"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(f => f["suppressed"]?.GetValue<bool>() != true)
            .ToList();

        var children = findings
            .Where(f => Text(f, "severity") is "critical" or "major")
            .GroupBy(f => (Rule: Text(f, "ruleId"), File: Text(f, "file")))
            .Select(g => Child(epicKey, g.Key.Rule, g.Key.File, [.. g.OrderBy(f => Int(f["line"]))]))
            .OrderBy(c => c.Priority).ThenBy(c => c.RuleId, StringComparer.Ordinal).ThenBy(c => c.File, StringComparer.Ordinal)
            .ToImmutableArray();

        var inventory = Inventory(report, findings);
        var epic = new BacklogIssue(
            epicKey,
            $"Test hardening: {scope} — {Count(findings, "critical")} critical, {Count(findings, "major")} major findings",
            EpicDescription(report, scope, findings, children, inventory, epicKey),
            children.IsEmpty ? 4 : children.Min(c => c.Priority));
        return new BacklogPlan(epicKey, epic, children, inventory);
    }

    /// <summary>The JSON written by <c>floe-audit epic</c> (epic.json).</summary>
    public static JsonObject ToJson(BacklogPlan plan) => new()
    {
        ["schemaVersion"] = "1.0",
        ["epicKey"] = plan.EpicKey,
        ["epic"] = IssueJson(plan.Epic),
        ["children"] = new JsonArray([.. plan.Children.Select(c => (JsonNode)IssueJson(c))]),
        ["inventory"] = plan.Inventory.DeepClone(),
    };

    /// <summary>The markdown written by <c>floe-audit epic</c> (epic.md): the epic, then every child.</summary>
    public static string ToMarkdown(BacklogPlan plan)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(plan.Epic.Title).Append("\n\n").Append(plan.Epic.Description).Append('\n');
        foreach (var child in plan.Children)
        {
            md.Append("\n---\n\n## ").Append(child.Title).Append("\n\n").Append(child.Description).Append('\n');
        }

        return md.ToString();
    }

    public static string Key(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);

    private static BacklogIssue Child(string epicKey, string ruleId, string file, List<JsonObject> findings)
    {
        var rule = RuleCatalog.Find(ruleId);
        var severity = findings.Any(f => Text(f, "severity") == "critical") ? "critical" : "major";
        var title = $"{ruleId} {rule?.Title ?? Text(findings[0], "title")} — {(file.Length == 0 ? "repository" : Path.GetFileName(file))} ({findings.Count})";
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"**{severity}** · {(file.Length == 0 ? "the repository as a whole" : $"`{file}`")} · {findings.Count} finding{(findings.Count == 1 ? "" : "s")} of [{ruleId}]({rule?.HelpUri ?? ""})\n\n");
        if (rule is not null)
        {
            md.Append(rule.Description).Append("\n\n");
        }

        foreach (var f in findings)
        {
            md.Append(CultureInfo.InvariantCulture, $"- [ ] line {Int(f["line"])}: {Text(f, "message")} (`{Text(f, "fingerprint")}`)\n");
        }

        md.Append("\nHow to fix and how to suppress a justified exception: see the rule page linked above.\n");
        AppendMarkers(md, epicKey, Key($"group|{epicKey}|{ruleId}|{file}"));
        return new BacklogIssue(Key($"group|{epicKey}|{ruleId}|{file}"), title, md.ToString(), severity == "critical" ? 2 : 3, ruleId, file, severity, [.. findings.Select(f => Text(f, "fingerprint"))]);
    }

    private static string EpicDescription(JsonObject report, string scope, List<JsonObject> findings, ImmutableArray<BacklogIssue> children, JsonObject inventory, string epicKey)
    {
        var summary = report["summary"];
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"Backlog from the floe-audit {report["tool"]?["version"]} audit of `{scope}`: {Int(summary?["tests"])} tests, {Int(summary?["testLines"])} lines of test code.\n\n");
        md.Append("| Severity | Findings |\n|---|---:|\n");
        foreach (var severity in new[] { "critical", "major", "minor", "info" })
        {
            md.Append(CultureInfo.InvariantCulture, $"| {severity} | {Count(findings, severity)} |\n");
        }

        if (Int(summary?["suppressed"]) > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"| suppressed in code | {Int(summary?["suppressed"])} |\n");
        }

        foreach (var (kind, heading) in new[] { ("remove", "To remove"), ("fix", "To fix"), ("reclassify", "To reclassify") })
        {
            var rows = inventory[kind]!.AsArray().OfType<JsonObject>().ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            md.Append(CultureInfo.InvariantCulture, $"\n### {heading}\n\n| Rule | Title | Severity | Findings | Files |\n|---|---|---|---:|---:|\n");
            foreach (var row in rows)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {row["ruleId"]} | {row["title"]} | {row["severity"]} | {row["findings"]} | {row["files"]} |\n");
            }
        }

        var lineTables = inventory["lines"]!.AsArray().OfType<JsonObject>().ToList();
        if (lineTables.Count > 0)
        {
            md.Append("\n### Code involved (line counts from the report's sections)\n\n| Section | What | Items | Lines |\n|---|---|---:|---:|\n");
            foreach (var row in lineTables)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {row["section"]} | {row["what"]} | {row["items"]} | {row["lines"]} |\n");
            }
        }

        md.Append(CultureInfo.InvariantCulture, $"\n### Child issues\n\nOne per critical or major finding group (rule × file): {children.Length}.\n");
        foreach (var child in children.Take(100))
        {
            md.Append(CultureInfo.InvariantCulture, $"- {child.Title}\n");
        }

        if (children.Length > 100)
        {
            md.Append(CultureInfo.InvariantCulture, $"- … and {children.Length - 100} more (epic.json)\n");
        }

        AppendMarkers(md, epicKey, epicKey);
        return md.ToString();
    }

    private static JsonObject Inventory(JsonObject report, List<JsonObject> findings)
    {
        var inventory = new JsonObject { ["remove"] = new JsonArray(), ["fix"] = new JsonArray(), ["reclassify"] = new JsonArray(), ["lines"] = new JsonArray() };
        foreach (var group in findings.GroupBy(f => Text(f, "ruleId")).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var kind = RemoveRules.Contains(group.Key) ? "remove" : ReclassifyRules.Contains(group.Key) ? "reclassify" : "fix";
            inventory[kind]!.AsArray().Add(new JsonObject
            {
                ["ruleId"] = group.Key,
                ["title"] = RuleCatalog.Find(group.Key)?.Title ?? Text(group.First(), "title"),
                ["severity"] = Text(group.OrderBy(f => Array.IndexOf(["critical", "major", "minor", "info"], Text(f, "severity"))).First(), "severity"),
                ["findings"] = group.Count(),
                ["files"] = group.Select(f => Text(f, "file")).Distinct().Count(),
            });
        }

        // Sections describe code with sizes in their data (e.g. AC-1.1's hand-written doubles): any table whose rows
        // have a file and a line count is summed, so sections landing later need no change here.
        foreach (var (sectionId, section) in (report["sections"] as JsonObject ?? []).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (section?["data"] is not JsonObject data)
            {
                continue;
            }

            foreach (var (name, value) in data)
            {
                var rows = (value as JsonArray)?.OfType<JsonObject>().Where(r => r["file"] is not null && r["lines"] is JsonValue).ToList();
                if (rows is { Count: > 0 })
                {
                    inventory["lines"]!.AsArray().Add(new JsonObject
                    {
                        ["section"] = sectionId,
                        ["what"] = name,
                        ["items"] = rows.Count,
                        ["lines"] = rows.Sum(r => Int(r["lines"])),
                    });
                }
            }
        }

        return inventory;
    }

    private static void AppendMarkers(StringBuilder md, string epicKey, string key) =>
        md.Append(CultureInfo.InvariantCulture, $"\n---\n_Generated by floe-audit epic; re-running it updates this issue. Keep these lines:_\n{EpicMarker} {epicKey}\n{KeyMarker} {key}\n");

    private static JsonObject IssueJson(BacklogIssue issue)
    {
        var node = new JsonObject
        {
            ["key"] = issue.Key,
            ["title"] = issue.Title,
            ["priority"] = issue.Priority,
        };
        if (issue.RuleId is not null)
        {
            node["ruleId"] = issue.RuleId;
            node["file"] = issue.File;
            node["severity"] = issue.Severity;
            node["fingerprints"] = new JsonArray([.. issue.Fingerprints.Select(f => (JsonNode)f)]);
        }

        node["description"] = issue.Description;
        return node;
    }

    private static string RootName(string root)
    {
        var name = Path.GetFileName(root.Replace('\\', '/').TrimEnd('/'));
        return name.Length == 0 ? "repository" : name;
    }

    private static int Count(List<JsonObject> findings, string severity) => findings.Count(f => Text(f, "severity") == severity);

    private static int Int(JsonNode? node) => node is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0;

    private static string Text(JsonObject node, string key) => node[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
}
