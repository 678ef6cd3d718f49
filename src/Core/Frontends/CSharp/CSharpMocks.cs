using System.Collections.Frozen;
using FloeHarden.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using static FloeHarden.Core.Frontends.CSharp.CSharpSyntax;

namespace FloeHarden.Core.Frontends.CSharp;

/// <summary>
/// Recognises mock creations of Moq, NSubstitute and FakeItEasy, and works out, across the whole class, whether each
/// mock is configured, verified or inspected (fields are set up in constructors and verified in tests).
/// </summary>
internal sealed class CSharpMocks(TypeDeclarationSyntax type)
{
    private static readonly FrozenSet<string> ConfigureVerbs = new[]
    {
        "Setup", "SetupGet", "SetupSet", "SetupSequence", "SetupProperty", "SetupAllProperties", "SetReturnsDefault", "Returns", "ReturnsAsync",
        "ReturnsForAnyArgs", "ReturnsNull", "ReturnsNullForAnyArgs", "ReturnsLazily", "Throws", "ThrowsAsync", "ThrowsForAnyArgs", "When", "WhenForAnyArgs",
        "Do", "Callback", "Invokes", "DoesNothing", "CallsBaseMethod", "CallsWrappedMethod", "Raise", "Configure", "AssignsOutAndRefParameters",
        "Protected", "As", "CallBase", "To", "ReturnsNextFromSequence", "ReturnsForAll", "SetupAdd", "SetupRemove",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> VerifyVerbs = new[]
    {
        "Verify", "VerifyAll", "VerifyGet", "VerifySet", "VerifyNoOtherCalls", "VerifyAdd", "VerifyRemove", "Received", "DidNotReceive",
        "ReceivedWithAnyArgs", "DidNotReceiveWithAnyArgs", "MustHaveHappened", "MustHaveHappenedOnceExactly", "MustHaveHappenedOnceOrMore",
        "MustHaveHappenedTwiceExactly", "MustHaveHappenedANumberOfTimesMatching", "MustNotHaveHappened", "Invocations", "ReceivedCalls",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> GlueCalls = new[] { "CallTo", "CallToSet", "InOrder", "Get", "GetCalls" }.ToFrozenSet();

    private static readonly FrozenSet<string> AssertReceivers = new[] { "Assert", "ClassicAssert", "CollectionAssert", "StringAssert" }.ToFrozenSet();

    private readonly HashSet<string> _members = type.Members
        .SelectMany(m => m switch
        {
            FieldDeclarationSyntax f => f.Declaration.Variables.Select(v => v.Identifier.ValueText),
            PropertyDeclarationSyntax p => [p.Identifier.ValueText],
            _ => [],
        })
        .ToHashSet(StringComparer.Ordinal);

    // Keyed by the scope's span, not the node: hashing syntax nodes by identity showed up in the profile.
    private readonly Dictionary<(TextSpan Scope, string Name), MockTraits> _traitCache = [];

    /// <summary>The mock a node creates, or null. <paramref name="scope"/> is the member the node sits in.</summary>
    public MockUsage? Recognise(SyntaxNode node, SyntaxNode scope)
    {
        string? library = null, mockedType = null;
        var traits = MockTraits.None;
        switch (node)
        {
            case ObjectCreationExpressionSyntax creation when RightmostName(creation.Type) is GenericNameSyntax { Identifier.ValueText: "Mock" or "Fake" } g:
                library = g.Identifier.ValueText == "Mock" ? "Moq" : "FakeItEasy";
                mockedType = FirstTypeArgument(g);
                if (creation.Initializer?.Expressions.Any(e => e.ToString().Replace(" ", "") is "CallBase=true") == true)
                {
                    traits |= MockTraits.Partial;
                }

                break;
            case ImplicitObjectCreationExpressionSyntax implicitCreation when RightmostName(DeclaredType(implicitCreation)) is GenericNameSyntax { Identifier.ValueText: "Mock" } g:
                library = "Moq";
                mockedType = FirstTypeArgument(g);
                break;
            case InvocationExpressionSyntax invocation:
                {
                    var name = InvokedName(invocation);
                    var receiver = ReceiverName(invocation);
                    var generic = invocation.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax gn } ? gn : null;
                    (library, mockedType, traits) = (receiver, name) switch
                    {
                        ("Mock", "Of") => ("Moq", FirstTypeArgument(generic), invocation.ArgumentList.Arguments.Count > 0 ? MockTraits.Configured : MockTraits.None),
                        ("Substitute", "For") => ("NSubstitute", FirstTypeArgument(generic), MockTraits.None),
                        ("Substitute", "ForPartsOf" or "ForTypeForwardingTo") => ("NSubstitute", FirstTypeArgument(generic), MockTraits.Partial),
                        ("A", "Fake") => ("FakeItEasy", FirstTypeArgument(generic),
                            invocation.ArgumentList.ToString().Contains("CallsBaseMethods", StringComparison.Ordinal) ? MockTraits.Partial : MockTraits.None),
                        (_, "Create") when receiver?.Contains("MockRepository", StringComparison.OrdinalIgnoreCase) == true
                            || RootIdentifier(Receiver(invocation))?.Contains("mockRepository", StringComparison.OrdinalIgnoreCase) == true
                            => ("Moq", FirstTypeArgument(generic), MockTraits.None),
                        _ => (null, null, MockTraits.None),
                    };
                    break;
                }
        }

        if (library is null)
        {
            return null;
        }

        var expression = (ExpressionSyntax)node;
        var variable = AssignedTo(expression);
        if (variable is not null)
        {
            traits |= TraitsOf(variable, scope);
        }
        else if (node.Parent is MemberAccessExpressionSyntax member && member.Expression == node)
        {
            // Substitute.For<IClock>().Now.Returns(...) or new Mock<T>().Object: used inline.
            traits |= ChainTraits(node);
        }

        return new MockUsage(Line(node), Column(node), library, mockedType, variable, traits, Snippet(node, 100));
    }

    /// <summary>Whether a name holds a mock created with a library anywhere in the class.</summary>
    public bool IsMockVariable(string name) => _index.Value.MockVariables.Contains(name);

    private MockTraits TraitsOf(string variable, SyntaxNode scope)
    {
        var searchScope = _members.Contains(variable) ? type : scope;
        if (_traitCache.TryGetValue((searchScope.Span, variable), out var cached))
        {
            return cached;
        }

        var traits = MockTraits.None;
        if (_index.Value.Identifiers.TryGetValue(variable, out var uses))
        {
            var span = searchScope.Span;
            foreach (var identifier in uses)
            {
                if (span.Contains(identifier.Span))
                {
                    traits |= ChainTraits(identifier);
                }
            }
        }

        _traitCache[(searchScope.Span, variable)] = traits;
        return traits;
    }

    /// <summary>
    /// Every identifier of the class by name, and the variables that hold library mocks, from one walk of the class:
    /// looking a mock's uses up here replaced a walk of the whole class per mock, the largest single cost of the C#
    /// frontend in the profile (docs/performance.md).
    /// </summary>
    private readonly Lazy<(Dictionary<string, List<IdentifierNameSyntax>> Identifiers, HashSet<string> MockVariables)> _index = new(() =>
    {
        var identifiers = new Dictionary<string, List<IdentifierNameSyntax>>(StringComparer.Ordinal);
        var mockVariables = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in type.DescendantNodes())
        {
            if (node is IdentifierNameSyntax identifier)
            {
                var name = identifier.Identifier.ValueText;
                if (!identifiers.TryGetValue(name, out var list))
                {
                    identifiers[name] = list = [];
                }

                list.Add(identifier);
            }
            else if ((node is ObjectCreationExpressionSyntax o && RightmostName(o.Type) is GenericNameSyntax { Identifier.ValueText: "Mock" or "Fake" })
                     || (node is InvocationExpressionSyntax i && ReceiverName(i) is "Mock" or "Substitute" or "A" && InvokedName(i) is "Of" or "For" or "ForPartsOf" or "Fake")
                     || (node is ImplicitObjectCreationExpressionSyntax ic && RightmostName(DeclaredType(ic)) is GenericNameSyntax { Identifier.ValueText: "Mock" }))
            {
                if (AssignedTo((ExpressionSyntax)node) is { } variable)
                {
                    mockVariables.Add(variable);
                }
            }
        }

        return (identifiers, mockVariables);
    });

    /// <summary>What the member chain a mock reference starts does with it: configure, verify, or inspect.</summary>
    private static MockTraits ChainTraits(SyntaxNode start)
    {
        var traits = MockTraits.None;
        var node = start;
        for (var guard = 0; guard < 64 && node.Parent is { } parent; guard++)
        {
            switch (parent)
            {
                case MemberAccessExpressionSyntax m when m.Expression == node:
                    traits |= Verb(m.Name.Identifier.ValueText);
                    node = parent;
                    continue;
                case MemberBindingExpressionSyntax b:
                    traits |= Verb(b.Name.Identifier.ValueText);
                    node = parent;
                    continue;
                case InvocationExpressionSyntax or ConditionalAccessExpressionSyntax or AwaitExpressionSyntax or ParenthesizedExpressionSyntax
                    or PostfixUnaryExpressionSyntax:
                    node = parent;
                    continue;
                case LambdaExpressionSyntax or ArgumentSyntax or ArgumentListSyntax:
                    {
                        // Into A.CallTo(() => fake.X()), Received.InOrder(() => ...), Mock.Get(x); or an assertion's argument.
                        var call = parent.FirstAncestorOrSelf<InvocationExpressionSyntax>();
                        if (call is null)
                        {
                            return traits;
                        }

                        if (ReceiverName(call) is { } r && AssertReceivers.Contains(r))
                        {
                            return traits | MockTraits.Inspected;
                        }

                        if (InvokedName(call) is { } n && GlueCalls.Contains(n))
                        {
                            traits |= n == "InOrder" ? MockTraits.Verified : MockTraits.None;
                            node = call;
                            continue;
                        }

                        return traits;
                    }

                default:
                    return traits;
            }
        }

        return traits;
    }

    private static MockTraits Verb(string name) =>
        ConfigureVerbs.Contains(name) ? MockTraits.Configured
        : VerifyVerbs.Contains(name) ? MockTraits.Verified
        : name.StartsWith("Should", StringComparison.Ordinal) ? MockTraits.Inspected
        : MockTraits.None;

    private static TypeSyntax? RightmostName(TypeSyntax? type) => type is QualifiedNameSyntax q ? q.Right : type is AliasQualifiedNameSyntax a ? a.Name : type;

    private static TypeSyntax? DeclaredType(ImplicitObjectCreationExpressionSyntax creation) => creation.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax d } } => d.Type,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax p } => p.Type,
        _ => null,
    };
}
