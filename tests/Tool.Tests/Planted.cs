using System.Text.Json;
using FloeHarden.Tests.Shared;

namespace FloeHarden.Tool.Tests;

/// <summary>Planted markers (<see cref="PlantMarkers"/>) against the findings of a report.json.</summary>
public static class Planted
{
    public static HashSet<Expected> In(string root) => PlantMarkers.In(root);

    public static HashSet<Expected> InReport(string reportJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(reportJson));
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => new Expected(f.GetProperty("ruleId").GetString()!, f.GetProperty("file").GetString()!, f.GetProperty("line").GetInt32()))
            .ToHashSet();
    }

    public static void AssertSame(HashSet<Expected> expected, HashSet<Expected> actual, string context) =>
        PlantMarkers.AssertSame(expected, actual, context);
}
