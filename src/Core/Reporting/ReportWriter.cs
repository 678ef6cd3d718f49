using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using FloeHarden.Core.Reporting.Sarif;

namespace FloeHarden.Core.Reporting;

public sealed record WrittenReport(string Format, string Path);

public sealed record ReportFailure(string Format, string Message);

public sealed record ReportOutcome(ImmutableArray<WrittenReport> Written, ImmutableArray<ReportFailure> Failures);

/// <summary>
/// Writes the requested formats. Each format is independent: a broken template fails its own format and the
/// others are still written. Every file is written atomically.
/// </summary>
public static class ReportWriter
{
    /// <summary>
    /// Format name → (file name, template). Templated formats can be overridden with --template-dir; JSON (the
    /// document itself) and SARIF are contracts for tools and are built in code.
    /// </summary>
    public static readonly ImmutableDictionary<string, (string FileName, string? Template)> Formats = new Dictionary<string, (string, string?)>
    {
        ["md"] = ("report.md", "report.md.scriban"),
        ["html"] = ("report.html", "report.html.scriban"),
        ["json"] = ("report.json", null),
        ["sarif"] = ("report.sarif", null),
    }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    public static ReportOutcome Write(JsonObject document, IEnumerable<string> formats, string outputDirectory, string? templateDirectory)
    {
        var written = ImmutableArray.CreateBuilder<WrittenReport>();
        var failures = ImmutableArray.CreateBuilder<ReportFailure>();
        var renderer = new TemplateRenderer(templateDirectory);
        foreach (var format in formats.Select(f => f.ToLowerInvariant()).Distinct())
        {
            if (!Formats.TryGetValue(format, out var spec))
            {
                failures.Add(new ReportFailure(format, $"unknown format '{format}' (known: {string.Join(", ", Formats.Keys.Order())})"));
                continue;
            }

            var path = Path.GetFullPath(Path.Combine(outputDirectory, spec.FileName));
            try
            {
                var content = spec.Template is not null
                    ? renderer.Render(spec.Template, document)
                    : format == "sarif"
                        ? SarifReport.Build(document).ToJsonString(ReportDocument.SerializerOptions) + "\n"
                        : document.ToJsonString(ReportDocument.SerializerOptions) + "\n";
                AtomicFile.WriteAllText(path, content);
                written.Add(new WrittenReport(format, path));
            }
            catch (TemplateException e)
            {
                failures.Add(new ReportFailure(format, $"template error: {e.Message}"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures.Add(new ReportFailure(format, $"cannot write '{path}': {e.Message}"));
            }
        }

        return new ReportOutcome(written.ToImmutable(), failures.ToImmutable());
    }
}
