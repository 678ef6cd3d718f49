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
        var ordered = findings.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column).ToList();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in ordered)
        {
            var anchor = Normalize(finding.Anchor);
            var key = $"{finding.RuleId}|{finding.Symbol}|{(anchor.Length > AnchorLength ? anchor[..AnchorLength] : anchor)}";
            var occurrence = seen.TryGetValue(key, out var n) ? n + 1 : 0;
            seen[key] = occurrence;
            yield return finding with { Fingerprint = Hash(occurrence == 0 ? key : $"{key}#{occurrence}") };
        }
    }

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '…')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
}
