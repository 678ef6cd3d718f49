using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace FloeHarden.E2E.Harness.Clients;

public sealed record PolarisToken(string AccessToken, string TokenType, int? ExpiresIn)
{
    public AuthenticationHeaderValue Header => new("Bearer", AccessToken);
}

public sealed record TableIdentifier(IReadOnlyList<string> Namespace, string Name)
{
    public override string ToString() => string.Join('.', Namespace) + "." + Name;
}

/// <summary>Typed client for Polaris: OAuth token, the Iceberg REST catalog under <c>/api/catalog</c>
/// and the management API under <c>/api/management/v1</c>.</summary>
public sealed class PolarisClient(HttpClient http, Uri baseUrl) : ApiClient(http, baseUrl)
{
    public const string CatalogBase = "api/catalog";
    public const string ManagementBase = "api/management/v1";

    /// <summary>Multi-level namespaces are joined with the unit separator in Iceberg REST paths.</summary>
    private const char NamespaceSeparator = '\u001f';

    public async Task<PolarisToken> GetTokenAsync(string clientId, string clientSecret, string scope, CancellationToken cancellationToken = default)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["scope"] = scope,
        });
        var (_, body) = await SendAsync(HttpMethod.Post, $"{CatalogBase}/v1/oauth/tokens", form, cancellationToken).ConfigureAwait(false);
        var json = ParseJson(body, "oauth/tokens");
        return new PolarisToken(RequiredString(json, "access_token", "oauth/tokens"), RequiredString(json, "token_type", "oauth/tokens"), json["expires_in"]?.GetValue<int>());
    }

    /// <summary>Iceberg REST <c>GET /v1/config?warehouse=</c>; returns the path prefix the catalog asks clients to use.</summary>
    public async Task<string> GetCatalogPrefixAsync(PolarisToken token, string warehouse, CancellationToken cancellationToken = default)
    {
        var config = await GetJsonAsync($"{CatalogBase}/v1/config?{Query(("warehouse", warehouse))}", cancellationToken, token.Header).ConfigureAwait(false);
        return config["overrides"]?["prefix"]?.GetValue<string>() ?? config["defaults"]?["prefix"]?.GetValue<string>() ?? warehouse;
    }

    public async Task<IReadOnlyList<IReadOnlyList<string>>> ListNamespacesAsync(PolarisToken token, string prefix, CancellationToken cancellationToken = default)
    {
        var json = await GetJsonAsync($"{CatalogBase}/v1/{Escape(prefix)}/namespaces", cancellationToken, token.Header).ConfigureAwait(false);
        return [.. Items(json, "namespaces").Select(ns => (IReadOnlyList<string>)[.. ns.AsArray().Select(level => level!.GetValue<string>())])];
    }

    public async Task<IReadOnlyList<TableIdentifier>> ListTablesAsync(PolarisToken token, string prefix, IReadOnlyList<string> ns, CancellationToken cancellationToken = default)
    {
        var json = await GetJsonAsync($"{CatalogBase}/v1/{Escape(prefix)}/namespaces/{NamespacePath(ns)}/tables", cancellationToken, token.Header).ConfigureAwait(false);
        return [.. Items(json, "identifiers").Select(id => new TableIdentifier(
            [.. id["namespace"]!.AsArray().Select(level => level!.GetValue<string>())],
            RequiredString(id, "name", "tables.identifiers")))];
    }

    /// <summary>Drops a table and its data (dbt re-creates it); 404 means it is already gone.</summary>
    public async Task DropTableAsync(PolarisToken token, string prefix, TableIdentifier table, CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Delete, $"{CatalogBase}/v1/{Escape(prefix)}/namespaces/{NamespacePath(table.Namespace)}/tables/{Escape(table.Name)}?{Query(("purgeRequested", "true"))}",
            null, cancellationToken, token.Header, HttpStatusCode.NoContent, HttpStatusCode.OK, HttpStatusCode.NotFound).ConfigureAwait(false);

    public async Task<IReadOnlyList<string>> ListCatalogsAsync(PolarisToken token, CancellationToken cancellationToken = default)
    {
        var json = await GetJsonAsync($"{ManagementBase}/catalogs", cancellationToken, token.Header).ConfigureAwait(false);
        return [.. Items(json, "catalogs").Select(c => RequiredString(c, "name", "catalogs"))];
    }

    private static string NamespacePath(IReadOnlyList<string> ns) => Uri.EscapeDataString(string.Join(NamespaceSeparator, ns));

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
