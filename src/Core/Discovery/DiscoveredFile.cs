using FloeHarden.Core.Model;

namespace FloeHarden.Core.Discovery;

/// <summary>A file the audit will read. <see cref="RelativePath"/> is root-relative with forward slashes.</summary>
public sealed record DiscoveredFile(string FullPath, string RelativePath, SourceLanguage Language, string? Project, long Length);
