using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FloeHarden.E2E.Harness.Clients;

/// <summary>Plumbing shared by the typed clients: relative URLs, JSON bodies, accepted statuses.</summary>
public abstract class ApiClient(HttpClient http, Uri baseUrl)
{
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Uri BaseUrl { get; } = baseUrl;

    protected HttpClient Http { get; } = http;

    protected Uri Url(string relative) => new(BaseUrl, relative.TrimStart('/'));

    protected static string Query(params (string Name, string? Value)[] parameters) =>
        string.Join('&', parameters.Where(p => p.Value is not null)
            .Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value!)));

    protected static StringContent JsonContent(JsonNode body) =>
        new(body.ToJsonString(), Encoding.UTF8, "application/json");

    /// <summary>Sends a request and returns status and body; throws <see cref="ApiException"/> unless the status is accepted.</summary>
    protected async Task<(HttpStatusCode Status, string Body)> SendAsync(
        HttpMethod method,
        string relative,
        HttpContent? content,
        CancellationToken cancellationToken,
        AuthenticationHeaderValue? authorization = null,
        params HttpStatusCode[] accepted)
    {
        using var request = new HttpRequestMessage(method, Url(relative)) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = authorization;
        using var response = await Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var ok = accepted.Length == 0 ? response.IsSuccessStatusCode : accepted.Contains(response.StatusCode);
        return ok ? (response.StatusCode, body) : throw new ApiException(method, request.RequestUri!, response.StatusCode, body);
    }

    protected async Task<JsonNode> GetJsonAsync(string relative, CancellationToken cancellationToken, AuthenticationHeaderValue? authorization = null)
    {
        var (_, body) = await SendAsync(HttpMethod.Get, relative, null, cancellationToken, authorization).ConfigureAwait(false);
        return ParseJson(body, relative);
    }

    protected static JsonNode ParseJson(string body, string what) =>
        JsonNode.Parse(body) ?? throw new InvalidDataException($"{what} answered an empty JSON document.");

    protected static string RequiredString(JsonNode? node, string property, string what) =>
        node?[property]?.GetValue<string>() ?? throw new InvalidDataException($"{what}: missing string '{property}' in {node?.ToJsonString() ?? "null"}.");

    protected static IEnumerable<JsonNode> Items(JsonNode? node, string property) =>
        node?[property]?.AsArray().OfType<JsonNode>() ?? [];
}
