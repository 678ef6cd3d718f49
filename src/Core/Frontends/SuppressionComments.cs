using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Frontends;

/// <summary>
/// A comment a frontend found, with the marker (<c>//</c>, <c>#</c>, <c>/* */</c>) already stripped. <see cref="TargetLine"/> is
/// the line the comment is about: its own line when code precedes it on that line (a trailing comment), otherwise the
/// line of the next code token.
/// </summary>
public sealed record CommentText(int Line, int TargetLine, string Text);

/// <summary>
/// A declaration whose header (from its first line, attributes and decorators included, to the line of its name)
/// can carry a suppression that covers its whole span.
/// </summary>
public sealed record DeclarationSpan(int FirstLine, int HeaderEndLine, int EndLine, string Symbol);

/// <summary>
/// The language-neutral half of comment suppressions (docs/suppressions.md), shared by every frontend: parses
/// <c>floe-audit: ignore FH1302 reason</c> (C#) and <c>floe-audit: ignore[FH1302] reason</c> (Python) and resolves the
/// lines each one covers — one line, or a whole declaration when written on or above its header.
/// </summary>
public static partial class SuppressionComments
{
    [GeneratedRegex(@"^\s*floe-audit\s*:\s*ignore\b(?:\s*\[(?<bracket>[^\]]*)\]|(?<plain>(?:\s+FH\d{4}(?:\s*,\s*FH\d{4})*)?))(?<reason>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Rule ids and reason of a suppression comment's text, or false when the comment is not one.</summary>
    public static bool TryParse(string text, out ImmutableArray<string> ruleIds, out string? reason)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            ruleIds = [];
            reason = null;
            return false;
        }

        var ids = match.Groups["bracket"].Success ? match.Groups["bracket"].Value : match.Groups["plain"].Value;
        ruleIds = [.. ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(i => i.ToUpperInvariant())];
        reason = CleanReason(match.Groups["reason"].Value);
        return true;
    }

    /// <summary>Separators people put before a reason ("-- flaky", ": legacy", "— see #12") are not the reason.</summary>
    public static string? CleanReason(string? text)
    {
        var reason = text?.Trim().TrimStart('-', ':', '—', '–').Trim();
        return string.IsNullOrEmpty(reason) ? null : reason;
    }

    /// <summary>Every suppression the comments declare, each covering its target line or, on a declaration header, the declaration.</summary>
    public static ImmutableArray<Suppression> Resolve(IEnumerable<CommentText> comments, IReadOnlyList<DeclarationSpan> declarations)
    {
        var result = ImmutableArray.CreateBuilder<Suppression>();
        foreach (var comment in comments)
        {
            if (!TryParse(comment.Text, out var ids, out var reason))
            {
                continue;
            }

            var declaration = Innermost(declarations.Where(d => d.FirstLine <= comment.TargetLine && comment.TargetLine <= d.HeaderEndLine));
            var (from, to) = declaration is null ? (comment.TargetLine, comment.TargetLine) : (declaration.FirstLine, declaration.EndLine);
            var symbol = declaration?.Symbol ?? Innermost(declarations.Where(d => d.FirstLine <= comment.Line && comment.Line <= d.EndLine))?.Symbol;

            // "ignore" with no rule id still becomes a suppression (of rule ""), so FH1905 tells the author it suppresses nothing.
            foreach (var id in ids.IsEmpty ? [""] : ids)
            {
                result.Add(new Suppression(comment.Line, id, reason, from, to, symbol, SuppressionForm.Comment));
            }
        }

        return result.ToImmutable();
    }

    private static DeclarationSpan? Innermost(IEnumerable<DeclarationSpan> candidates) =>
        candidates.OrderBy(d => d.EndLine - d.FirstLine).FirstOrDefault();
}
