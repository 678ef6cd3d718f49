using System.Text.Json.Nodes;
using System.Web;
using FloeHarden.E2E.Tests.Support;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace FloeHarden.E2E.Tests.Contracts;

/// <summary>An upstream OpenAPI document and the check that a recorded request is one it describes:
/// a path template and method that exist, query parameters it declares (with the required ones
/// present), and a body of a declared media type whose properties the request schema knows.</summary>
public sealed class OpenApiSpec
{
    private readonly OpenApiDocument document;

    private OpenApiSpec(string name, string basePath, OpenApiDocument document)
    {
        Name = name;
        BasePath = basePath;
        this.document = document;
    }

    public string Name { get; }

    /// <summary>Where the spec's paths are mounted on the real server (its server URL's path).</summary>
    public string BasePath { get; }

    public int PathCount => document.Paths.Count;

    public static async Task<OpenApiSpec> LoadAsync(string relative, string basePath)
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        var (document, diagnostic) = await OpenApiDocument.LoadAsync(Specs.Path(relative), settings);
        Assert.IsNotNull(document, $"{relative} did not load: {string.Join("; ", diagnostic?.Errors.Select(e => e.Message) ?? [])}");
        return new OpenApiSpec(relative, basePath, document);
    }

    /// <returns>Every way the request departs from the spec; empty when it conforms.</returns>
    public IReadOnlyList<string> Check(RecordedRequest request, IReadOnlyDictionary<string, string>? queryAliases = null)
    {
        var what = $"{request.Method} {request.Path} vs {Name}";
        if (!request.Path.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return [$"{what}: path is outside the spec's base path '{BasePath}'."];
        }

        var relative = request.Path[BasePath.Length..];
        var match = document.Paths.FirstOrDefault(p => Matches(p.Key, relative));
        if (match.Key is null)
        {
            return [$"{what}: no path template matches '{relative}'."];
        }

        var method = new HttpMethod(request.Method);
        if (match.Value.Operations is null || !match.Value.Operations.TryGetValue(method, out var operation))
        {
            return [$"{what}: {match.Key} has no {request.Method} operation."];
        }

        var problems = new List<string>();
        var parameters = (match.Value.Parameters ?? []).Concat(operation.Parameters ?? []).Where(p => p.In == ParameterLocation.Query).ToList();
        var declared = parameters.Select(p => p.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var name in request.Query.Keys)
        {
            var specName = queryAliases is not null && queryAliases.TryGetValue(name, out var alias) ? alias : name;
            if (!declared.Contains(specName))
            {
                problems.Add($"{what} ({match.Key}): query parameter '{name}' is not declared; declared: {string.Join(", ", declared.Order())}.");
            }
        }

        foreach (var required in parameters.Where(p => p.Required).Select(p => p.Name!))
        {
            if (!request.Query.ContainsKey(required))
            {
                problems.Add($"{what} ({match.Key}): required query parameter '{required}' is missing.");
            }
        }

        problems.AddRange(CheckBody(what + $" ({match.Key})", request, operation.RequestBody));
        return problems;
    }

    /// <summary>Checks an example response body against the response schema of an operation and status.</summary>
    public IReadOnlyList<string> CheckResponse(string method, string template, int status, string body)
    {
        var what = $"{method} {template} {status} vs {Name}";
        var operation = document.Paths[template].Operations![new HttpMethod(method)];
        if (operation.Responses is null || !operation.Responses.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response))
        {
            return [$"{what}: status not declared."];
        }

        var media = response.Content?.FirstOrDefault(c => c.Key.StartsWith("application/json", StringComparison.Ordinal)).Value;
        if (media?.Schema is null)
        {
            return string.IsNullOrEmpty(body) ? [] : [$"{what}: the spec declares no JSON body."];
        }

        return JsonNode.Parse(body) is JsonObject json ? SchemaProblems(what, media.Schema, [.. json.Select(p => p.Key)]) : [$"{what}: body is not a JSON object."];
    }

    private static IEnumerable<string> CheckBody(string what, RecordedRequest request, IOpenApiRequestBody? spec)
    {
        if (string.IsNullOrEmpty(request.Body))
        {
            return spec?.Required == true ? [$"{what}: the spec requires a request body."] : [];
        }

        if (spec?.Content is null || !spec.Content.TryGetValue(request.MediaType, out var media))
        {
            return [$"{what}: body of type '{request.MediaType}' is not declared; declared: {string.Join(", ", spec?.Content?.Keys ?? [])}."];
        }

        var keys = request.MediaType == "application/x-www-form-urlencoded"
            ? HttpUtility.ParseQueryString(request.Body).AllKeys.OfType<string>().ToList()
            : JsonNode.Parse(request.Body) is JsonObject json ? json.Select(p => p.Key).ToList() : [];
        return media.Schema is null ? [] : SchemaProblems(what, media.Schema, keys);
    }

    /// <summary>Top-level property check: known names only (unless the schema is open) and every
    /// required name present. oneOf/anyOf need one alternative to fit; allOf merges its parts.</summary>
    private static IReadOnlyList<string> SchemaProblems(string what, IOpenApiSchema schema, IReadOnlyList<string> keys)
    {
        var alternatives = (schema.OneOf ?? []).Concat(schema.AnyOf ?? []).ToList();
        if (alternatives.Count > 0)
        {
            var results = alternatives.Select(a => SchemaProblems(what, a, keys)).ToList();
            return results.Any(r => r.Count == 0) ? [] : results.OrderBy(r => r.Count).First();
        }

        var parts = new[] { schema }.Concat(schema.AllOf ?? []).ToList();
        var properties = parts.SelectMany(p => p.Properties?.Keys ?? []).ToHashSet(StringComparer.Ordinal);
        var required = parts.SelectMany(p => p.Required ?? new HashSet<string>()).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        if (properties.Count > 0)
        {
            problems.AddRange(keys.Where(k => !properties.Contains(k)).Select(k => $"{what}: property '{k}' is not in the schema; known: {string.Join(", ", properties.Order())}."));
        }

        problems.AddRange(required.Where(r => !keys.Contains(r)).Select(r => $"{what}: required property '{r}' is missing."));
        return problems;
    }

    private static bool Matches(string template, string path)
    {
        var expected = template.Trim('/').Split('/');
        var actual = path.Trim('/').Split('/');
        return expected.Length == actual.Length
            && expected.Zip(actual).All(pair => pair.First.StartsWith('{') && pair.First.EndsWith('}') ? pair.Second.Length > 0 : pair.First == pair.Second);
    }
}
