using System.Text.RegularExpressions;

namespace FloeHarden.Tasks.Tests.Support;

/// <summary>The findings a fixture plants: a trailing <c>// plant: FHnnnn</c> on the line where the finding must be reported.</summary>
public static partial class Planted
{
    public static IReadOnlySet<(string File, int Line, string Code)> In(string directory) =>
        Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((text, index) => (file, index + 1, Marker().Match(text))))
            .Where(x => x.Item3.Success)
            .Select(x => (Path.GetFullPath(x.file), x.Item2, x.Item3.Groups[1].Value))
            .ToHashSet();

    [GeneratedRegex(@"//\s*plant:\s*(FH\d{4})")]
    private static partial Regex Marker();
}
