using System.Net;
using System.Text.Json.Nodes;

namespace FloeHarden.E2E.Harness.Clients;

public sealed record MarquezJob(string Namespace, string Name, string? LatestRunState, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs);

public sealed record LineageEdge(string Origin, string Destination);

/// <summary>Typed client for the Marquez API (<c>/api/v1</c>). Ingestion is asynchronous: callers poll.</summary>
public sealed class MarquezClient(HttpClient http, Uri baseUrl) : ApiClient(http, baseUrl)
{
    public const string Base = "api/v1";

    /// <summary>Posts one OpenLineage event; Marquez answers 201 Created (200 on some versions).</summary>
    public async Task<HttpStatusCode> PostLineageAsync(JsonObject openLineageEvent, CancellationToken cancellationToken = default)
    {
        var (status, _) = await SendAsync(HttpMethod.Post, $"{Base}/lineage", JsonContent(openLineageEvent), cancellationToken, null, HttpStatusCode.Created, HttpStatusCode.OK).ConfigureAwait(false);
        return status;
    }

    public async Task<IReadOnlyList<string>> ListNamespacesAsync(CancellationToken cancellationToken = default)
    {
        var json = await GetJsonAsync($"{Base}/namespaces", cancellationToken).ConfigureAwait(false);
        return [.. Items(json, "namespaces").Select(n => RequiredString(n, "name", "namespaces"))];
    }

    public async Task<IReadOnlyList<MarquezJob>> ListJobsAsync(string ns, CancellationToken cancellationToken = default)
    {
        var json = await GetJsonAsync($"{Base}/namespaces/{Uri.EscapeDataString(ns)}/jobs", cancellationToken).ConfigureAwait(false);
        return [.. Items(json, "jobs").Select(ToJob)];
    }

    public async Task<IReadOnlyList<string>> ListDatasetsAsync(string ns, CancellationToken cancellationToken = default)
    {
        var json = await GetJsonAsync($"{Base}/namespaces/{Uri.EscapeDataString(ns)}/datasets", cancellationToken).ConfigureAwait(false);
        return [.. Items(json, "datasets").Select(d => RequiredString(d, "name", "datasets"))];
    }

    /// <summary>The lineage graph around a job, as edges between node ids such as <c>job:ns:name</c> and <c>dataset:ns:name</c>.</summary>
    public async Task<IReadOnlyList<LineageEdge>> GetLineageAsync(string nodeId, CancellationToken cancellationToken = default)
    {
        var json = await GetJsonAsync($"{Base}/lineage?{Query(("nodeId", nodeId))}", cancellationToken).ConfigureAwait(false);
        return [.. Items(json, "graph").SelectMany(node => Items(node, "outEdges"))
            .Select(edge => new LineageEdge(RequiredString(edge, "origin", "edge"), RequiredString(edge, "destination", "edge")))
            .Distinct()];
    }

    /// <summary>Raw events Marquez stored (<c>GET /api/v1/events/lineage</c>), newest first.</summary>
    public async Task<IReadOnlyList<JsonNode>> ListLineageEventsAsync(int limit, CancellationToken cancellationToken = default)
    {
        var json = await GetJsonAsync($"{Base}/events/lineage?{Query(("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)))}", cancellationToken).ConfigureAwait(false);
        return [.. Items(json, "events")];
    }

    private static MarquezJob ToJob(JsonNode job) => new(
        RequiredString(job["id"], "namespace", "job.id"),
        RequiredString(job, "name", "job"),
        job["latestRun"]?["state"]?.GetValue<string>(),
        [.. Items(job, "inputs").Select(i => RequiredString(i, "name", "job.inputs"))],
        [.. Items(job, "outputs").Select(o => RequiredString(o, "name", "job.outputs"))]);
}
