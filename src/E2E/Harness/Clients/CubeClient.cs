using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace FloeHarden.E2E.Harness.Clients;

public sealed record CubeMember(string Cube, string Name, string Kind);

/// <summary>Typed client for Cube's REST API (<c>/readyz</c>, <c>/cubejs-api/v1/meta</c>, <c>/cubejs-api/v1/load</c>).</summary>
public sealed class CubeClient(HttpClient http, Uri baseUrl, string token) : ApiClient(http, baseUrl)
{
    public const string Base = "cubejs-api/v1";

    /// <summary>Cube checks an HS256 JWT signed with its API secret; the token itself is the Authorization header (no scheme).</summary>
    public static string SignToken(string apiSecret, DateTimeOffset now, TimeSpan lifetime)
    {
        static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = Encode(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));
        var payload = Encode(Encoding.UTF8.GetBytes(new JsonObject { ["iat"] = now.ToUnixTimeSeconds(), ["exp"] = (now + lifetime).ToUnixTimeSeconds() }.ToJsonString()));
        var signature = Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(apiSecret), Encoding.ASCII.GetBytes(header + "." + payload)));
        return $"{header}.{payload}.{signature}";
    }

    public async Task<HttpStatusCode> ReadyAsync(CancellationToken cancellationToken = default)
    {
        var (status, _) = await SendAsync(HttpMethod.Get, "readyz", null, cancellationToken).ConfigureAwait(false);
        return status;
    }

    public async Task<IReadOnlyList<CubeMember>> GetMetaAsync(CancellationToken cancellationToken = default)
    {
        var json = await GetJsonAsync($"{Base}/meta", cancellationToken, Authorization).ConfigureAwait(false);
        return [.. Items(json, "cubes").SelectMany(cube => Members(cube, "measures").Concat(Members(cube, "dimensions")))];

        static IEnumerable<CubeMember> Members(JsonNode cube, string kind) =>
            Items(cube, kind).Select(m => new CubeMember(RequiredString(cube, "name", "meta.cubes"), RequiredString(m, "name", "meta.members"), kind));
    }

    /// <summary>Runs a query; Cube answers <c>{"error": "Continue wait"}</c> while it is still computing, which this surfaces as an exception so callers poll.</summary>
    public async Task<IReadOnlyList<JsonObject>> LoadAsync(JsonObject query, CancellationToken cancellationToken = default)
    {
        var (_, body) = await SendAsync(HttpMethod.Post, $"{Base}/load", JsonContent(new JsonObject { ["query"] = query }), cancellationToken, Authorization).ConfigureAwait(false);
        return ParseLoad(ParseJson(body, "cubejs-api/v1/load"));
    }

    internal static IReadOnlyList<JsonObject> ParseLoad(JsonNode json)
    {
        if (json["error"]?.GetValue<string>() is { } error)
        {
            throw new InvalidOperationException("Cube load answered an error: " + error);
        }

        var data = json["data"] ?? json["results"]?[0]?["data"] ?? throw new InvalidDataException("Cube load answer has no data: " + json.ToJsonString());
        return [.. data.AsArray().OfType<JsonObject>()];
    }

    private AuthenticationHeaderValue Authorization => new(token);
}
