using System.Text.Json.Nodes;

namespace FloeHarden.E2E.Harness.Clients;

public sealed record DagsterLocation(string Name, string LoadStatus, string? Error, IReadOnlyList<DagsterRepository> Repositories);

public sealed record DagsterRepository(string Name, IReadOnlyList<string> Jobs);

public sealed record DagsterAsset(IReadOnlyList<string> KeyPath, IReadOnlyList<string> JobNames, string RepositoryName, string LocationName);

public sealed record DagsterJobSelector(string LocationName, string RepositoryName, string JobName);

public sealed record DagsterRun(string RunId, string Status)
{
    public static readonly IReadOnlySet<string> TerminalStatuses = new HashSet<string>(StringComparer.Ordinal) { "SUCCESS", "FAILURE", "CANCELED" };

    public bool IsTerminal => TerminalStatuses.Contains(Status);
}

/// <summary>A GraphQL answer that is not the expected result: top-level <c>errors</c> (even on HTTP 200)
/// or an error member of a result union.</summary>
public sealed class DagsterGraphQLException(string message) : Exception(message);

/// <summary>Typed client for the Dagster webserver's GraphQL API (<c>POST /graphql</c>).</summary>
public sealed class DagsterClient(HttpClient http, Uri baseUrl) : ApiClient(http, baseUrl)
{
    public async Task<IReadOnlyList<DagsterLocation>> GetWorkspaceAsync(CancellationToken cancellationToken = default)
    {
        var data = await QueryAsync(DagsterDocuments.Workspace, null, cancellationToken).ConfigureAwait(false);
        var workspace = ExpectType(data["workspaceOrError"], "Workspace", "workspaceOrError");
        return [.. Items(workspace, "locationEntries").Select(ToLocation)];
    }

    public async Task<IReadOnlyList<DagsterAsset>> GetAssetNodesAsync(CancellationToken cancellationToken = default)
    {
        var data = await QueryAsync(DagsterDocuments.AssetNodes, null, cancellationToken).ConfigureAwait(false);
        return [.. Items(data, "assetNodes").Select(node => new DagsterAsset(
            [.. Items(node["assetKey"], "path").Select(p => p.GetValue<string>())],
            [.. Items(node, "jobNames").Select(j => j.GetValue<string>())],
            RequiredString(node["repository"], "name", "assetNodes.repository"),
            RequiredString(node["repository"]?["location"], "name", "assetNodes.repository.location")))];
    }

    /// <summary>Launches a job (<c>__ASSET_JOB</c> for the assets of a code location) and returns the new run id.</summary>
    public async Task<string> LaunchRunAsync(DagsterJobSelector selector, CancellationToken cancellationToken = default)
    {
        var variables = new JsonObject
        {
            ["executionParams"] = new JsonObject
            {
                ["selector"] = new JsonObject
                {
                    ["repositoryLocationName"] = selector.LocationName,
                    ["repositoryName"] = selector.RepositoryName,
                    ["jobName"] = selector.JobName,
                },
                ["runConfigData"] = new JsonObject(),
            },
        };
        var data = await QueryAsync(DagsterDocuments.LaunchRun, variables, cancellationToken).ConfigureAwait(false);
        var success = ExpectType(data["launchRun"], "LaunchRunSuccess", $"launchRun of {selector}");
        return RequiredString(success["run"], "runId", "launchRun.run");
    }

    public async Task<DagsterRun> GetRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        var data = await QueryAsync(DagsterDocuments.RunStatus, new JsonObject { ["runId"] = runId }, cancellationToken).ConfigureAwait(false);
        var run = ExpectType(data["runOrError"], "Run", $"runOrError({runId})");
        return new DagsterRun(RequiredString(run, "runId", "runOrError"), RequiredString(run, "status", "runOrError"));
    }

    private async Task<JsonNode> QueryAsync(string document, JsonObject? variables, CancellationToken cancellationToken)
    {
        var payload = new JsonObject { ["query"] = document, ["variables"] = variables ?? new JsonObject() };
        var (_, body) = await SendAsync(HttpMethod.Post, "graphql", JsonContent(payload), cancellationToken).ConfigureAwait(false);
        return DataOrThrow(ParseJson(body, "POST /graphql"));
    }

    /// <summary>GraphQL reports failures in a top-level <c>errors</c> array on HTTP 200.</summary>
    internal static JsonNode DataOrThrow(JsonNode response)
    {
        if (response["errors"] is JsonArray { Count: > 0 } errors)
        {
            var messages = errors.Select(e => e?["message"]?.GetValue<string>() ?? e?.ToJsonString() ?? "null");
            throw new DagsterGraphQLException("GraphQL errors: " + string.Join(" | ", messages));
        }

        return response["data"] ?? throw new DagsterGraphQLException("GraphQL response has neither data nor errors: " + response.ToJsonString());
    }

    /// <summary>Unwraps a result union: anything but <paramref name="expected"/> is an error named by its <c>__typename</c>.</summary>
    internal static JsonNode ExpectType(JsonNode? result, string expected, string what)
    {
        var typeName = result?["__typename"]?.GetValue<string>()
            ?? throw new DagsterGraphQLException($"{what}: result has no __typename: {result?.ToJsonString() ?? "null"}");
        if (typeName == expected)
        {
            return result!;
        }

        var detail = result!["message"]?.GetValue<string>()
            ?? string.Join("; ", Items(result, "errors").Select(e => e["message"]?.GetValue<string>()));
        throw new DagsterGraphQLException($"{what} returned {typeName} instead of {expected}: {detail}");
    }

    private static DagsterLocation ToLocation(JsonNode entry)
    {
        var location = entry["locationOrLoadError"];
        var typeName = location?["__typename"]?.GetValue<string>();
        var repositories = typeName == "RepositoryLocation"
            ? Items(location, "repositories").Select(r => new DagsterRepository(
                RequiredString(r, "name", "repository"),
                [.. Items(r, "jobs").Select(j => RequiredString(j, "name", "job"))])).ToList()
            : [];
        var error = typeName == "PythonError" ? location!["message"]?.GetValue<string>() : null;
        return new DagsterLocation(RequiredString(entry, "name", "locationEntries"), RequiredString(entry, "loadStatus", "locationEntries"), error, repositories);
    }
}
