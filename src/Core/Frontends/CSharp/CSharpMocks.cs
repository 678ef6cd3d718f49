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
internal sealed class CSharpMocks(TypeDeclarationSyntax type, int typeIndex, CSharpFileNodes nodes)
{
    private static readonly FrozenSet<string> ConfigureVerbs = new[]
    {
        "Setup", "SetupGet", "SetupSet", "SetupSequence", "SetupProperty", "SetupAllProperties", "SetReturnsDefault", "Returns", "ReturnsAsync",
        "ReturnsForAnyArgs", "ReturnsNull", "ReturnsNullForAnyArgs", "ReturnsLazily", "Throws", "ThrowsAsync", "ThrowsForAnyArgs", "When", "WhenForAnyArgs",
        "Do", "Callback", "Invokes", "DoesNothing", "CallsBaseMethod", "CallsWrappedMethod", "Raise", "RaiseAsync", "Configure", "AssignsOutAndRefParameters",
        "Protected", "As", "CallBase", "To", "ReturnsNextFromSequence", "ReturnsForAll", "SetupAdd", "SetupRemove",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> VerifyVerbs = new[]
    {
        "Verify", "VerifyAll", "VerifyGet", "VerifySet", "VerifyNoOtherCalls", "VerifyAdd", "VerifyRemove", "Received", "DidNotReceive",
        "ReceivedWithAnyArgs", "DidNotReceiveWithAnyArgs", "MustHaveHappened", "MustHaveHappenedOnceExactly", "MustHaveHappenedOnceOrMore",
        "MustHaveHappenedTwiceExactly", "MustHaveHappenedANumberOfTimesMatching", "MustNotHaveHappened", "Invocations", "ReceivedCalls",
    }.ToFrozenSet();

    /// <summary>Verbs whose first argument is a lambda naming the member (Moq Setup/Verify, NSubstitute When).</summary>
    private static readonly FrozenSet<string> ExpectationVerbs = new[]
    {
        "Setup", "SetupGet", "SetupSet", "SetupSequence", "SetupProperty", "SetupAdd", "SetupRemove", "Verify", "VerifyGet", "VerifySet",
        "VerifyAdd", "VerifyRemove", "When", "WhenForAnyArgs",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> GlueCalls = new[] { "CallTo", "CallToSet", "InOrder", "Get", "GetCalls" }.ToFrozenSet();

    private static readonly FrozenSet<string> AssertReceivers = new[] { "Assert", "ClassicAssert", "CollectionAssert", "StringAssert" }.ToFrozenSet();

    // Keyed by the scope's span, not the node: hashing syntax nodes by identity showed up in the profile.
    private readonly Dictionary<(TextSpan Scope, string Name), MockFacts> _factsCache = [];

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
        var facts = new MockFacts { Traits = traits };
        if (variable is not null)
        {
            facts.Add(FactsOf(variable, scope));
        }
        else if (node.Parent is MemberAccessExpressionSyntax member && member.Expression == node)
        {
            // Substitute.For<IClock>().Now.Returns(...) or new Mock<T>().Object: used inline.
            Chain(node, facts);
        }

        return new MockUsage(Line(node), Column(node), library, mockedType, variable, facts.Traits, Snippet(node, 100))
        {
            ConfiguredMembers = [.. facts.Configured],
            VerifiedMembers = [.. facts.Verified],
        };
    }

    /// <summary>Whether a name holds a mock created with a library anywhere in the class.</summary>
    public bool IsMockVariable(string name) => (_mockVariables ??= MockVariables()).Contains(name);

    private HashSet<string>? _mockVariables;

    /// <summary>
    /// What a mock is used for: the member chain of every use of its name in the member that creates it or, for a field
    /// or property, in the whole class. Its uses are read off the class's slice of the file's nodes (a walk of the class
    /// per mock was once the largest single cost of the C# frontend, docs/performance.md).
    /// </summary>
    private MockFacts FactsOf(string variable, SyntaxNode scope)
    {
        var searchScope = IsMember(variable) ? type : scope;
        if (_factsCache.TryGetValue((searchScope.Span, variable), out var cached))
        {
            return cached;
        }

        var facts = new MockFacts();
        if (searchScope == type && IsExposed(variable))
        {
            facts.Traits |= MockTraits.Inspected;
        }

        var span = searchScope.Span;
        for (var child = typeIndex + 1; child < nodes.End(typeIndex); child = nodes.End(child))
        {
            // Nothing below a node lies outside its span: the class's other members are stepped over whole.
            var childSpan = nodes[child].Span;
            if (childSpan.End < span.Start || childSpan.Start > span.End)
            {
                continue;
            }

            for (var i = child; i < nodes.End(child); i++)
            {
                if (nodes[i] is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == variable && span.Contains(identifier.Span))
                {
                    Chain(identifier, facts);
                }
            }
        }

        _factsCache[(searchScope.Span, variable)] = facts;
        return facts;
    }

    /// <summary>Whether a name is a field or property of the class.</summary>
    private bool IsMember(string name) => Member(name) is not null;

    /// <summary>The field or property of the class named <paramref name="name"/>, if any.</summary>
    private MemberDeclarationSyntax? Member(string name)
    {
        foreach (var member in type.Members)
        {
            switch (member)
            {
                case FieldDeclarationSyntax f:
                    foreach (var v in f.Declaration.Variables)
                    {
                        if (v.Identifier.ValueText == name)
                        {
                            return f;
                        }
                    }

                    break;
                case PropertyDeclarationSyntax p when p.Identifier.ValueText == name:
                    return p;
            }
        }

        return null;
    }

    /// <summary>
    /// A mock controller the class hands out (a public, internal or protected <c>Mock&lt;T&gt;</c> or <c>Fake&lt;T&gt;</c>
    /// field or property): a mock holder's <c>public Mock&lt;IStore&gt; Store { get; }</c>, a base test class's
    /// <c>protected Mock&lt;IRepo&gt; Repo</c>. A controller exists to be set up and verified, and the classes it is handed
    /// to do that where this class cannot see. (A substitute handed out as its interface is used, not configured, by
    /// whoever receives it: that one is still judged here.)
    /// </summary>
    private bool IsExposed(string name)
    {
        var (member, declared) = Member(name) switch
        {
            FieldDeclarationSyntax f => (f, f.Declaration.Type),
            PropertyDeclarationSyntax p => ((MemberDeclarationSyntax?)p, p.Type),
            _ => (null, null),
        };
        return member is not null && RightmostName(declared!) is GenericNameSyntax { Identifier.ValueText: "Mock" or "Fake" }
               && member.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword));
    }

    /// <summary>The variables that hold library mocks anywhere in the class.</summary>
    private HashSet<string> MockVariables()
    {
        var variables = new HashSet<string>(StringComparer.Ordinal);
        for (var i = typeIndex + 1; i < nodes.End(typeIndex); i++)
        {
            var node = nodes[i];
            if ((node is ObjectCreationExpressionSyntax o && RightmostName(o.Type) is GenericNameSyntax { Identifier.ValueText: "Mock" or "Fake" })
                || (node is InvocationExpressionSyntax inv && ReceiverName(inv) is "Mock" or "Substitute" or "A" && InvokedName(inv) is "Of" or "For" or "ForPartsOf" or "Fake")
                || (node is ImplicitObjectCreationExpressionSyntax ic && RightmostName(DeclaredType(ic)) is GenericNameSyntax { Identifier.ValueText: "Mock" }))
            {
                if (AssignedTo((ExpressionSyntax)node) is { } variable)
                {
                    variables.Add(variable);
                }
            }
        }

        return variables;
    }

    /// <summary>
    /// Whether an invocation only describes a call to a mock — it sits in the lambda of <c>Setup</c>, <c>Verify</c>,
    /// <c>When</c>, <c>A.CallTo</c> or <c>Received.InOrder</c> — rather than being a call the test makes.
    /// </summary>
    public static bool IsExpectation(InvocationExpressionSyntax invocation)
    {
        for (SyntaxNode? node = invocation.Parent; node is not null and not MemberDeclarationSyntax; node = node.Parent)
        {
            if (node is LambdaExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } }
                && InvokedName(call) is { } name && (ExpectationVerbs.Contains(name) || name is "CallTo" or "CallToSet" or "InOrder"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What the member chain a mock reference starts does with it — configure, verify, or inspect — and which members:
    /// the lambda of Setup/Verify/When (Moq), the member called before Returns/MustHaveHappened (NSubstitute, FakeItEasy),
    /// or the member called after Received()/DidNotReceive() (NSubstitute).
    /// </summary>
    private static void Chain(SyntaxNode start, MockFacts facts)
    {
        string? pending = null;
        var expectVerified = false;
        var node = start;
        for (var guard = 0; guard < 64 && node.Parent is { } parent; guard++)
        {
            switch (parent)
            {
                case MemberAccessExpressionSyntax m when m.Expression == node:
                    Member(m.Name.Identifier.ValueText, m.Parent as InvocationExpressionSyntax);
                    node = parent;
                    continue;
                case MemberBindingExpressionSyntax b:
                    Member(b.Name.Identifier.ValueText, b.Parent as InvocationExpressionSyntax);
                    node = parent;
                    continue;
                case InvocationExpressionSyntax or ConditionalAccessExpressionSyntax or AwaitExpressionSyntax or ParenthesizedExpressionSyntax
                    or PostfixUnaryExpressionSyntax:
                    node = parent;
                    continue;
                case CastExpressionSyntax cast when cast.Expression == node:
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AsExpression) && binary.Left == node:
                    // ((IDisposable)strategy).Received(1).Dispose(), (strategy as IDisposable)!.Received(): the same mock, seen as
                    // another of its interfaces (NSubstitute's For<T1, T2>).
                    node = parent;
                    continue;
                case LambdaExpressionSyntax or ArgumentSyntax or ArgumentListSyntax:
                    {
                        // Into A.CallTo(() => fake.X()), Received.InOrder(() => ...), Mock.Get(x); or an assertion's argument.
                        var call = parent.FirstAncestorOrSelf<InvocationExpressionSyntax>();
                        if (call is null)
                        {
                            return;
                        }

                        if (ReceiverName(call) is { } r && AssertReceivers.Contains(r))
                        {
                            facts.Traits |= MockTraits.Inspected;
                            return;
                        }

                        if (InvokedName(call) is { } n && GlueCalls.Contains(n))
                        {
                            if (n == "InOrder")
                            {
                                facts.Traits |= MockTraits.Verified;
                                facts.AddVerified(pending);
                            }

                            node = call;
                            continue;
                        }

                        return;
                    }

                default:
                    return;
            }
        }

        void Member(string name, InvocationExpressionSyntax? invocation)
        {
            var verb = Verb(name);
            facts.Traits |= verb;
            switch (verb)
            {
                case MockTraits.None when expectVerified && name != "Object":
                    facts.AddVerified(name);
                    expectVerified = false;
                    break;
                case MockTraits.None when name != "Object":
                    pending ??= name;
                    break;
                case MockTraits.Configured:
                    facts.AddConfigured(ExpectationVerbs.Contains(name) ? LambdaMember(invocation) ?? pending : pending);
                    break;
                case MockTraits.Verified when name is "Received" or "DidNotReceive" or "ReceivedWithAnyArgs" or "DidNotReceiveWithAnyArgs" && pending is null:
                    expectVerified = true;
                    break;
                case MockTraits.Verified when name is "VerifyAll" or "Invocations" or "ReceivedCalls" || (name == "Verify" && invocation?.ArgumentList.Arguments.Count == 0):
                    facts.AddVerified(MockUsage.AllMembers);
                    break;
                case MockTraits.Verified when name != "VerifyNoOtherCalls":
                    facts.AddVerified(ExpectationVerbs.Contains(name) ? LambdaMember(invocation) ?? pending : pending);
                    break;
            }
        }
    }

    /// <summary>The member a Setup/Verify/When lambda names: <c>x =&gt; x.Inner.SaveAsync(…)</c> → SaveAsync, <c>x =&gt; x.Name = "a"</c> → Name.</summary>
    private static string? LambdaMember(InvocationExpressionSyntax? invocation)
    {
        if (invocation?.ArgumentList.Arguments.FirstOrDefault()?.Expression is not LambdaExpressionSyntax lambda)
        {
            return null;
        }

        var body = lambda.ExpressionBody;
        while (body is AwaitExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            body = body is AwaitExpressionSyntax a ? a.Expression : ((ParenthesizedExpressionSyntax)body).Expression;
        }

        return body switch
        {
            InvocationExpressionSyntax i => InvokedName(i),
            MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
            AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax left } => left.Name.Identifier.ValueText,
            _ => null,
        };
    }

    /// <summary>Traits and member names found for one mock; shared by every mock creation assigned to the same name.</summary>
    private sealed class MockFacts
    {
        public MockTraits Traits { get; set; }

        public List<string> Configured { get; } = [];

        public List<string> Verified { get; } = [];

        public void AddConfigured(string? member)
        {
            if (member is not null && !Configured.Contains(member))
            {
                Configured.Add(member);
            }
        }

        public void AddVerified(string? member)
        {
            if (member is not null && !Verified.Contains(member))
            {
                Verified.Add(member);
            }
        }

        public void Add(MockFacts other)
        {
            Traits |= other.Traits;
            other.Configured.ForEach(AddConfigured);
            other.Verified.ForEach(AddVerified);
        }
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
