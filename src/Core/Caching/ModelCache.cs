using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FloeHarden.Core.Caching;

/// <summary>
/// Per-file cache of frontend output, so a re-audit only parses what changed. An entry is keyed by the SHA-256 of the
/// file's bytes plus everything else its model depends on (frontend, root-relative path, project, interpreter), and lives
/// under a folder named for the exact build of FloeHarden.Core, so a new or different build never reads old entries.
/// Entries are written to a temp file and renamed into place: concurrent audits see a whole entry or none. An entry that
/// cannot be read, is truncated, or carries another key is a miss, never an error. Lives outside the audited tree.
/// </summary>
public sealed class ModelCache
{
    /// <summary>Bumped when the entry layout changes in a way the build id would not capture (it captures all code changes).</summary>
    private const string Format = "models-v1";

    private static readonly string BuildId = typeof(ModelCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly string _directory;
    private int _hits;
    private int _misses;
    private int _writeFailures;

    private ModelCache(string directory) => _directory = directory;

    public string Directory => _directory;

    public int Hits => _hits;

    public int Misses => _misses;

    /// <summary>Writes that failed (disk full, permissions); the audit goes on without caching those files.</summary>
    public int WriteFailures => _writeFailures;

    /// <summary><c>$XDG_CACHE_HOME/floe-audit</c>, else <c>~/.cache/floe-audit</c> (LocalApplicationData on Windows).</summary>
    public static string DefaultDirectory()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathFullyQualified(xdg))
        {
            return Path.Combine(xdg, "floe-audit");
        }

        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "floe-audit", "cache");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(string.IsNullOrEmpty(home) ? Path.GetTempPath() : home, ".cache", "floe-audit");
    }

    /// <summary>A cache rooted at <paramref name="directory"/> (created on first write).</summary>
    public static ModelCache Open(string directory) => new(Path.Combine(Path.GetFullPath(directory), Format, BuildId));

    /// <summary>The key of one file: what produced its model and the SHA-256 of its exact bytes.</summary>
    public static string Key(string frontend, string relativePath, string? project, ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, hash);
        return $"{frontend}|{relativePath}|{project}|{Convert.ToHexStringLower(hash)}";
    }

    internal bool TryGet<T>(string key, out T value)
        where T : class, ICacheEntry
    {
        value = null!;
        var path = PathOf(key);
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 1);
            using var inflate = new BrotliStream(file, CompressionMode.Decompress);
            var entry = (T?)JsonSerializer.Deserialize(inflate, typeof(T), CacheJson.Options);
            if (entry is not null && entry.Key == key)
            {
                value = entry;
                Interlocked.Increment(ref _hits);
                return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidDataException or NotSupportedException)
        {
            // missing, half-deleted or from a foreign writer: a miss, and the next write replaces it
        }

        Interlocked.Increment(ref _misses);
        return false;
    }

    internal void Put<T>(T entry)
        where T : class, ICacheEntry
    {
        var path = PathOf(entry.Key);
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
            using (var deflate = new BrotliStream(file, CompressionLevel.Fastest))
            {
                JsonSerializer.Serialize(deflate, entry, typeof(T), CacheJson.Options);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.Increment(ref _writeFailures);
            TryDelete(temp);
        }
    }

    private string PathOf(string key)
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return Path.Combine(_directory, name[..2], name[2..] + ".json.br");
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a stray temp file is harmless: it never has the entry's name
        }
    }
}

/// <summary>A cached value that carries its full key, so a name collision or a foreign file is never taken for a hit.</summary>
internal interface ICacheEntry
{
    string Key { get; }
}
