using System.Collections.Immutable;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Discovery;

/// <summary>A file the audit will read. <see cref="RelativePath"/> is root-relative with forward slashes.</summary>
public sealed record DiscoveredFile(string FullPath, string RelativePath, SourceLanguage Language, string? Project, long Length)
{
    /// <summary>C#: the preprocessor symbols the file's project defines itself (<c>&lt;DefineConstants&gt;</c>), sorted; see <c>ProjectSymbols</c>.</summary>
    public ImmutableArray<string> DefineConstants { get; init; } = [];
}
