namespace FloeHarden.Core.Frontends.CSharp;

/// <summary>
/// Documentation snippet blocks of a C# file, as line spans: MarkdownSnippets' <c>#region sample_…</c> /
/// <c>#region snippet_…</c> … <c>#endregion</c> and <c>// begin-snippet: name</c> … <c>// end-snippet</c>, DocFX's
/// <c>// &lt;snippet1&gt;</c> … <c>// &lt;/snippet1&gt;</c>. The docs build copies their code: it is referenced by the
/// documentation, not by tests. Read from the text (only a file that mentions a snippet or a region is scanned line by line).
/// A <c>#region</c> whose name is one word (<c>#region retry-usage</c>) is a snippet too when the repository uses
/// MarkdownSnippets (it has an <c>mdsnippets.json</c>), which takes any such key: those spans are marked <c>Keyed</c>, for the
/// analysis, which knows the repository, to decide.
/// </summary>
internal static class CSharpDocSnippets
{
    public static List<(int Start, int End, bool Keyed)>? Spans(string text)
    {
        if (!text.Contains("snippet", StringComparison.OrdinalIgnoreCase) && !text.Contains("#region", StringComparison.Ordinal))
        {
            return null;
        }

        List<(int, int, bool)>? spans = null;
        var regions = new Stack<(int Line, bool Snippet, bool Keyed)>();
        int? begun = null, docfx = null;
        var line = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            line++;
            var trimmed = raw.Trim();
            if (trimmed.StartsWith("#region", StringComparison.Ordinal))
            {
                var name = trimmed["#region".Length..].Trim();
                var snippet = name.StartsWith("sample", StringComparison.OrdinalIgnoreCase) || name.StartsWith("snippet", StringComparison.OrdinalIgnoreCase);
                regions.Push((line, snippet, !snippet && name.Length > 0 && name.IndexOfAny(" \t") < 0));
            }
            else if (trimmed.StartsWith("#endregion", StringComparison.Ordinal) && regions.Count > 0)
            {
                var (start, snippet, keyed) = regions.Pop();
                if (snippet || keyed)
                {
                    (spans ??= []).Add((start, line, keyed));
                }
            }
            else if (trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                var comment = trimmed[2..].Trim();
                if (comment.StartsWith("begin-snippet:", StringComparison.OrdinalIgnoreCase))
                {
                    begun ??= line;
                }
                else if (comment.StartsWith("end-snippet", StringComparison.OrdinalIgnoreCase) && begun is { } b)
                {
                    (spans ??= []).Add((b, line, false));
                    begun = null;
                }
                else if (comment.StartsWith("<snippet", StringComparison.OrdinalIgnoreCase))
                {
                    docfx ??= line;
                }
                else if (comment.StartsWith("</snippet", StringComparison.OrdinalIgnoreCase) && docfx is { } d)
                {
                    (spans ??= []).Add((d, line, false));
                    docfx = null;
                }
            }
        }

        return spans;
    }

    /// <summary>Whether a declaration spanning the lines overlaps a snippet (<paramref name="keyed"/>: a one-word region): it is inside one, or holds one.</summary>
    public static bool Overlaps(List<(int Start, int End, bool Keyed)>? spans, int start, int end, bool keyed = false) =>
        spans is not null && spans.Exists(s => s.Keyed == keyed && s.Start <= end && start <= s.End);
}
