using System.Collections.Immutable;
using FloeHarden.Core.Config;
using FloeHarden.Core.Discovery;

namespace FloeHarden.Core.Values;

/// <summary>Reads the discovered values files (the engine's I/O edge); analyses only see the parsed scalars.</summary>
public static class ValuesLoader
{
    public static ImmutableArray<ValuesFile> Load(string root, IEnumerable<string> fullPaths, long maxBytes)
    {
        var result = ImmutableArray.CreateBuilder<ValuesFile>();
        foreach (var fullPath in fullPaths)
        {
            var relative = FileDiscovery.Relative(root, fullPath);
            try
            {
                var info = new FileInfo(fullPath);
                if (info.Length > maxBytes)
                {
                    result.Add(Unreadable(relative, fullPath, $"values file is {info.Length / 1024} KB, above the {maxBytes / 1024} KB limit (maxFileSizeKb); it was not read"));
                    continue;
                }

                result.Add(ValuesFlattener.Parse(File.ReadAllText(fullPath), relative, fullPath));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                result.Add(Unreadable(relative, fullPath, $"values file cannot be read: {e.Message}"));
            }
        }

        return result.ToImmutable();
    }

    private static ValuesFile Unreadable(string relative, string fullPath, string message) =>
        new(relative, [], [new ConfigProblem(fullPath, 1, 1, message)]);
}
