using System.Text.RegularExpressions;

namespace FloeHarden.Tests.Shared;

/// <summary>A finding by rule, root-relative file and line: what fixtures plant and what tests compare.</summary>
public sealed record Expected(string RuleId, string File, int Line)
{
    public override string ToString() => $"{RuleId} {File}:{Line}";
}

/// <summary>
/// Reads the <c>plant: FHnnnn</c> markers that fixtures and samples put on every line where a finding must be
/// reported (<c>// plant: FH1302</c> in C#, <c># plant: FH1302</c> in Python and YAML; several ids comma-separated).
/// Shared by every test project (linked source), so all of them read markers the same way.
/// </summary>
public static partial class PlantMarkers
{
    [GeneratedRegex(@"(?://|#)\s*plant:\s*(?<ids>FH\d{4}(?:\s*,\s*FH\d{4})*)")]
    private static partial Regex Marker();

    public static HashSet<Expected> In(string root)
    {
        var result = new HashSet<Expected>();
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.Split('/').Any(s => s is "bin" or "obj"))
            {
                continue;
            }

            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                var match = Marker().Match(line);
                foreach (var id in match.Success ? match.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries) : [])
                {
                    result.Add(new Expected(id, relative, number));
                }
            }
        }

        return result;
    }

    /// <summary>Equal sets, compared as sorted lines so a failure shows exactly which findings differ.</summary>
    public static void AssertSame(IEnumerable<Expected> expected, IEnumerable<Expected> actual, string context) =>
        Assert.AreEqual(Lines(expected), Lines(actual), context);

    private static string Lines(IEnumerable<Expected> findings) =>
        string.Join("\n", findings.Distinct().Select(f => f.ToString()).Order(StringComparer.Ordinal));
}
