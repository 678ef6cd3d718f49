using System.Collections.Immutable;
using FloeHarden.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static FloeHarden.Core.Frontends.CSharp.CSharpSyntax;

namespace FloeHarden.Core.Frontends.CSharp;

/// <summary>
/// The suppressions of one C# file: <c>// floe-audit: ignore FH1302 reason</c> comments (also inside <c>/* */</c>) and
/// <c>[SuppressMessage("FloeHarden", "FH1302[:Title]", Justification = "reason")]</c> on types, methods and properties.
/// </summary>
internal static class CSharpSuppressions
{
    public const string Category = "FloeHarden";

    public static ImmutableArray<Suppression> Extract(CompilationUnitSyntax root, string text)
    {
        // Almost no file suppresses anything: without either marker in its text (a comment needs "floe-audit", an
        // attribute is named SuppressMessage) there is nothing to find, and the member and trivia walks are skipped —
        // they were 12% of the C# audit in the profile (docs/performance.md).
        if (!text.Contains("floe-audit", StringComparison.OrdinalIgnoreCase) && !text.Contains("SuppressMessage", StringComparison.Ordinal))
        {
            return [];
        }

        var declarations = root.DescendantNodes().OfType<MemberDeclarationSyntax>()
            .Select(Declaration)
            .OfType<(MemberDeclarationSyntax Node, DeclarationSpan Span)>()
            .ToList();
        var comments = root.DescendantTrivia(descendIntoTrivia: false)
            .Where(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineCommentTrivia))
            .Select(Comment)
            .OfType<CommentText>();

        var fromComments = SuppressionComments.Resolve(comments, [.. declarations.Select(d => d.Span)]);
        var fromAttributes = declarations.SelectMany(d => Attributes(d.Node, d.Span));
        return [.. fromComments.Concat(fromAttributes).OrderBy(s => s.Line)];
    }

    private static CommentText? Comment(SyntaxTrivia trivia)
    {
        var text = trivia.ToString();
        if (!text.Contains("floe-audit", StringComparison.OrdinalIgnoreCase))
        {
            return null; // Cheap filter: almost no comment is a suppression.
        }

        text = trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) ? text[2..] : text[2..^2];
        var line = trivia.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

        // Roslyn keeps a comment that ends a line of code in that code's trailing trivia; any other comment leads the next token.
        var trailing = trivia.Token.TrailingTrivia.Contains(trivia);
        var target = trailing || trivia.Token.IsKind(SyntaxKind.EndOfFileToken) ? line : Line(trivia.Token);
        return new CommentText(line, target, text);
    }

    private static (MemberDeclarationSyntax, DeclarationSpan)? Declaration(MemberDeclarationSyntax member)
    {
        SyntaxToken? identifier = member switch
        {
            ExtensionBlockDeclarationSyntax => null, // nameless (C# 14): its members are covered as the enclosing class's
            BaseTypeDeclarationSyntax t => t.Identifier,
            MethodDeclarationSyntax m => m.Identifier,
            ConstructorDeclarationSyntax c => c.Identifier,
            PropertyDeclarationSyntax p => p.Identifier,
            _ => null,
        };
        if (identifier is not { } name)
        {
            return null;
        }

        var container = member.Parent is BaseTypeDeclarationSyntax type ? type.Identifier.ValueText : null;
        var symbol = member is BaseTypeDeclarationSyntax || container is null ? name.ValueText : $"{container}.{name.ValueText}";
        return (member, new DeclarationSpan(Line(member), Line(name), EndLine(member), symbol));
    }

    private static IEnumerable<Suppression> Attributes(MemberDeclarationSyntax member, DeclarationSpan span)
    {
        foreach (var attribute in member.AttributeLists.Where(l => l.Target is null).SelectMany(l => l.Attributes))
        {
            if (AttributeName(attribute) != "SuppressMessage" || attribute.ArgumentList is not { Arguments: { Count: >= 2 } arguments })
            {
                continue;
            }

            // Other analyzers' SuppressMessage attributes (CA1822, IDE0051…) are none of our business.
            if (!string.Equals(StringValue(arguments[0].Expression), Category, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var checkId = StringValue(arguments[1].Expression) ?? "";
            var ruleId = checkId.Split(':', 2)[0].Trim().ToUpperInvariant();
            var justification = arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Justification")?.Expression;

            // A justification that is not a literal (a constant, a concatenation) still is a reason: keep its source text.
            var reason = justification is null ? null : SuppressionComments.CleanReason(StringValue(justification) ?? justification.ToString());
            yield return new Suppression(Line(attribute), ruleId, reason, span.FirstLine, span.EndLine, span.Symbol, SuppressionForm.Attribute);
        }
    }
}
