using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using FloeHarden.E2E.Harness.Settings;

namespace FloeHarden.E2E.Harness.Clients;

public sealed record JaegerSpan(string TraceId, string SpanId, string Name, string ServiceName);

/// <summary>Typed client for Jaeger query: the v3 API (<c>/api/v3</c>, where 404 means "no traces")
/// and the older v1 API (<c>/api</c>). With <see cref="JaegerApiVersion.Auto"/> it asks
/// <c>/api/v3/services</c> once: 404 there means the server only has v1.</summary>
public sealed class JaegerClient(HttpClient http, Uri baseUrl, JaegerApiVersion version) : ApiClient(http, baseUrl)
{
    /// <summary>Jaeger's hand-written v3 gateway first used snake_case parameter names; current releases
    /// accept the OpenAPI (camelCase) names and keep these as deprecated aliases. Both are sent so old
    /// and new servers answer; the contract tests check each alias maps to a name in the spec.</summary>
    public static readonly IReadOnlyDictionary<string, string> LegacyV3Aliases = new Dictionary<string, string>
    {
        ["query.service_name"] = "query.serviceName",
        ["query.start_time_min"] = "query.startTimeMin",
        ["query.start_time_max"] = "query.startTimeMax",
    };

    private JaegerApiVersion resolved = version;

    public async Task<JaegerApiVersion> ResolveVersionAsync(CancellationToken cancellationToken = default)
    {
        if (resolved == JaegerApiVersion.Auto)
        {
            var (status, _) = await SendAsync(HttpMethod.Get, "api/v3/services", null, cancellationToken, null, HttpStatusCode.OK, HttpStatusCode.NotFound).ConfigureAwait(false);
            resolved = status == HttpStatusCode.OK ? JaegerApiVersion.V3 : JaegerApiVersion.V1;
        }

        return resolved;
    }

    public async Task<IReadOnlyList<string>> GetServicesAsync(CancellationToken cancellationToken = default)
    {
        if (await ResolveVersionAsync(cancellationToken).ConfigureAwait(false) == JaegerApiVersion.V3)
        {
            var v3 = await GetJsonAsync("api/v3/services", cancellationToken).ConfigureAwait(false);
            return [.. Items(v3, "services").Select(s => s.GetValue<string>())];
        }

        var v1 = await GetJsonAsync("api/services", cancellationToken).ConfigureAwait(false);
        return [.. Items(v1, "data").Select(s => s.GetValue<string>())];
    }

    /// <summary>Spans of <paramref name="service"/> that started in [<paramref name="from"/>, <paramref name="to"/>]; empty when there are none.</summary>
    public async Task<IReadOnlyList<JaegerSpan>> FindSpansAsync(string service, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        await ResolveVersionAsync(cancellationToken).ConfigureAwait(false) == JaegerApiVersion.V3
            ? await FindSpansV3Async(service, from, to, cancellationToken).ConfigureAwait(false)
            : await FindSpansV1Async(service, from, to, cancellationToken).ConfigureAwait(false);

    internal static string V3TracesQuery(string service, DateTimeOffset from, DateTimeOffset to)
    {
        var min = from.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        var max = to.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        return "api/v3/traces?" + Query(
            ("query.serviceName", service), ("query.startTimeMin", min), ("query.startTimeMax", max),
            ("query.service_name", service), ("query.start_time_min", min), ("query.start_time_max", max));
    }

    private async Task<IReadOnlyList<JaegerSpan>> FindSpansV3Async(string service, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, V3TracesQuery(service, from, to), null, cancellationToken, null, HttpStatusCode.OK, HttpStatusCode.NotFound).ConfigureAwait(false);
        return status == HttpStatusCode.NotFound ? [] : ParseV3Spans(ParseJson(body, "api/v3/traces"));
    }

    private async Task<IReadOnlyList<JaegerSpan>> FindSpansV1Async(string service, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var query = Query(
            ("service", service),
            ("start", (from.ToUnixTimeMilliseconds() * 1000).ToString(CultureInfo.InvariantCulture)),
            ("end", (to.ToUnixTimeMilliseconds() * 1000).ToString(CultureInfo.InvariantCulture)),
            ("limit", "100"));
        var json = await GetJsonAsync("api/traces?" + query, cancellationToken).ConfigureAwait(false);
        return ParseV1Spans(json);
    }

    /// <summary>v3 answers OTLP JSON wrapped in <c>{"result": {"resourceSpans": …}}</c>.</summary>
    internal static IReadOnlyList<JaegerSpan> ParseV3Spans(JsonNode json)
    {
        var spans = new List<JaegerSpan>();
        foreach (var resourceSpans in Items(json["result"], "resourceSpans"))
        {
            var service = Items(resourceSpans["resource"], "attributes")
                .FirstOrDefault(a => a["key"]?.GetValue<string>() == "service.name")?["value"]?["stringValue"]?.GetValue<string>() ?? "";
            spans.AddRange(Items(resourceSpans, "scopeSpans").SelectMany(scope => Items(scope, "spans"))
                .Select(span => new JaegerSpan(
                    RequiredString(span, "traceId", "v3 span"), RequiredString(span, "spanId", "v3 span"), RequiredString(span, "name", "v3 span"), service)));
        }

        return spans;
    }

    /// <summary>v1 answers <c>{"data": [{traceID, spans[{spanID, operationName, processID}], processes{…}}]}</c>.</summary>
    internal static IReadOnlyList<JaegerSpan> ParseV1Spans(JsonNode json) =>
        [.. Items(json, "data").SelectMany(trace => Items(trace, "spans").Select(span => new JaegerSpan(
            RequiredString(trace, "traceID", "v1 trace"),
            RequiredString(span, "spanID", "v1 span"),
            RequiredString(span, "operationName", "v1 span"),
            trace["processes"]?[RequiredString(span, "processID", "v1 span")]?["serviceName"]?.GetValue<string>() ?? "")))];
}
