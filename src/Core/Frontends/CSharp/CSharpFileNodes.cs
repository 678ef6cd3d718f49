using System.Collections.Frozen;
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
/// The arrays are the thread's, reused file after file: dispose the instance before the thread walks another file.
/// </summary>
internal sealed class CSharpFileNodes : IDisposable
{
    [ThreadStatic]
    private static Buffers? t_buffers;

    private readonly Buffers _buffers;

    public CSharpFileNodes(CompilationUnitSyntax root)
    {
        _buffers = t_buffers ??= new Buffers();
        _buffers.Clear();
        Walk(root, _buffers);
        ReferencedNames = [.. _buffers.ReferencedNames];
        ResolvedTypes = _buffers.ResolvedTypes.Count == 0 ? [] : [.. _buffers.ResolvedTypes];
        AssemblyOfTypes = _buffers.AssemblyOfTypes.Count == 0 ? [] : [.. _buffers.AssemblyOfTypes];
    }

    public int Count => _buffers.Nodes.Count;

    public SyntaxNode this[int index] => _buffers.Nodes[index];

    /// <summary>The index just past the last descendant of the node at <paramref name="index"/>.</summary>
    public int End(int index) => _buffers.Ends[index];

    /// <summary>
    /// The distinct simple names the file uses (type uses, calls, member accesses, attributes, <c>nameof</c>), in order: not
    /// the names its declarations give, nor a type's own name inside that type — so a type or method declared again
    /// elsewhere under the same name is not a use of it.
    /// </summary>
    public ImmutableArray<string> ReferencedNames { get; }

    /// <summary>Types asked of a runtime or container by type argument (<c>GetGrain&lt;IEchoGrain&gt;()</c>, <c>GetRequiredService&lt;IFoo&gt;()</c>), distinct.</summary>
    public ImmutableArray<string> ResolvedTypes { get; }

    /// <summary>Types whose assembly the file takes: <c>typeof(AComponent).Assembly</c>, <c>typeof(T).GetTypeInfo().Assembly</c>, distinct.</summary>
    public ImmutableArray<string> AssemblyOfTypes { get; }

    /// <summary>Lets go of the file's nodes: no tree stays reachable from the thread.</summary>
    public void Dispose() => _buffers.Clear();

    /// <summary>Generic methods that hand out an implementation of their type argument found by the runtime or container.</summary>
    private static readonly FrozenSet<string> ResolveVerbs = new[]
    {
        "GetGrain", "GetService", "GetRequiredService", "GetServices", "GetKeyedService", "GetRequiredKeyedService", "GetKeyedServices",
        "Resolve", "ResolveAll", "ResolveKeyed", "GetInstance", "GetAllInstances",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A segment of a namespace's name — in <c>using Microsoft.AspNetCore.Authorization.Infrastructure;</c> or
    /// <c>namespace Shop.Testing;</c> — names no type: a fixture class <c>Infrastructure</c> elsewhere is not what the file uses.
    /// The type a <c>using static</c> or an alias names is a reference.
    /// </summary>
    private static bool NamesANamespace(SyntaxNode node)
    {
        var parent = node.Parent;
        while (parent is QualifiedNameSyntax)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            UsingDirectiveSyntax directive => directive.StaticKeyword.RawKind == 0 && directive.Alias is null,
            BaseNamespaceDeclarationSyntax => true,
            _ => false,
        };
    }

    private static void Walk(CompilationUnitSyntax root, Buffers b)
    {
        // Pre-order with an explicit stack (deep expressions must not overflow the thread's stack). A node's entry is
        // followed by a close entry (Node null) that records where its subtree ends once its children are done; the
        // types whose close entries are pending are exactly the types enclosing the node being visited.
        PushChildren(root, b);
        while (b.Stack.Count > 0)
        {
            var (node, close, isType) = b.Stack[^1];
            b.Stack.RemoveAt(b.Stack.Count - 1);
            if (node is null)
            {
                b.Ends[close] = b.Nodes.Count;
                if (isType)
                {
                    b.EnclosingTypes.RemoveAt(b.EnclosingTypes.Count - 1);
                }

                continue;
            }

            var index = b.Nodes.Count;
            b.Nodes.Add(node);
            b.Ends.Add(0);

            // Sealed types and kinds: testing every node against an abstract class costs a walk up the class hierarchy.
            if (node is IdentifierNameSyntax or GenericNameSyntax)
            {
                var name = ((SimpleNameSyntax)node).Identifier.ValueText;
                if (!b.EnclosingTypes.Contains(name) && !NamesANamespace(node) && b.ReferencedSeen.Add(name))
                {
                    b.ReferencedNames.Add(name);
                }

                if (node is GenericNameSyntax { TypeArgumentList.Arguments.Count: > 0 } generic && ResolveVerbs.Contains(name)
                    && CSharpSyntax.TypeName(generic.TypeArgumentList.Arguments[0]) is var resolved && !b.ResolvedTypes.Contains(resolved))
                {
                    b.ResolvedTypes.Add(resolved);
                }

                if (name == "Assembly" && AssemblyOf(node) is { } assemblyOf && !b.AssemblyOfTypes.Contains(assemblyOf))
                {
                    b.AssemblyOfTypes.Add(assemblyOf);
                }
            }
            else if (node.RawKind == (int)SyntaxKind.StringLiteralExpression && node.Parent is AttributeArgumentSyntax
                     && TypeNameIn(((LiteralExpressionSyntax)node).Token.ValueText) is { } named && b.ReferencedSeen.Add(named))
            {
                b.ReferencedNames.Add(named); // [XunitTestCaseDiscoverer("Tests.SkippableFactDiscoverer", "Tests")] names a type
            }

            var type = SyntaxFacts.IsTypeDeclaration((SyntaxKind)node.RawKind) ? node as BaseTypeDeclarationSyntax : null;
            b.Stack.Add((null, index, type is not null));
            if (type is not null)
            {
                b.EnclosingTypes.Add(type.Identifier.ValueText);
            }

            PushChildren(node, b);
        }
    }

    /// <summary>The type of <c>typeof(T).Assembly</c> or <c>typeof(T).GetTypeInfo().Assembly</c>, at its <c>Assembly</c> name.</summary>
    private static string? AssemblyOf(SyntaxNode name) => name.Parent is MemberAccessExpressionSyntax access && access.Name == name
        ? access.Expression switch
        {
            TypeOfExpressionSyntax typeOf => CSharpSyntax.TypeName(typeOf.Type),
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetTypeInfo", Expression: TypeOfExpressionSyntax typeOf } } => CSharpSyntax.TypeName(typeOf.Type),
            _ => null,
        }
        : null;

    private static void PushChildren(SyntaxNode node, Buffers b)
    {
        var first = b.Stack.Count;
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.AsNode() is { } childNode)
            {
                b.Stack.Add((childNode, 0, false));
            }
        }

        b.Stack.Reverse(first, b.Stack.Count - first);
    }

    /// <summary>The last segment of a dotted, type-like name (<c>Tests.Support.Discoverer</c>), or null for other text.</summary>
    private static string? TypeNameIn(string text)
    {
        var dot = text.LastIndexOf('.');
        if (dot <= 0 || dot == text.Length - 1 || !SyntaxFacts.IsValidIdentifier(text[(dot + 1)..]))
        {
            return null;
        }

        foreach (var part in text.AsSpan(0, dot).Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(text[part]))
            {
                return null;
            }
        }

        return text[(dot + 1)..];
    }

    private sealed class Buffers
    {
        public List<SyntaxNode> Nodes { get; } = [];

        public List<int> Ends { get; } = [];

        public List<(SyntaxNode? Node, int Close, bool IsType)> Stack { get; } = [];

        public List<string> EnclosingTypes { get; } = [];

        public HashSet<string> ReferencedSeen { get; } = new(StringComparer.Ordinal);

        public List<string> ReferencedNames { get; } = [];

        public List<string> ResolvedTypes { get; } = [];

        public List<string> AssemblyOfTypes { get; } = [];

        public void Clear()
        {
            Nodes.Clear();
            Ends.Clear();
            Stack.Clear();
            EnclosingTypes.Clear();
            ReferencedSeen.Clear();
            ReferencedNames.Clear();
            ResolvedTypes.Clear();
            AssemblyOfTypes.Clear();
        }
    }
}
