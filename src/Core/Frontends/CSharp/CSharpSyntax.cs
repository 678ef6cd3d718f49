using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FloeHarden.Core.Frontends.CSharp;

/// <summary>Small, allocation-light helpers over Roslyn syntax shared by the C# frontend.</summary>
internal static class CSharpSyntax
{
    // Positions through the tree's line table (a binary search, no allocation) rather than GetLocation().GetLineSpan(),
    // which allocates a Location and a path-carrying span per call. Same numbers: both are unmapped (#line is ignored).
    public static int Line(SyntaxNode node) => LineAt(node.SyntaxTree, node.SpanStart);

    public static int Line(SyntaxToken token) => LineAt(token.SyntaxTree!, token.SpanStart);

    public static int Column(SyntaxNode node) => node.SyntaxTree.GetText().Lines.GetLinePosition(node.SpanStart).Character + 1;

    public static int EndLine(SyntaxNode node) => LineAt(node.SyntaxTree, node.Span.End);

    private static int LineAt(SyntaxTree tree, int position) => tree.GetText().Lines.IndexOf(position) + 1;

    /// <summary>The simple name of an invoked member: <c>Assert.AreEqual</c> → AreEqual, <c>x.Should&lt;T&gt;()</c> → Should.</summary>
    public static string? InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax b => b.Name.Identifier.ValueText,
        SimpleNameSyntax s => s.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The receiver expression of an invocation (<c>x</c> in <c>x.Foo()</c>), if it has one.</summary>
    public static ExpressionSyntax? Receiver(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax m ? m.Expression : null;

    /// <summary>The receiver as text when it is a plain (possibly qualified) name: Assert, Xunit.Assert, ClassicAssert.</summary>
    public static string? ReceiverName(InvocationExpressionSyntax invocation) => Receiver(invocation) switch
    {
        IdentifierNameSyntax i => i.Identifier.ValueText,
        MemberAccessExpressionSyntax m when IsQualifiedName(m) => m.Name.Identifier.ValueText,
        GenericNameSyntax g => g.Identifier.ValueText,
        PredefinedTypeSyntax p => p.Keyword.ValueText,
        _ => null,
    };

    private static bool IsQualifiedName(ExpressionSyntax e) => e switch
    {
        IdentifierNameSyntax or GenericNameSyntax => true,
        MemberAccessExpressionSyntax m => IsQualifiedName(m.Expression),
        AliasQualifiedNameSyntax => true,
        _ => false,
    };

    /// <summary>The leftmost identifier of a member chain: <c>result.Value.Items.Count</c> → result.</summary>
    public static string? RootIdentifier(ExpressionSyntax? expression)
    {
        while (expression is not null)
        {
            switch (expression)
            {
                case IdentifierNameSyntax id:
                    return id.Identifier.ValueText;
                case ThisExpressionSyntax:
                    return "this";
                case MemberAccessExpressionSyntax m when m.Expression is ThisExpressionSyntax:
                    return m.Name.Identifier.ValueText;
                case MemberAccessExpressionSyntax m:
                    expression = m.Expression;
                    break;
                case InvocationExpressionSyntax i:
                    expression = i.Expression;
                    break;
                case ElementAccessExpressionSyntax e:
                    expression = e.Expression;
                    break;
                case ConditionalAccessExpressionSyntax c:
                    expression = c.Expression;
                    break;
                case PostfixUnaryExpressionSyntax p:
                    expression = p.Operand;
                    break;
                case PrefixUnaryExpressionSyntax p:
                    expression = p.Operand;
                    break;
                case AwaitExpressionSyntax a:
                    expression = a.Expression;
                    break;
                case ParenthesizedExpressionSyntax p:
                    expression = p.Expression;
                    break;
                case CastExpressionSyntax c:
                    expression = c.Expression;
                    break;
                case BinaryExpressionSyntax b:
                    expression = b.Left;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>The variable an expression's value lands in: <c>var x = await foo.Bar()</c> → x; <c>_y = ...</c> → _y.</summary>
    public static string? AssignedTo(ExpressionSyntax expression)
    {
        SyntaxNode node = expression;
        while (node.Parent is AwaitExpressionSyntax or ParenthesizedExpressionSyntax or CastExpressionSyntax
               or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
        {
            node = node.Parent;
        }

        return node.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax v } => v.Identifier.ValueText,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax p } => p.Identifier.ValueText,
            AssignmentExpressionSyntax a when a.Right == node => RootIdentifier(a.Left),
            _ => null,
        };
    }

    public static string TypeName(TypeSyntax type) => type switch
    {
        GenericNameSyntax g => g.Identifier.ValueText,
        QualifiedNameSyntax q => TypeName(q.Right),
        AliasQualifiedNameSyntax a => TypeName(a.Name),
        NullableTypeSyntax n => TypeName(n.ElementType),
        SimpleNameSyntax s => s.Identifier.ValueText,
        PredefinedTypeSyntax p => p.Keyword.ValueText,
        ArrayTypeSyntax a => TypeName(a.ElementType) + "[]",
        _ => type.ToString(),
    };

    /// <summary>The first type argument as written: <c>Mock&lt;IOrderRepository&gt;</c> → IOrderRepository.</summary>
    public static string? FirstTypeArgument(SyntaxNode? node) => node switch
    {
        GenericNameSyntax g when g.TypeArgumentList.Arguments.Count > 0 => TypeName(g.TypeArgumentList.Arguments[0]),
        QualifiedNameSyntax q => FirstTypeArgument(q.Right),
        MemberAccessExpressionSyntax m => FirstTypeArgument(m.Name),
        _ => null,
    };

    public static string AttributeName(AttributeSyntax attribute)
    {
        var name = TypeName(attribute.Name);
        return name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > 9 ? name[..^9] : name;
    }

    public static string? StringValue(ExpressionSyntax? expression) => expression switch
    {
        LiteralExpressionSyntax l when l.IsKind(SyntaxKind.StringLiteralExpression) => l.Token.ValueText,
        LiteralExpressionSyntax l when l.IsKind(SyntaxKind.Utf8StringLiteralExpression) => l.Token.ValueText,
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } n => n.ArgumentList.Arguments.LastOrDefault()?.Expression.ToString(),
        _ => null,
    };

    public static bool IsLiteral(ExpressionSyntax? expression) => expression switch
    {
        LiteralExpressionSyntax => true,
        PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax } => true,
        ParenthesizedExpressionSyntax p => IsLiteral(p.Expression),
        _ => false,
    };

    public static bool IsNullLiteral(ExpressionSyntax? expression) => expression is LiteralExpressionSyntax l && l.IsKind(SyntaxKind.NullLiteralExpression);

    /// <summary>Whitespace-collapsed source text, truncated for messages.</summary>
    public static string Snippet(SyntaxNode node, int max = 140)
    {
        // Read off the source text (a parsed node's ToString() is the text of its span) without first copying the whole
        // node out: most snippets are cut long before the end of a test's lambda or object initialiser.
        var text = node.SyntaxTree.GetText();
        var span = node.Span;
        var builder = new System.Text.StringBuilder(Math.Min(span.Length, max + 1));
        var space = false;
        for (var i = span.Start; i < span.End; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
            if (builder.Length > max)
            {
                return builder.ToString(0, max) + "…";
            }
        }

        return builder.ToString();
    }
}
