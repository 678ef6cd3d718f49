using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json;
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

    /// <param name="document">The report document (<see cref="ReportDocument.Serialize"/>): the json format is these bytes; templates and SARIF read it parsed, once (one <see cref="JsonDocument"/> they share: reading it is thread-safe).</param>
    /// <remarks>The formats are written in parallel (each only reads the document); the outcome lists them in the order asked.</remarks>
    public static ReportOutcome Write(ReadOnlySequence<byte> document, IEnumerable<string> formats, string outputDirectory, string? templateDirectory, IProgress<string>? progress = null)
    {
        var renderer = new TemplateRenderer(templateDirectory);
        var parsed = new Lazy<JsonDocument>(() => JsonDocument.Parse(document), LazyThreadSafetyMode.ExecutionAndPublication);
        var requested = formats.Select(f => f.ToLowerInvariant()).Distinct().ToArray();
        var outcomes = new (WrittenReport? Written, ReportFailure? Failure)[requested.Length];
        try
        {
            ParallelWork.For(requested.Length, new ParallelOptions(), i => outcomes[i] = WriteOne(document, parsed, requested[i], outputDirectory, renderer, progress));
        }
        finally
        {
            if (parsed.IsValueCreated)
            {
                parsed.Value.Dispose();
            }
        }

        return new ReportOutcome(
            [.. outcomes.Select(o => o.Written).OfType<WrittenReport>()],
            [.. outcomes.Select(o => o.Failure).OfType<ReportFailure>()]);
    }

    private static (WrittenReport? Written, ReportFailure? Failure) WriteOne(ReadOnlySequence<byte> document, Lazy<JsonDocument> parsed, string format, string outputDirectory, TemplateRenderer renderer, IProgress<string>? progress)
    {
        if (!Formats.TryGetValue(format, out var spec))
        {
            return (null, new ReportFailure(format, $"unknown format '{format}' (known: {string.Join(", ", Formats.Keys.Order())})"));
        }

        var path = Path.GetFullPath(Path.Combine(outputDirectory, spec.FileName));
        var clock = Stopwatch.StartNew();
        try
        {
            if (spec.Template is not null)
            {
                AtomicFile.WriteAllText(path, renderer.Render(spec.Template, parsed.Value.RootElement));
            }
            else if (format == "sarif")
            {
                AtomicFile.Write(path, stream =>
                {
                    using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = ReportDocument.SerializerOptions.Encoder }))
                    {
                        SarifReport.Write(writer, parsed.Value.RootElement);
                    }

                    stream.WriteByte((byte)'\n');
                });
            }
            else
            {
                AtomicFile.Write(path, stream =>
                {
                    foreach (var segment in document)
                    {
                        stream.Write(segment.Span);
                    }

                    stream.WriteByte((byte)'\n');
                });
            }

            progress?.Report($"wrote {format} in {clock.Elapsed.TotalSeconds:0.000} s");
            return (new WrittenReport(format, path), null);
        }
        catch (TemplateException e)
        {
            return (null, new ReportFailure(format, $"template error: {e.Message}"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new ReportFailure(format, $"cannot write '{path}': {e.Message}"));
        }
    }
}
