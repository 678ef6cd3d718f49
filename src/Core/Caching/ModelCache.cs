using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using MemoryPack;
using Microsoft.Win32.SafeHandles;

namespace FloeHarden.Core.Caching;

/// <summary>
/// Per-file cache of frontend output and of parsed values files, so a re-audit only parses what changed. An entry is keyed by the SHA-256 of the
/// file's bytes plus everything else its model depends on (frontend, root-relative path, project, interpreter), and lives
/// under a folder named for the exact build of FloeHarden.Core, so a new or different build never reads old entries.
/// Entries are written to a temp file and renamed into place: concurrent audits see a whole entry or none. An entry that
/// cannot be read, is truncated, or carries another key is a miss, never an error. Lives outside the audited tree.
/// </summary>
public sealed class ModelCache
{
    /// <summary>Bumped when the entry layout changes in a way the build id would not capture (it captures all code changes).</summary>
    private const string Format = "models-v2";

    /// <summary>The ending of an entry's file name.</summary>
    internal const string EntryExtension = ".model";

    /// <summary>A file larger than this is not an entry (see <see cref="CacheEntryFile.MaxPayloadBytes"/>), and is not read.</summary>
    private const long MaxEntryBytes = CacheEntryFile.HeaderSize + CacheEntryFile.MaxPayloadBytes;

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

    internal bool TryGet<T>(string key, [NotNullWhen(true)] out T? value)
        where T : class, ICacheEntry, IMemoryPackable<T>
    {
        value = null;
        byte[]? buffer = null;
        try
        {
            using var file = File.OpenHandle(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var length = RandomAccess.GetLength(file);
            if (length <= MaxEntryBytes)
            {
                buffer = ArrayPool<byte>.Shared.Rent((int)length);
                var read = ReadAll(file, buffer.AsSpan(0, (int)length));
                if (CacheEntryFile.TryDecode<T>(buffer.AsSpan(0, read), out var entry) && entry.Key == key)
                {
                    value = entry;
                    Interlocked.Increment(ref _hits);
                    return true;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // missing or half-deleted: a miss, and the next write replaces it
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        Interlocked.Increment(ref _misses);
        return false;
    }

    internal void Put<T>(T entry)
        where T : class, ICacheEntry, IMemoryPackable<T>
    {
        var path = PathOf(entry.Key);
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            var bytes = CacheEntryFile.Encode(entry, out var length);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var file = File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                RandomAccess.Write(file, bytes.AsSpan(0, length), fileOffset: 0);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or MemoryPack.MemoryPackSerializationException)
        {
            Interlocked.Increment(ref _writeFailures);
            TryDelete(temp);
        }
    }

    /// <summary>Reads until <paramref name="buffer"/> is full or the file ends (a file being replaced may be shorter than its length said).</summary>
    private static int ReadAll(SafeFileHandle file, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(file, buffer[total..], total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    private string PathOf(string key)
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return Path.Combine(_directory, name[..2], name[2..] + EntryExtension);
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
