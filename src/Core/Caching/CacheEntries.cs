using System.Collections.Immutable;
using FloeHarden.Core.Frontends.Python;
using FloeHarden.Core.Model;
using FloeHarden.Core.Values;
using MemoryPack;

namespace FloeHarden.Core.Caching;

/// <summary>A C# file's model.</summary>
[MemoryPackable]
internal sealed partial record CSharpCacheEntry(string Key, SourceFileModel Model) : ICacheEntry;

/// <summary>A Python file's model before the cross-file passes (fixture mocks, unittest bases), with what they need from the file.</summary>
[MemoryPackable]
internal sealed partial record PythonCacheEntry(
    string Key,
    SourceFileModel Model,
    ImmutableArray<int> ReturnedMocks,
    ImmutableArray<string> FixtureNames,
    ImmutableArray<int> FixtureTraits,
    PythonClassFacts? Classes) : ICacheEntry;

/// <summary>A values file's scalars (files with problems are not cached: their problems name the file's full path).</summary>
[MemoryPackable]
internal sealed partial record ValuesCacheEntry(string Key, ImmutableArray<ValuesScalar> Scalars) : ICacheEntry;

/// <summary>A cached value that carries its full key, so a name collision or a foreign file is never taken for a hit.</summary>
internal interface ICacheEntry
{
    string Key { get; }
}
