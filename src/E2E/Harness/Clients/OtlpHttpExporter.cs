using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace FloeHarden.E2E.Harness.Clients;

public sealed record OtlpSpan(string TraceId, string SpanId, string Name);

/// <summary>Sends spans to an OpenTelemetry collector's OTLP/HTTP receiver as JSON (<c>POST /v1/traces</c>).</summary>
public sealed class OtlpHttpExporter(HttpClient http, Uri baseUrl) : ApiClient(http, baseUrl)
{
    public static OtlpSpan NewSpan(string name) =>
        new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), name);

    public async Task ExportAsync(string serviceName, IReadOnlyList<OtlpSpan> spans, DateTimeOffset start, CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Post, "v1/traces", JsonContent(BuildRequest(serviceName, spans, start)), cancellationToken).ConfigureAwait(false);

    /// <summary>An <c>ExportTraceServiceRequest</c> in OTLP/JSON: hex ids, nanosecond times as strings.</summary>
    internal static JsonObject BuildRequest(string serviceName, IReadOnlyList<OtlpSpan> spans, DateTimeOffset start)
    {
        var startNanos = start.ToUnixTimeMilliseconds() * 1_000_000L;
        var spanArray = new JsonArray();
        foreach (var span in spans)
        {
            spanArray.Add(new JsonObject
            {
                ["traceId"] = span.TraceId,
                ["spanId"] = span.SpanId,
                ["name"] = span.Name,
                ["kind"] = 1,
                ["startTimeUnixNano"] = startNanos.ToString(CultureInfo.InvariantCulture),
                ["endTimeUnixNano"] = (startNanos + 5_000_000L).ToString(CultureInfo.InvariantCulture),
                ["attributes"] = new JsonArray(Attribute("floe.e2e", "AC-2.3")),
            });
        }

        return new JsonObject
        {
            ["resourceSpans"] = new JsonArray(new JsonObject
            {
                ["resource"] = new JsonObject { ["attributes"] = new JsonArray(Attribute("service.name", serviceName)) },
                ["scopeSpans"] = new JsonArray(new JsonObject
                {
                    ["scope"] = new JsonObject { ["name"] = "FloeHarden.E2E" },
                    ["spans"] = spanArray,
                }),
            }),
        };
    }

    private static JsonObject Attribute(string key, string value) =>
        new() { ["key"] = key, ["value"] = new JsonObject { ["stringValue"] = value } };
}
