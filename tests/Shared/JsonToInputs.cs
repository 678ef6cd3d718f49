using FloeHarden.Tests.Shared;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FloeHarden.Tests.Shared;

/// <summary>Turns JSON GraphQL variables into the plain objects GraphQL.NET validates (Dagster and Linear contract tests).</summary>
public static class JsonToInputs
{
    public static Dictionary<string, object?> Convert(JsonObject? variables) =>
        variables?.ToDictionary(p => p.Key, p => Value(p.Value)) ?? [];

    private static object? Value(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => Value(p.Value)),
        JsonArray a => a.Select(Value).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => v.GetValue<decimal>() is var d && d == decimal.Truncate(d) ? (object)(long)d : (double)d,
            _ => null,
        },
        _ => null,
    };
}
