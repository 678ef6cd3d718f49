using System.Collections.Immutable;
using System.Text.Json;
using FloeHarden.Core.Caching;
using FloeHarden.Core.Discovery;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Frontends.Python;

/// <summary>
/// Python through CPython's own <c>ast</c>: one interpreter process for the whole audit runs the embedded helper, which
/// summarises every file (in parallel when it pays) and streams one JSON line per file back. No interpreter, or a too-old
/// one, is an environment error: the Python files are left out and the rest of the audit goes on.
/// </summary>
public sealed class PythonFrontend : IFrontend
{
    private readonly string? _cacheDirectory;

    public PythonFrontend(string? cacheDirectory = null) => _cacheDirectory = cacheDirectory;

    public SourceLanguage Language => SourceLanguage.Python;

    public FrontendResult Parse(IReadOnlyList<DiscoveredFile> files, FrontendOptions options, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return new FrontendResult([], []);
        }

        var mapped = new PythonMappedFile?[files.Count];
        var cache = options.Cache;
        var interpreter = cache is null ? null : PythonInterpreter.Fingerprint(options.Python);
        var keys = interpreter is null ? null : new CacheKey?[files.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism > 0 ? options.MaxParallelism : Environment.ProcessorCount, CancellationToken = cancellationToken };
        var pytest = new PytestConfigs();
        var configOf = new int[files.Count];
        Parallel.For(0, files.Count, parallel, i =>
        {
            configOf[i] = pytest.For(files[i]);
            if (keys is null)
            {
                if (!SourceReader.TryProbe(files[i], options.MaxFileBytes, out var problem))
                {
                    mapped[i] = new PythonMappedFile(SourceReader.SkippedModel(files[i], problem!), [], []);
                }

                return;
            }

            // The helper reads the file itself, so remember its size and time: if they move while it parses, the result is not cached.
            var stamp = Stamp(files[i].FullPath);
            if (!SourceReader.TryReadBytes(files[i], options.MaxFileBytes, out var bytes, out var skipped))
            {
                mapped[i] = new PythonMappedFile(SourceReader.SkippedModel(files[i], skipped!), [], []);
                return;
            }

            var key = ModelCache.Key("python|" + interpreter + "|" + pytest.HashOf(configOf[i]), files[i].RelativePath, files[i].Project, bytes);
            if (cache!.TryGet<PythonCacheEntry>(key, out var entry))
            {
                mapped[i] = FromEntry(entry);
                return;
            }

            keys[i] = new CacheKey(key, stamp);
        });

        var toParse = Enumerable.Range(0, files.Count).Where(i => mapped[i] is null).ToList();
        if (toParse.Count > 0)
        {
            var helper = PythonHelperScript.EnsureWritten(_cacheDirectory);
            var outcome = PythonProcess.Run(options.Python, helper, Request(files, toParse, configOf, pytest, options.MaxParallelism), line =>
            {
                var index = line.GetProperty("i").GetInt32();
                if ((uint)index < (uint)files.Count)
                {
                    mapped[index] = PythonModelMapper.Map(line, files[index]);
                }
            }, cancellationToken);

            if (outcome.EnvironmentError is not null)
            {
                return new FrontendResult([], [outcome.EnvironmentError]);
            }

            if (keys is not null)
            {
                Parallel.ForEach(toParse, parallel, i =>
                {
                    if (keys[i] is { } key && mapped[i] is { } file && Stamp(files[i].FullPath) == key.Stamp)
                    {
                        cache!.Put(ToEntry(key.Key, file));
                    }
                });
            }

            foreach (var i in toParse.Where(i => mapped[i] is null))
            {
                var reason = outcome.StderrTail.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim();
                mapped[i] = new PythonMappedFile(
                    SourceReader.SkippedModel(files[i], new ParseProblem(1, 1, $"the Python helper ended before summarising this file (exit code {outcome.ExitCode}{(reason is null ? "" : ": " + reason)})", Skipped: true)),
                    [],
                    []);
            }
        }

        PythonUnittestBases.Promote(mapped!);
        return new FrontendResult(LinkFixtureMocks(mapped!), []);
    }

    private readonly record struct CacheKey(string Key, (long Length, DateTime Written) Stamp);

    private static (long Length, DateTime Written) Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, default);
    }

    private static PythonCacheEntry ToEntry(string key, PythonMappedFile file) => new(
        key,
        file.Model,
        [.. file.ReturnedMocks.SelectMany(r => new[] { r.Unit, r.Mock })],
        [.. file.FixtureUses.Select(u => u.Fixture)],
        [.. file.FixtureUses.Select(u => (int)u.Traits)],
        file.Classes);

    private static PythonMappedFile FromEntry(PythonCacheEntry entry) => new(
        entry.Model,
        [.. Enumerable.Range(0, entry.ReturnedMocks.Length / 2).Select(i => (entry.ReturnedMocks[2 * i], entry.ReturnedMocks[(2 * i) + 1]))],
        [.. entry.FixtureNames.Select((name, i) => (name, (MockTraits)entry.FixtureTraits[i]))],
        entry.Classes);

    private static byte[] Request(IReadOnlyList<DiscoveredFile> files, List<int> indices, int[] configOf, PytestConfigs pytest, int maxParallelism)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("workers", maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount);
            writer.WriteStartArray("configs");
            foreach (var (path, _) in pytest.Files)
            {
                writer.WriteStringValue(path);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("parents");
            foreach (var parent in pytest.Parents)
            {
                writer.WriteNumberValue(parent);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("files");
            foreach (var i in indices)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(i);
                writer.WriteStringValue(files[i].FullPath);
                writer.WriteStringValue(files[i].RelativePath);
                writer.WriteNumberValue(configOf[i]);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// A mock a fixture returns is configured, verified or inspected by the tests that receive the fixture, often in another
    /// file (conftest.py): credit those uses to the mock where the fixture creates it.
    /// </summary>
    private static ImmutableArray<SourceFileModel> LinkFixtureMocks(PythonMappedFile[] files)
    {
        var uses = new Dictionary<string, MockTraits>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var (fixture, traits) in file.FixtureUses)
            {
                uses[fixture] = uses.GetValueOrDefault(fixture) | traits;
            }
        }

        var result = ImmutableArray.CreateBuilder<SourceFileModel>(files.Length);
        foreach (var file in files)
        {
            if (file.ReturnedMocks.IsEmpty || uses.Count == 0)
            {
                result.Add(file.Model);
                continue;
            }

            var units = file.Model.Units.ToBuilder();
            foreach (var (unitIndex, mockIndex) in file.ReturnedMocks)
            {
                var unit = units[unitIndex];
                if (unit.Kind != CodeUnitKind.Setup || !uses.TryGetValue(unit.Name, out var traits))
                {
                    continue;
                }

                var mock = unit.Mocks[mockIndex];
                units[unitIndex] = unit with { Mocks = unit.Mocks.SetItem(mockIndex, mock with { Traits = mock.Traits | traits }) };
            }

            result.Add(file.Model with { Units = units.ToImmutable() });
        }

        return result.MoveToImmutable();
    }
}
