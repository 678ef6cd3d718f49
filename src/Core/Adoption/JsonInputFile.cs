using System.Text.Json;
using System.Text.Json.Nodes;

namespace FloeHarden.Core.Adoption;

/// <summary>
/// Reads a floe-audit JSON file a command takes as input (a baseline, a report.json): a missing, unreadable or malformed
/// file is one <see cref="AuditException"/> line saying what is wrong and what to do.
/// </summary>
internal static class JsonInputFile
{
    /// <param name="path">The file.</param>
    /// <param name="what">How messages name it: <c>baseline file</c>, <c>report</c>.</param>
    /// <param name="whenMissing">What to do when it does not exist.</param>
    /// <param name="whenInvalid">The message for a file that is not what <paramref name="read"/> expects, given why (one line).</param>
    /// <param name="read">Reads the top-level object; throws <see cref="FormatException"/> for what is missing.</param>
    public static T Read<T>(string path, string what, string whenMissing, Func<string, string> whenInvalid, Func<JsonObject, T> read)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new AuditException($"{what} '{path}' does not exist: {whenMissing}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AuditException($"{what} '{path}' cannot be read: {e.Message}");
        }

        try
        {
            return read(JsonNode.Parse(text) as JsonObject ?? throw new FormatException("the top level is not a JSON object"));
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new AuditException(whenInvalid(e.Message.ReplaceLineEndings(" ").Trim()));
        }
    }
}
