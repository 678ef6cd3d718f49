using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Caching;

/// <summary>A C# file's model.</summary>
internal sealed record CSharpCacheEntry(string Key, SourceFileModel Model) : ICacheEntry;

/// <summary>A Python file's model before the cross-file fixture pass, with what that pass needs from the file.</summary>
internal sealed record PythonCacheEntry(string Key, SourceFileModel Model, ImmutableArray<int> ReturnedMocks, ImmutableArray<string> FixtureNames, ImmutableArray<int> FixtureTraits) : ICacheEntry;

[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = false,
    PropertyNamingPolicy = JsonKnownNamingPolicy.Unspecified)]
[JsonSerializable(typeof(CSharpCacheEntry))]
[JsonSerializable(typeof(PythonCacheEntry))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;

/// <summary>Source-generated (no reflection), and computed get-only properties (Tests, QualifiedName...) are not stored.</summary>
internal static class CacheJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = CacheJsonContext.Default.WithAddedModifier(info =>
        {
            if (info.Kind != JsonTypeInfoKind.Object)
            {
                return;
            }

            for (var i = info.Properties.Count - 1; i >= 0; i--)
            {
                if (info.Properties[i].Set is null)
                {
                    info.Properties.RemoveAt(i);
                }
            }
        }),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
