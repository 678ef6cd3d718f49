using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FloeHarden.Core.Frontends.CSharp;

/// <summary>
/// Every node of a file below its root in document order — what <c>root.DescendantNodes()</c> yields — with where each
/// node's subtree ends, from the file's only Roslyn walk. A type's or member's nodes are the index range
/// <c>(i, End(i))</c>, so the type, each member and the file-wide facts read slices of one array instead of walking the
/// tree again each (docs/performance.md). The same walk reads the names that need the tokens or the enclosing types.
/// </summary>
internal sealed class CSharpFileNodes
{
    private readonly SyntaxNode[] _nodes;
    private readonly int[] _ends;

    public CSharpFileNodes(CompilationUnitSyntax root)
    {
        // Walk buffers are reused by the next file on the same thread; what is kept is copied out at exact size.
        var buffers = t_buffers ??= new Buffers();
        buffers.Clear();
        Walk(root, buffers);
        Count = buffers.Nodes.Count;
        _nodes = [.. buffers.Nodes];
        _ends = [.. buffers.Ends];
        ReferencedNames = [.. buffers.ReferencedNames];
        UsedNames = [.. buffers.UsedNames];
        buffers.Clear(); // no tree stays reachable from the thread
    }

    public int Count { get; }

    public SyntaxNode this[int index] => _nodes[index];

    /// <summary>The index just past the last descendant of the node at <paramref name="index"/>.</summary>
    public int End(int index) => _ends[index];

    /// <summary>
    /// The distinct identifiers the file mentions, in the order of the nodes whose direct child token they are (every
    /// identifier token is the direct child of some node).
    /// </summary>
    public ImmutableArray<string> ReferencedNames { get; }

    /// <summary>The distinct simple names the file uses, in order, except a type's own name inside that type.</summary>
    public ImmutableArray<string> UsedNames { get; }

    [ThreadStatic]
    private static Buffers? t_buffers;

    private static void Walk(CompilationUnitSyntax root, Buffers b)
    {
        // Pre-order with an explicit stack (deep expressions must not overflow the thread's stack). A node's entry is
        // followed by a close entry (Node null) that records where its subtree ends once its children are done; the
        // types whose close entries are pending are exactly the types enclosing the node being visited.
        PushChildren(root, b, tokens: false);
        while (b.Stack.Count > 0)
        {
            var (node, close) = b.Stack[^1];
            b.Stack.RemoveAt(b.Stack.Count - 1);
            if (node is null)
            {
                b.Ends[close] = b.Nodes.Count;
                if (b.Nodes[close] is BaseTypeDeclarationSyntax)
                {
                    b.EnclosingTypes.RemoveAt(b.EnclosingTypes.Count - 1);
                }

                continue;
            }

            var index = b.Nodes.Count;
            b.Nodes.Add(node);
            b.Ends.Add(0);
            if (node is SimpleNameSyntax simple)
            {
                var name = simple.Identifier.ValueText;
                if (!b.EnclosingTypes.Contains(name) && b.UsedSeen.Add(name))
                {
                    b.UsedNames.Add(name);
                }
            }

            b.Stack.Add((null, index));
            if (node is BaseTypeDeclarationSyntax type)
            {
                b.EnclosingTypes.Add(type.Identifier.ValueText);
            }

            PushChildren(node, b, tokens: true);
        }
    }

    private static void PushChildren(SyntaxNode node, Buffers b, bool tokens)
    {
        var first = b.Stack.Count;
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.AsNode() is { } childNode)
            {
                b.Stack.Add((childNode, 0));
            }
            else if (tokens && child.RawKind == (int)SyntaxKind.IdentifierToken && child.AsToken().ValueText is var name && b.ReferencedSeen.Add(name))
            {
                b.ReferencedNames.Add(name);
            }
        }

        b.Stack.Reverse(first, b.Stack.Count - first);
    }

    private sealed class Buffers
    {
        public List<SyntaxNode> Nodes { get; } = [];

        public List<int> Ends { get; } = [];

        public List<(SyntaxNode? Node, int Close)> Stack { get; } = [];

        public List<string> EnclosingTypes { get; } = [];

        public HashSet<string> ReferencedSeen { get; } = new(StringComparer.Ordinal);

        public List<string> ReferencedNames { get; } = [];

        public HashSet<string> UsedSeen { get; } = new(StringComparer.Ordinal);

        public List<string> UsedNames { get; } = [];

        public void Clear()
        {
            Nodes.Clear();
            Ends.Clear();
            Stack.Clear();
            EnclosingTypes.Clear();
            ReferencedSeen.Clear();
            ReferencedNames.Clear();
            UsedSeen.Clear();
            UsedNames.Clear();
        }
    }
}
