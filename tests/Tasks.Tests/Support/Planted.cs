using FloeHarden.Tests.Shared;

namespace FloeHarden.Tasks.Tests.Support;

/// <summary>The C# findings a fixture project plants (<see cref="PlantMarkers"/>), by absolute file, line and code.</summary>
public static class Planted
{
    public static IReadOnlySet<(string File, int Line, string Code)> In(string directory) =>
        PlantMarkers.In(directory)
            .Where(e => e.File.EndsWith(".cs", StringComparison.Ordinal))
            .Select(e => (Path.GetFullPath(Path.Combine(directory, e.File)), e.Line, e.RuleId))
            .ToHashSet();
}
