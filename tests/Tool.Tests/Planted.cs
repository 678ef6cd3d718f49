using System.Text.Json;
using System.Text.RegularExpressions;

namespace FloeHarden.Tool.Tests;

public sealed record Expected(string RuleId, string File, int Line)
{
    public override string ToString() => $"{RuleId} {File}:{Line}";
}

/// <summary>The <c>plant: FHnnnn</c> markers of a tree, and the findings of a report.json, as comparable sets.</summary>
public static partial class Planted
{
    [GeneratedRegex(@"(?://|#)\s*plant:\s*(?<ids>FH\d{4}(?:\s*,\s*FH\d{4})*)")]
    private static partial Regex Marker();

    public static HashSet<Expected> In(string root)
    {
        var result = new HashSet<Expected>();
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            if (path.Split(Path.DirectorySeparatorChar).Any(s => s is "bin" or "obj"))
            {
                continue;
            }

            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
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

    public static HashSet<Expected> InReport(string reportJson)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(reportJson));
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => new Expected(f.GetProperty("ruleId").GetString()!, f.GetProperty("file").GetString()!, f.GetProperty("line").GetInt32()))
            .ToHashSet();
    }

    /// <summary>Equal sets, compared as sorted lines so a failure shows exactly which findings differ.</summary>
    public static void AssertSame(HashSet<Expected> expected, HashSet<Expected> actual, string context) =>
        Assert.AreEqual(Lines(expected), Lines(actual), context);

    private static string Lines(IEnumerable<Expected> findings) =>
        string.Join("\n", findings.Select(f => f.ToString()).Order(StringComparer.Ordinal));
}
