using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using FloeHarden.Core.Caching;
using FloeHarden.Core.Discovery;
using FloeHarden.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FloeHarden.Core.Frontends.CSharp;

/// <summary>
/// C# through Roslyn syntax only: the audited code never has to build. Files are parsed in parallel and each
/// syntax tree is dropped as soon as its <see cref="SourceFileModel"/> is extracted.
/// </summary>
public sealed class CSharpFrontend : IFrontend
{
    /// <summary>
    /// What every build of a .NET 10 target defines (the SDK's implicit framework symbols, all the <c>*_OR_GREATER</c> ones
    /// included) in the Debug configuration: the build modelled when the project's target framework is not known. Otherwise
    /// its target's symbols (<see cref="ProjectSymbols.FrameworkSymbols"/>); a project's own <c>&lt;DefineConstants&gt;</c>
    /// come on top (<see cref="OptionsFor"/>).
    /// </summary>
    internal static readonly ImmutableArray<string> ImplicitSymbols = ProjectSymbols.FrameworkSymbols(null);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview, DocumentationMode.None, SourceCodeKind.Regular, ImplicitSymbols);

    /// <summary>Parse options per target framework and set of project symbols: a handful of distinct sets per audit, each built once.</summary>
    private static readonly ConcurrentDictionary<string, CSharpParseOptions> OptionsBySymbols = new(StringComparer.Ordinal);

    private static CSharpParseOptions OptionsFor(ImmutableArray<string> projectSymbols, string? targetFramework) =>
        projectSymbols.IsDefaultOrEmpty && targetFramework is null
            ? ParseOptions
            : OptionsBySymbols.GetOrAdd(
                $"{targetFramework}#{(projectSymbols.IsDefault ? "" : string.Join(';', projectSymbols))}",
                _ => ParseOptions.WithPreprocessorSymbols(ProjectSymbols.FrameworkSymbols(targetFramework).Union(projectSymbols.IsDefault ? [] : projectSymbols, StringComparer.Ordinal)));

    public SourceLanguage Language => SourceLanguage.CSharp;

    public FrontendResult Parse(IReadOnlyList<DiscoveredFile> files, FrontendOptions options, CancellationToken cancellationToken)
    {
        var results = new SourceFileModel[files.Count];
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.MaxParallelism > 0 ? options.MaxParallelism : Environment.ProcessorCount,
        };
        // Every file is read first: which test attributes the tree derives (in any file) decides which methods are tests
        // in every file, so it is known before the first file is extracted.
        var sources = new byte[]?[files.Count];
        Parallel.For(0, files.Count, parallel, i =>
        {
            if (SourceReader.TryReadBytes(files[i], options.MaxFileBytes, out var bytes, out var problem))
            {
                sources[i] = bytes;
            }
            else
            {
                results[i] = SourceReader.SkippedModel(files[i], problem!);
            }
        });
        var derived = CSharpTestAttributes.DerivedIn(sources);
        var derivedKey = derived.Count == 0 ? "" : "@" + string.Join(';', derived.Order(StringComparer.Ordinal));
        Parallel.For(0, files.Count, parallel, i =>
        {
            if (sources[i] is { } bytes)
            {
                results[i] = ParseFile(files[i], bytes, derived, derivedKey, options.Cache);
                sources[i] = null;
            }
        });
        return new FrontendResult([.. results], []);
    }

    /// <param name="derivedKey">The derived test attributes as they enter the cache key, joined once per audit.</param>
    private static SourceFileModel ParseFile(DiscoveredFile file, byte[] bytes, FrozenSet<string> derivedTestAttributes, string derivedKey, ModelCache? cache)
    {
        if (cache is null)
        {
            return Extract(file, bytes, derivedTestAttributes, out _);
        }

        // The model is a function of these exact bytes, the path, the project (its name and the symbols it defines) and the
        // test attributes the tree derives: the key covers them all.
        var project = file.DefineConstants.IsDefaultOrEmpty ? file.Project : $"{file.Project}#{string.Join(';', file.DefineConstants)}";
        project = file.TargetFramework is null ? project : $"{project}@{file.TargetFramework}";
        project = file.OtherBuildSymbols.IsDefaultOrEmpty ? project : $"{project}~{string.Join(';', file.OtherBuildSymbols)}";
        project = derivedKey.Length == 0 ? project : project + derivedKey;
        var key = ModelCache.Key("csharp", file.RelativePath, project, bytes);
        if (cache.TryGet<CSharpCacheEntry>(key, out var entry))
        {
            return entry.Model;
        }

        var model = Extract(file, bytes, derivedTestAttributes, out var failed);
        if (!failed)
        {
            cache.Put(new CSharpCacheEntry(key, model));
        }

        return model;
    }

    /// <summary>
    /// One file's model. A defect of ours that one file's syntax trips (a construct the extractor does not expect)
    /// costs that file, reported as skipped with the error, never the audit of the others; it is not cached.
    /// </summary>
    private static SourceFileModel Extract(DiscoveredFile file, byte[] bytes, FrozenSet<string> derivedTestAttributes, out bool failed)
    {
        failed = false;
        try
        {
            return ParseText(SourceReader.Decode(bytes), file.RelativePath, file.Project, file.DefineConstants, derivedTestAttributes, file.TargetFramework, file.OtherBuildSymbols);
        }
        catch (InsufficientExecutionStackException)
        {
            failed = true;
            return SourceReader.SkippedModel(file, new ParseProblem(1, 1, "its code nests too deeply to follow (an expression or chain of thousands of terms); split the expression to have it audited", Skipped: true));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            failed = true;
            return SourceReader.SkippedModel(file, new ParseProblem(1, 1, $"floe-audit failed on this file ({e.GetType().Name}: {e.Message}); please report it with the file", Skipped: true));
        }
    }

    /// <param name="derivedTestAttributes">The tree's derived test attributes; by default the ones this text declares.</param>
    public static SourceFileModel ParseText(
        string text, string relativePath, string? project, ImmutableArray<string> projectSymbols = default, FrozenSet<string>? derivedTestAttributes = null,
        string? targetFramework = null, ImmutableArray<string> otherBuildSymbols = default)
    {
        var options = OptionsFor(projectSymbols, targetFramework);
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(text), options, relativePath);
        var root = tree.GetCompilationUnitRoot();
        var problems = tree.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS1029") // CS1029: an #error directive, the author's message, not bad syntax
            .Take(3)
            .Select(d =>
            {
                var position = d.Location.GetLineSpan().StartLinePosition;
                return new ParseProblem(position.Line + 1, position.Character + 1, $"{d.Id}: {d.GetMessage()}", Skipped: false);
            })
            .ToImmutableArray();

        var derived = derivedTestAttributes ?? CSharpTestAttributes.DerivedIn([System.Text.Encoding.UTF8.GetBytes(text)]);
        var extractor = new CSharpFileExtractor(root, derived);
        var model = extractor.Extract(relativePath, project, text) with { Problems = problems };
        return model.Tests.Any() || !text.Contains("#if", StringComparison.Ordinal)
            ? model
            : model with { InactiveTestSymbols = CSharpInactiveTests.Symbols(root, text, options, otherBuildSymbols.IsDefault ? [] : otherBuildSymbols, derived) };
    }
}
