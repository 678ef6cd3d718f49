using System.Collections.Immutable;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Discovery;

/// <summary>A file the audit will read. <see cref="RelativePath"/> is root-relative with forward slashes.</summary>
public sealed record DiscoveredFile(string FullPath, string RelativePath, SourceLanguage Language, string? Project, long Length)
{
    /// <summary>C#: the preprocessor symbols the file's project defines itself (<c>&lt;DefineConstants&gt;</c>), sorted; see <c>ProjectSymbols</c>.</summary>
    public ImmutableArray<string> DefineConstants { get; init; } = [];

    /// <summary>C#: the target framework of the project's build the frontend models (net10.0, net472); null when not known (a modern .NET one).</summary>
    public string? TargetFramework { get; init; }

    /// <summary>C#: symbols other builds of the project define (its other target frameworks', other conditions'), sorted: code under them is compiled, just not in the modelled build.</summary>
    public ImmutableArray<string> OtherBuildSymbols { get; init; } = [];
}
