using System.Collections.Immutable;
using FloeHarden.Core.Caching;
using FloeHarden.Core.Discovery;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Frontends;

/// <summary>How frontends read files; <see cref="Cache"/> is null when caching is off.</summary>
public sealed record FrontendOptions(long MaxFileBytes, string? Python = null, int MaxParallelism = 0, ModelCache? Cache = null);

/// <summary>What a frontend produced, and what stopped it from reading some files (missing interpreter...).</summary>
public sealed record FrontendResult(ImmutableArray<SourceFileModel> Files, ImmutableArray<string> EnvironmentErrors);

/// <summary>Turns source files of one language into the language-neutral model. One frontend per language.</summary>
public interface IFrontend
{
    SourceLanguage Language { get; }

    FrontendResult Parse(IReadOnlyList<DiscoveredFile> files, FrontendOptions options, CancellationToken cancellationToken);
}
