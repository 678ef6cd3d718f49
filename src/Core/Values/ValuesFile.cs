using System.Collections.Immutable;
using FloeHarden.Core.Config;
using MemoryPack;

namespace FloeHarden.Core.Values;

/// <summary>
/// One scalar of a Helm values file, flattened to its key path (<c>polaris.auth.bootstrapCredentials.clientSecret</c>,
/// <c>minio.buckets[0].name</c>). <see cref="Line"/> is where the value is written (for an alias, where its anchor is).
/// </summary>
[MemoryPackable]
public sealed partial record ValuesScalar(string File, string KeyPath, string Value, int Line, int Column, int Document = 0)
{
    public string Location => $"{File}:{Line}";
}

/// <summary>A parsed values file: its scalars in document order, and what could not be read (FH1903).</summary>
public sealed record ValuesFile(string Path, ImmutableArray<ValuesScalar> Scalars, ImmutableArray<ConfigProblem> Problems);
