using System.Collections.Immutable;
using FloeHarden.Core.Discovery;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Frontends;

public sealed record FrontendOptions(long MaxFileBytes, string? Python = null, int MaxParallelism = 0);

/// <summary>What a frontend produced, and what stopped it from reading some files (missing interpreter...).</summary>
public sealed record FrontendResult(ImmutableArray<SourceFileModel> Files, ImmutableArray<string> EnvironmentErrors);

/// <summary>Turns source files of one language into the language-neutral model. One frontend per language.</summary>
public interface IFrontend
{
    SourceLanguage Language { get; }

    FrontendResult Parse(IReadOnlyList<DiscoveredFile> files, FrontendOptions options, CancellationToken cancellationToken);
}
