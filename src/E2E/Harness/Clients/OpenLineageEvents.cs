using System.Globalization;
using System.Text.Json.Nodes;

namespace FloeHarden.E2E.Harness.Clients;

public sealed record LineageDataset(string Namespace, string Name);

/// <summary>Builds OpenLineage RunEvents (spec 2-0-2). Contract tests validate them against OpenLineage.json.</summary>
public static class OpenLineageEvents
{
    public const string Producer = "https://example.invalid/floeharden/e2e";
    public const string SchemaUrl = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent";

    public static JsonObject RunEvent(
        string eventType,
        Guid runId,
        string jobNamespace,
        string jobName,
        DateTimeOffset eventTime,
        IReadOnlyList<LineageDataset> inputs,
        IReadOnlyList<LineageDataset> outputs) => new()
        {
            ["eventType"] = eventType,
            ["eventTime"] = eventTime.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            ["run"] = new JsonObject { ["runId"] = runId.ToString() },
            ["job"] = new JsonObject { ["namespace"] = jobNamespace, ["name"] = jobName },
            ["inputs"] = Datasets(inputs),
            ["outputs"] = Datasets(outputs),
            ["producer"] = Producer,
            ["schemaURL"] = SchemaUrl,
        };

    private static JsonArray Datasets(IReadOnlyList<LineageDataset> datasets) =>
        [.. datasets.Select(d => (JsonNode)new JsonObject { ["namespace"] = d.Namespace, ["name"] = d.Name })];
}
