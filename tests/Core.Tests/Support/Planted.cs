using System.Text.RegularExpressions;
using FloeHarden.Core;
using FloeHarden.Core.Rules;

namespace FloeHarden.Core.Tests.Support;

/// <summary>A finding by rule, root-relative file and line: what fixtures plant and what tests compare.</summary>
public sealed record Expected(string RuleId, string File, int Line)
{
    public override string ToString() => $"{RuleId} {File}:{Line}";
}

/// <summary>
/// Reads the <c>plant: FHnnnn</c> markers that fixtures and samples put on every line where a finding must be
/// reported (<c>// plant: FH1302</c> in C#, <c># plant: FH1302</c> in Python and YAML).
/// </summary>
public static partial class Planted
{
    [GeneratedRegex(@"(?://|#)\s*plant:\s*(?<ids>FH\d{4}(?:\s*,\s*FH\d{4})*)")]
    private static partial Regex Marker();

    public static IReadOnlyList<Expected> In(string root)
    {
        var result = new List<Expected>();
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                var match = Marker().Match(line);
                if (!match.Success)
                {
                    continue;
                }

                foreach (var id in match.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries))
                {
                    result.Add(new Expected(id, relative, lineNumber));
                }
            }
        }

        return result;
    }

    public static IReadOnlyList<Expected> Actual(AuditResult result, Func<Finding, bool>? filter = null) =>
        result.Findings.Where(filter ?? (_ => true)).Select(f => new Expected(f.RuleId, f.File, f.Line)).ToList();

    /// <summary>Equal sets, compared as sorted lines so a failure shows exactly which findings differ.</summary>
    public static void AssertSame(IEnumerable<Expected> expected, IEnumerable<Expected> actual, string context) =>
        Assert.AreEqual(Lines(expected), Lines(actual), context);

    private static string Lines(IEnumerable<Expected> findings) =>
        string.Join("\n", findings.Distinct().Select(f => f.ToString()).Order(StringComparer.Ordinal));
}
