using System.Text;
using FloeHarden.Core.Discovery;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Frontends;

/// <summary>Reads a source file as text, or says why it was skipped (binary, too large, unreadable).</summary>
public static class SourceReader
{
    public static bool TryRead(DiscoveredFile file, long maxBytes, out string text, out ParseProblem? problem)
    {
        text = "";
        if (!TryReadBytes(file, maxBytes, out var bytes, out problem))
        {
            return false;
        }

        text = Decode(bytes);
        return true;
    }

    /// <summary>The file's exact bytes (for hashing and decoding), or why it is skipped.</summary>
    public static bool TryReadBytes(DiscoveredFile file, long maxBytes, out byte[] bytes, out ParseProblem? problem)
    {
        bytes = [];
        problem = null;
        if (file.Length > maxBytes)
        {
            problem = new ParseProblem(1, 1, $"file is {file.Length / 1024} KiB, over the {maxBytes / 1024} KiB limit (maxFileSizeKb)", Skipped: true);
            return false;
        }

        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = new ParseProblem(1, 1, $"file is unreadable: {e.Message}", Skipped: true);
            return false;
        }

        if (LooksBinary(bytes))
        {
            problem = new ParseProblem(1, 1, "file is binary (contains NUL bytes), not source text", Skipped: true);
            return false;
        }

        return true;
    }

    /// <summary>
    /// The same checks as <see cref="TryRead"/> (size, readability, NUL bytes in the head) without decoding the file, for
    /// frontends whose parser reads the file itself.
    /// </summary>
    public static bool TryProbe(DiscoveredFile file, long maxBytes, out ParseProblem? problem)
    {
        problem = null;
        if (file.Length > maxBytes)
        {
            problem = new ParseProblem(1, 1, $"file is {file.Length / 1024} KiB, over the {maxBytes / 1024} KiB limit (maxFileSizeKb)", Skipped: true);
            return false;
        }

        try
        {
            using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.None);
            Span<byte> head = stackalloc byte[8000];
            var read = 0;
            while (read < head.Length)
            {
                var n = stream.Read(head[read..]);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            if (LooksBinary(head[..read]))
            {
                problem = new ParseProblem(1, 1, "file is binary (contains NUL bytes), not source text", Skipped: true);
                return false;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = new ParseProblem(1, 1, $"file is unreadable: {e.Message}", Skipped: true);
            return false;
        }

        return true;
    }

    public static SourceFileModel SkippedModel(DiscoveredFile file, ParseProblem problem) => new()
    {
        Path = file.RelativePath,
        Language = file.Language,
        Project = file.Project,
        Problems = [problem],
    };

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8000)];
        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        {
            return false; // UTF-16 with BOM
        }

        return head.IndexOf((byte)0) >= 0;
    }

    /// <summary>
    /// The file's text: decoded by its byte order mark (UTF-8, UTF-16 or UTF-32, as a StreamReader detects them), else as
    /// UTF-8; invalid bytes become U+FFFD. One exact-size string: a StreamReader built it in a StringBuilder, ~10 % of a
    /// C# audit's allocations (docs/performance.md).
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        var (encoding, bom) = span switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Utf32LittleEndian, 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (Utf32BigEndian, 4),
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => (Encoding.UTF8, 0),
        };
        return encoding.GetString(span[bom..]);
    }

    private static readonly Encoding Utf32LittleEndian = new UTF32Encoding(bigEndian: false, byteOrderMark: false);

    private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false);
}
