using System.Security.Cryptography;

namespace FloeHarden.Core.Frontends.Python;

/// <summary>
/// The embedded <c>floe_ast.py</c>, written once to a cache folder under a content-hashed name so that concurrent audits
/// and tool upgrades never run a half-written or stale copy. Never written into the audited tree.
/// </summary>
internal static class PythonHelperScript
{
    public const string ResourceName = "FloeHarden.Python.floe_ast.py";

    private static readonly Lazy<byte[]> Content = new(() =>
    {
        using var stream = typeof(PythonHelperScript).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    });

    public static byte[] Bytes => Content.Value;

    /// <summary>Writes the helper (atomically: temp file + rename) unless an identical copy exists, and returns its path.</summary>
    public static string EnsureWritten(string? cacheDirectory = null)
    {
        var bytes = Content.Value;
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        var directory = cacheDirectory ?? Path.Combine(Path.GetTempPath(), "floe-audit");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"floe_ast-{hash}.py");
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length)
        {
            return path;
        }

        var temp = Path.Combine(directory, $"floe_ast-{hash}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temp, bytes);
        try
        {
            File.Move(temp, path, overwrite: true);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another audit won the race with the same content.
            File.Delete(temp);
        }

        return path;
    }
}
