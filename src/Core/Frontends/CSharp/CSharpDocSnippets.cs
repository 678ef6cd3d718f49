namespace FloeHarden.Core.Frontends.CSharp;

/// <summary>
/// Documentation snippet blocks of a C# file, as line spans: MarkdownSnippets' <c>#region sample_…</c> /
/// <c>#region snippet_…</c> … <c>#endregion</c> and <c>// begin-snippet: name</c> … <c>// end-snippet</c>, DocFX's
/// <c>// &lt;snippet1&gt;</c> … <c>// &lt;/snippet1&gt;</c>. The docs build copies their code: it is referenced by the
/// documentation, not by tests. Read from the text (only a file that mentions a snippet is scanned line by line).
/// </summary>
internal static class CSharpDocSnippets
{
    public static List<(int Start, int End)>? Spans(string text)
    {
        if (!text.Contains("snippet", StringComparison.OrdinalIgnoreCase) && !text.Contains("#region sample", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        List<(int, int)>? spans = null;
        var regions = new Stack<(int Line, bool Snippet)>();
        int? begun = null, docfx = null;
        var line = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            line++;
            var trimmed = raw.Trim();
            if (trimmed.StartsWith("#region", StringComparison.Ordinal))
            {
                var name = trimmed["#region".Length..].Trim();
                regions.Push((line, name.StartsWith("sample", StringComparison.OrdinalIgnoreCase) || name.StartsWith("snippet", StringComparison.OrdinalIgnoreCase)));
            }
            else if (trimmed.StartsWith("#endregion", StringComparison.Ordinal) && regions.Count > 0)
            {
                var (start, snippet) = regions.Pop();
                if (snippet)
                {
                    (spans ??= []).Add((start, line));
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
                    (spans ??= []).Add((b, line));
                    begun = null;
                }
                else if (comment.StartsWith("<snippet", StringComparison.OrdinalIgnoreCase))
                {
                    docfx ??= line;
                }
                else if (comment.StartsWith("</snippet", StringComparison.OrdinalIgnoreCase) && docfx is { } d)
                {
                    (spans ??= []).Add((d, line));
                    docfx = null;
                }
            }
        }

        return spans;
    }

    /// <summary>Whether a declaration spanning the lines overlaps a snippet: it is inside one, or holds one.</summary>
    public static bool Overlaps(List<(int Start, int End)>? spans, int start, int end) =>
        spans is not null && spans.Exists(s => s.Start <= end && start <= s.End);
}
