using System.Text.Json;

namespace FloeHarden.Tasks;

/// <summary>
/// One finding as the JSON report states it (docs/json-schema.md); file is root-relative or absolute.
/// <see cref="Existing"/>: accepted in the baseline (reported, never fails the build).
/// </summary>
internal sealed record ReportFinding(string RuleId, string Severity, string Title, string Message, string File, int Line, int Column, string? HelpUri, bool Existing = false);

internal sealed record AuditReport(IReadOnlyList<ReportFinding> Findings)
{
    public int Critical => Findings.Count(f => f.Severity == "critical");

    public int Major => Findings.Count(f => f.Severity == "major");

    public int Minor => Findings.Count(f => f.Severity == "minor");

    public int Info => Findings.Count(f => f.Severity == "info");
}

/// <summary>Reads the findings out of report.json; anything unexpected is a one-line problem, never an exception.</summary>
internal static class ReportReader
{
    public static AuditReport? TryRead(string path, out string problem)
    {
        problem = "";
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            if (!document.RootElement.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                problem = "it has no 'findings' array";
                return null;
            }

            var list = new List<ReportFinding>();
            foreach (var f in findings.EnumerateArray())
            {
                if (f.TryGetProperty("suppressed", out var suppressed) && suppressed.ValueKind == JsonValueKind.True)
                {
                    continue; // silenced in code with a reason: counted in the report, not a build diagnostic
                }

                list.Add(new ReportFinding(
                    Text(f, "ruleId") ?? "FH0000",
                    Text(f, "severity") ?? "info",
                    Text(f, "title") ?? "",
                    Text(f, "message") ?? "",
                    Text(f, "file") ?? "",
                    Number(f, "line"),
                    Number(f, "column"),
                    Text(f, "helpUri"),
                    Text(f, "baseline") == "existing"));
            }

            return new AuditReport(list);
        }
        catch (FileNotFoundException)
        {
            problem = "the file was not written";
        }
        catch (DirectoryNotFoundException)
        {
            problem = "the file was not written";
        }
        catch (JsonException e)
        {
            problem = $"it is not valid JSON ({e.Message})";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e.Message;
        }

        return null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.TryGetInt32(out var n) ? n : 0;
}
