using System.Collections.Immutable;
using FloeHarden.Core.Caching;
using FloeHarden.Core.Config;
using FloeHarden.Core.Discovery;
using FloeHarden.Core.Frontends;

namespace FloeHarden.Core.Values;

/// <summary>Reads the discovered values files (the engine's I/O edge); analyses only see the parsed scalars.</summary>
public static class ValuesLoader
{
    /// <param name="cache">Where parsed files are kept between audits (null: parse every file).</param>
    public static ImmutableArray<ValuesFile> Load(string root, IEnumerable<string> fullPaths, long maxBytes, ModelCache? cache = null)
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

                result.Add(Parse(File.ReadAllBytes(fullPath), relative, fullPath, cache));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                result.Add(Unreadable(relative, fullPath, $"values file cannot be read: {e.Message}"));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The scalars are a function of the file's bytes and its root-relative path: the cache key covers both.</summary>
    private static ValuesFile Parse(byte[] bytes, string relative, string fullPath, ModelCache? cache)
    {
        if (cache is null)
        {
            return ValuesFlattener.Parse(SourceReader.Decode(bytes), relative, fullPath);
        }

        var key = ModelCache.Key("values", relative, null, bytes);
        if (cache.TryGet<ValuesCacheEntry>(key, out var entry))
        {
            return new ValuesFile(relative, entry.Scalars, []);
        }

        var parsed = ValuesFlattener.Parse(SourceReader.Decode(bytes), relative, fullPath);
        if (parsed.Problems.IsEmpty)
        {
            cache.Put(new ValuesCacheEntry(key, parsed.Scalars));
        }

        return parsed;
    }

    private static ValuesFile Unreadable(string relative, string fullPath, string message) =>
        new(relative, [], [new ConfigProblem(fullPath, 1, 1, message)]);
}
