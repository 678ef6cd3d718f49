using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace FloeHarden.Core.Rules;

/// <summary>
/// Stable finding fingerprints: a hash of the rule, the symbol (class.method) and the code involved with all
/// white space removed — never the line number or the file path — so they survive line shifts, reformatting,
/// edits elsewhere in the file and file moves. Identical findings are told apart by their order of appearance.
/// docs/baseline.md lists exactly what changes a fingerprint.
/// </summary>
public static class Fingerprints
{
    /// <summary>
    /// Only the first characters of the normalised code count. Frontends shorten long snippets after collapsing white
    /// space (at most 140 characters, so at least 70 that are not white space); cutting below that keeps a reformatted
    /// long statement on the same fingerprint.
    /// </summary>
    public const int AnchorLength = 64;

    public static IEnumerable<Finding> Assign(IEnumerable<Finding> findings)
    {
        // File, line and column order; equal positions keep their order of arrival (a stable sort, as before).
        var ordered = findings.Select((f, i) => (Finding: f, Index: i)).ToArray();
        Array.Sort(ordered, static (a, b) =>
        {
            var c = string.CompareOrdinal(a.Finding.File, b.Finding.File);
            c = c != 0 ? c : a.Finding.Line.CompareTo(b.Finding.Line);
            c = c != 0 ? c : a.Finding.Column.CompareTo(b.Finding.Column);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (finding, _) in ordered)
        {
            var anchor = Normalize(finding.Anchor);
            var key = $"{finding.RuleId}|{finding.Symbol}|{anchor.AsSpan(0, Math.Min(anchor.Length, AnchorLength))}";
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, key, out var exists);
            var occurrence = exists ? count + 1 : 0;
            count = occurrence;
            yield return finding with { Fingerprint = Hash(occurrence == 0 ? key : $"{key}#{occurrence}") };
        }
    }

    public static string Normalize(string text)
    {
        var buffer = text.Length <= 1024 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '…')
            {
                buffer[length++] = c;
            }
        }

        return length == text.Length ? text : new string(buffer[..length]);
    }

    private static string Hash(string text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        var bytes = max <= 4096 ? stackalloc byte[max] : new byte[max];
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..Encoding.UTF8.GetBytes(text, bytes)], hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
