using FloeHarden.Tests.Shared;

namespace FloeHarden.Core.Tests.Support;

/// <summary>Planted markers (<see cref="PlantMarkers"/>) against what the engine reported.</summary>
public static class Planted
{
    public static HashSet<Expected> In(string root) => PlantMarkers.In(root);

    public static IReadOnlyList<Expected> Actual(AuditResult result, Func<Rules.Finding, bool>? filter = null) =>
        result.Findings.Where(filter ?? (_ => true)).Select(f => new Expected(f.RuleId, f.File, f.Line)).ToList();

    public static void AssertSame(IEnumerable<Expected> expected, IEnumerable<Expected> actual, string context) =>
        PlantMarkers.AssertSame(expected, actual, context);
}
