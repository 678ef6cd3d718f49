using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using FloeHarden.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using static FloeHarden.Core.Frontends.CSharp.CSharpSyntax;

namespace FloeHarden.Core.Frontends.CSharp;

/// <summary>File-wide facts: string literals with their context, config defaults, and mock fallbacks.</summary>
internal sealed partial class CSharpFileFacts(CSharpFileNodes nodes)
{
    private static readonly string[] AvailabilityWords =
    [
        "available", "reachable", "canconnect", "isrunning", "isup", "ping", "healthy", "isalive", "alive", "connected", "online",
        "usemock", "usefake", "use_mock", "use_fake", "mockmode", "fakemode", "offline", "ci", "dockeravailable", "hascluster",
    ];

    public ImmutableArray<LiteralValue> Literals()
    {
        var result = ImmutableArray.CreateBuilder<LiteralValue>();
        for (var n = 0; n < nodes.Count; n++)
        {
            if (nodes[n] is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            var value = literal.Token.ValueText;
            if (value.Length is < 2 or > 300 || literal.FirstAncestorOrSelf<AttributeSyntax>() is not null)
            {
                continue;
            }

            var context = value.AsSpan().IndexOfAny(':', '=') >= 0 ? DataRole(literal) ?? ContextOf(literal) : ContextOf(literal);
            result.Add(new LiteralValue(Line(literal), value, context));
        }

        return result.ToImmutable();
    }

    private static readonly FrozenSet<string> AssertReceivers = new[] { "Assert", "ClassicAssert", "StringAssert", "CollectionAssert", "Verify" }.ToFrozenSet();

    /// <summary>Calls that put an address on the wire: a literal given to one is a place to connect to, even inside an assertion.</summary>
    private static readonly FrozenSet<string> ConnectingCalls = new[]
    {
        "GetAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync", "SendAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync",
        "GetFromJsonAsync", "PostAsJsonAsync", "PutAsJsonAsync", "Connect", "ConnectAsync", "Open", "OpenAsync", "Create", "ForAddress",
        "DownloadString", "DownloadStringTaskAsync", "GetHostEntry", "GetHostAddresses", "GetHostEntryAsync", "GetHostAddressesAsync",
    }.ToFrozenSet();

    /// <summary>
    /// Whether a literal is test data where it stands (see <c>Endpoints.IsTestData</c>) and which kind: a row of a data-driven
    /// test (a TheoryData, MemberData or TestCaseSource member, a ClassData type), a value compared in an assertion (unless it
    /// goes through a call that connects on the way: <c>Assert.Equal("ok", await http.GetStringAsync("http://localhost/"))</c>),
    /// the input of a <c>Parse</c> function that is not handed on, or a dictionary key or index.
    /// </summary>
    private static string? DataRole(LiteralExpressionSyntax literal)
    {
        SyntaxNode child = literal;
        for (var node = literal.Parent; node is not null; child = node, node = node.Parent)
        {
            switch (node)
            {
                case ArgumentSyntax { Parent: BracketedArgumentListSyntax } when child == literal:
                    return node.Parent!.Parent is ElementAccessExpressionSyntax or ImplicitElementAccessSyntax ? "(key)" : null;
                case InvocationExpressionSyntax invocation:
                    {
                        var name = InvokedName(invocation);
                        if (name is null)
                        {
                            break;
                        }

                        if (IsAssertion(invocation, name))
                        {
                            return "(asserted)";
                        }

                        if (child is ArgumentListSyntax && ConnectingCalls.Contains(name))
                        {
                            return null;
                        }

                        if (child is ArgumentListSyntax && (name.StartsWith("Parse", StringComparison.Ordinal) || name.StartsWith("TryParse", StringComparison.Ordinal))
                            && !IsHandedOn(invocation))
                        {
                            return "(parsed)";
                        }

                        break;
                    }

                case BaseObjectCreationExpressionSyntax creation when RowType(creation switch
                {
                    ObjectCreationExpressionSyntax o => o.Type,
                    _ => null,
                }):
                    return "(row)";
                case AnonymousFunctionExpressionSyntax:
                    return RowMember(node);
                case StatementSyntax or MemberDeclarationSyntax:
                    return RowMember(node);
            }
        }

        return null;
    }

    /// <summary>The literal sits in a member that holds a data-driven test's rows, or in a ClassData type.</summary>
    private static string? RowMember(SyntaxNode node)
    {
        var member = node as MemberDeclarationSyntax ?? node.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        var type = member switch
        {
            MethodDeclarationSyntax m => m.ReturnType,
            PropertyDeclarationSyntax p => p.Type,
            FieldDeclarationSyntax f => f.Declaration.Type,
            _ => null,
        };
        if (RowType(type))
        {
            return "(row)";
        }

        return member?.FirstAncestorOrSelf<TypeDeclarationSyntax>()?.BaseList?.Types.Any(t => RowType(t.Type)) == true ? "(row)" : null;
    }

    private static bool RowType(TypeSyntax? type)
    {
        if (type is null)
        {
            return false;
        }

        var text = type.ToString();
        return text.Contains("TheoryData", StringComparison.Ordinal) || text.Contains("TestCaseData", StringComparison.Ordinal)
               || text.Contains("object[]", StringComparison.Ordinal) || text.Contains("object?[]", StringComparison.Ordinal);
    }

    /// <summary>An assertion: Assert.*, Shouldly's <c>ShouldBe</c>, FluentAssertions' <c>x.Should().Be(…)</c>.</summary>
    private static bool IsAssertion(InvocationExpressionSyntax invocation, string name)
    {
        if (name.StartsWith("Should", StringComparison.Ordinal) || (ReceiverName(invocation) is { } receiver && AssertReceivers.Contains(receiver)
                                                                     && name is not ("Skip" or "SkipWhen" or "SkipUnless" or "Inconclusive" or "Ignore")))
        {
            return true;
        }

        var expression = invocation.Expression;
        for (var depth = 0; depth < 8 && expression is MemberAccessExpressionSyntax access; depth++)
        {
            expression = access.Expression;
            if (expression is InvocationExpressionSyntax inner)
            {
                if (InvokedName(inner) is { } innerName && innerName.StartsWith("Should", StringComparison.Ordinal))
                {
                    return true;
                }

                expression = inner.Expression;
            }
        }

        return false;
    }

    /// <summary>A call whose result goes straight into another call (not an assertion): <c>Connect(ConfigurationOptions.Parse("…"))</c>.</summary>
    private static bool IsHandedOn(InvocationExpressionSyntax invocation)
    {
        SyntaxNode node = invocation;
        while (node.Parent is ParenthesizedExpressionSyntax or AwaitExpressionSyntax)
        {
            node = node.Parent;
        }

        return node.Parent is ArgumentSyntax { Parent.Parent: var call } && !(call is InvocationExpressionSyntax i && InvokedName(i) is { } name && IsAssertion(i, name));
    }

    /// <summary>The name a literal is given to: the variable, property, parameter, named argument, dictionary key or called method.</summary>
    private static string? ContextOf(ExpressionSyntax literal)
    {
        SyntaxNode node = literal;
        while (node.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression or (int)SyntaxKind.AddExpression } or ParenthesizedExpressionSyntax or InterpolationSyntax)
        {
            node = node.Parent;
        }

        switch (node.Parent)
        {
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax v }:
                return v.Identifier.ValueText;
            case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax p }:
                return p.Identifier.ValueText;
            case EqualsValueClauseSyntax { Parent: ParameterSyntax p }:
                return p.Identifier.ValueText;
            case AssignmentExpressionSyntax a:
                return a.Left switch
                {
                    ImplicitElementAccessSyntax e => StringValue(e.ArgumentList.Arguments.FirstOrDefault()?.Expression),
                    ElementAccessExpressionSyntax e => StringValue(e.ArgumentList.Arguments.FirstOrDefault()?.Expression),
                    _ => LastName(a.Left),
                };
            case ArgumentSyntax arg:
                if (arg.NameColon is { } nameColon)
                {
                    return nameColon.Name.Identifier.ValueText;
                }

                if (arg.Parent is ArgumentListSyntax { Parent: InvocationExpressionSyntax call } list)
                {
                    // Uri.TryCreate("…"), Uri.IsWellFormedUriString("…"): a URL parsed, not a place to connect to.
                    if (ReceiverName(call) is "Uri" && InvokedName(call) is { } parse)
                    {
                        return "Uri." + parse;
                    }

                    // SetEnvironmentVariable("KEY", "value") and the like: the key names the value.
                    var index = list.Arguments.IndexOf(arg);
                    if (index > 0 && StringValue(list.Arguments[0].Expression) is { } key)
                    {
                        return key;
                    }

                    return InvokedName(call);
                }

                if (arg.Parent?.Parent is ObjectCreationExpressionSyntax o)
                {
                    // new Uri("…").Host, new UriBuilder("…").Port: a URL taken apart on the spot.
                    var type = TypeName(o.Type);
                    if (type is "Uri" or "UriBuilder")
                    {
                        if (InspectedMember(o) is { } member)
                        {
                            return $"{type}.{member}";
                        }

                        // var uri = new Uri("tcp://127.0.0.1:2375/"); Assert.Equal(2375, uri.Port): only its parts are read
                        if (OnlyPartsRead(o))
                        {
                            return $"{type}.Parts";
                        }
                    }

                    return type;
                }

                return null;
            case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression } init when init.Expressions.Count == 2 && init.Expressions[1] == node:
                return StringValue(init.Expressions[0]);
            case ReturnStatementSyntax or ArrowExpressionClauseSyntax:
                return node.FirstAncestorOrSelf<MemberDeclarationSyntax>() switch
                {
                    MethodDeclarationSyntax m => m.Identifier.ValueText,
                    PropertyDeclarationSyntax p => p.Identifier.ValueText,
                    _ => null,
                };
            default:
                return null;
        }
    }

    /// <summary>
    /// Whether <paramref name="creation"/> initialises a local whose every use reads a property of it (<c>uri.Port</c>,
    /// <c>uri.Host</c>): the object is taken apart, never handed to anything that could connect.
    /// </summary>
    private static bool OnlyPartsRead(ObjectCreationExpressionSyntax creation)
    {
        if (creation.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            || declarator.FirstAncestorOrSelf<BlockSyntax>() is not { } block)
        {
            return false;
        }

        var name = declarator.Identifier.ValueText;
        var used = false;
        foreach (var id in block.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (id.Identifier.ValueText != name)
            {
                continue;
            }

            if (id.Parent is not MemberAccessExpressionSyntax access || access.Expression != id || access.Parent is InvocationExpressionSyntax)
            {
                return false;
            }

            used = true;
        }

        return used;
    }

    /// <summary>The member read straight off an expression (<c>Host</c> in <c>new Uri("…").Host</c>), if it is read so.</summary>
    private static string? InspectedMember(ExpressionSyntax expression)
    {
        SyntaxNode node = expression;
        while (node.Parent is ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        return node.Parent is MemberAccessExpressionSyntax access && access.Expression == node ? access.Name.Identifier.ValueText : null;
    }

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax id => id.Identifier.ValueText,
        MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
        _ => null,
    };

    public ImmutableArray<ConfigDefault> ConfigDefaults()
    {
        var result = ImmutableArray.CreateBuilder<ConfigDefault>();
        for (var n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            switch (node)
            {
                // Environment.GetEnvironmentVariable("X") ?? "default", config["X"] ?? "default"
                case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.CoalesceExpression) && StringValue(Unwrap(b.Right)) is { } fallback:
                    if (KeyOf(b.Left) is { } envKey)
                    {
                        result.Add(new ConfigDefault(Line(b), envKey, fallback, "coalesce"));
                    }

                    break;

                // GetEnv("X", "default"), configuration.GetValue("X", "default")
                case InvocationExpressionSyntax i when i.ArgumentList.Arguments.Count == 2
                                                      && StringValue(i.ArgumentList.Arguments[0].Expression) is { } key
                                                      && StringValue(i.ArgumentList.Arguments[1].Expression) is { } value
                                                      && InvokedName(i) is { } name
                                                      && (name.Contains("Env", StringComparison.OrdinalIgnoreCase) || name.Contains("Setting", StringComparison.OrdinalIgnoreCase)
                                                          || name.Contains("Config", StringComparison.OrdinalIgnoreCase) || name is "GetValue" or "GetOrDefault" or "ValueOrDefault"):
                    result.Add(new ConfigDefault(Line(i), key, value, "call"));
                    break;

                // string host = "localhost" as an optional parameter
                case ParameterSyntax { Default.Value: var d } p when StringValue(d) is { } value:
                    result.Add(new ConfigDefault(Line(p), p.Identifier.ValueText, value, "parameter"));
                    break;

                // const string MinioSecret = "...", static readonly, and property initialisers of settings classes
                case FieldDeclarationSyntax f when f.Modifiers.Any(m => m.IsKind(SyntaxKind.ConstKeyword) || m.IsKind(SyntaxKind.StaticKeyword)):
                    foreach (var v in f.Declaration.Variables)
                    {
                        if (StringValue(v.Initializer?.Value) is { } value)
                        {
                            result.Add(new ConfigDefault(Line(v), Qualified(f, v.Identifier.ValueText), value, "constant"));
                        }
                    }

                    break;
                case PropertyDeclarationSyntax p when StringValue(p.Initializer?.Value ?? p.ExpressionBody?.Expression) is { } value:
                    result.Add(new ConfigDefault(Line(p), Qualified(p, p.Identifier.ValueText), value, "property"));
                    break;
            }
        }

        return result.ToImmutable();
    }

    private static ExpressionSyntax Unwrap(ExpressionSyntax e)
    {
        while (e is ParenthesizedExpressionSyntax p)
        {
            e = p.Expression;
        }

        return e;
    }

    private static string? KeyOf(ExpressionSyntax expression) => Unwrap(expression) switch
    {
        InvocationExpressionSyntax i => i.ArgumentList.Arguments.Select(a => StringValue(a.Expression)).FirstOrDefault(s => s is not null),
        ElementAccessExpressionSyntax e => StringValue(e.ArgumentList.Arguments.FirstOrDefault()?.Expression),
        _ => null,
    };

    private static string Qualified(SyntaxNode member, string name) =>
        member.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } type ? $"{type.Identifier.ValueText}.{name}" : name;

    /// <summary>
    /// Dual-mode code (FH1103): a catch that builds a mock or fake instead of failing; a branch on service availability or an
    /// environment switch that picks a mock, a fake or another host; <c>?? new FakeX()</c>; "effective host" resolvers.
    /// </summary>
    public ImmutableArray<MockFallback> Fallbacks()
    {
        var result = ImmutableArray.CreateBuilder<MockFallback>();
        var resolvers = new List<MethodDeclarationSyntax>();
        for (var n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            switch (node)
            {
                case MethodDeclarationSyntax m when HostResolverName().IsMatch(m.Identifier.ValueText)
                                                   && m.DescendantNodes().Any(n => n is CatchClauseSyntax or IfStatementSyntax or ConditionalExpressionSyntax or SwitchExpressionSyntax)
                                                   && DistinctHosts(m) >= 2:
                    resolvers.Add(m);
                    result.Add(new MockFallback(Line(m.Identifier), ContainerOf(m), $"{m.Identifier.ValueText}() chooses between hosts"));
                    break;
                case var _ when resolvers.Count > 0 && WithinAny(resolvers, node.Span):
                    break;
                case CatchClauseSyntax c when !NotUnavailability.Contains(c.Declaration is { } d ? TypeName(d.Type) : "") && Substitute(c.Block, hosts: false) is { } substitute:
                    result.Add(new MockFallback(Line(c.CatchKeyword), ContainerOf(c), $"catch → {substitute}"));
                    break;
                case IfStatementSyntax i when Switch(i.Condition) is var (availability, environment) && (availability || environment)
                                              && (Substitute(i.Statement, availability) ?? Substitute(i.Else?.Statement, availability)) is { } substitute:
                    result.Add(new MockFallback(Line(i), ContainerOf(i), $"if ({Snippet(i.Condition, 60)}) → {substitute}"));
                    break;
                case ConditionalExpressionSyntax c when Switch(c.Condition) is var (availability, environment) && (availability || environment)
                                                       && (Substitute(c.WhenTrue, availability) ?? Substitute(c.WhenFalse, availability)) is { } substitute:
                    result.Add(new MockFallback(Line(c), ContainerOf(c), $"{Snippet(c.Condition, 60)} ? … → {substitute}"));
                    break;
                // probe() ?? new FakeX(): only when the left side is about availability or the environment, not a defaulted parameter.
                case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.CoalesceExpression) && Switch(b.Left) is var (leftAvailability, leftEnvironment)
                                                   && (leftAvailability || leftEnvironment) && SubstituteCreation(b.Right, hosts: false) is { } substitute:
                    result.Add(new MockFallback(Line(b), ContainerOf(b), $"?? {substitute}"));
                    break;
            }
        }

        return result.ToImmutable();
    }

    private static bool WithinAny(List<MethodDeclarationSyntax> methods, TextSpan span)
    {
        foreach (var method in methods)
        {
            if (method.Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Exceptions that say a type, key, argument or value is missing or wrong, never that a service cannot be reached.</summary>
    private static readonly FrozenSet<string> NotUnavailability = new[]
    {
        "ArgumentException", "ArgumentNullException", "ArgumentOutOfRangeException", "KeyNotFoundException", "IndexOutOfRangeException",
        "FormatException", "InvalidCastException", "NotImplementedException", "NotSupportedException", "TypeLoadException",
        "NullReferenceException", "PlatformNotSupportedException", "DllNotFoundException",
    }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex("^(Get|Resolve|Detect|Pick|Choose|Select|Find)?(Effective|Available|Reachable|Working|Fallback|Actual)\\w*(Host|Endpoint|Url|Uri|Address|Client)", RegexOptions.CultureInvariant)]
    private static partial Regex HostResolverName();

    [GeneratedRegex("^(Fake|Stub|Mock|Dummy|Spy|InMemory|Mocked|Fallback)[A-Z]|(Fake|Stub|Mock|Double|Spy|Dummy)$", RegexOptions.CultureInvariant)]
    internal static partial Regex FakeName();

    private static string ContainerOf(SyntaxNode node)
    {
        var method = node.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>();
        var type = node.FirstAncestorOrSelf<TypeDeclarationSyntax>()?.Identifier.ValueText;
        var member = method switch
        {
            MethodDeclarationSyntax m => m.Identifier.ValueText,
            ConstructorDeclarationSyntax => ".ctor",
            _ => node.FirstAncestorOrSelf<PropertyDeclarationSyntax>()?.Identifier.ValueText,
        };
        return member is null ? type ?? "" : $"{type}.{member}";
    }

    /// <summary>Whether a condition tests a service's availability, or switches on the environment.</summary>
    private static (bool Availability, bool Environment) Switch(ExpressionSyntax condition)
    {
        var availability = false;
        var environment = false;
        foreach (var token in condition.DescendantTokens())
        {
            var text = token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.IdentifierToken) ? token.ValueText : null;
            if (text is null)
            {
                continue;
            }

            var lower = text.ToLowerInvariant();
            environment |= lower is "getenvironmentvariable" or "environment";
            availability |= AvailabilityWords.Any(w => lower == w || (w.Length > 3 && lower.Contains(w)));
        }

        return (availability, environment);
    }

    private static string? Substitute(SyntaxNode? node, bool hosts) =>
        node?.DescendantNodesAndSelf().OfType<ExpressionSyntax>().Select(e => SubstituteCreation(e, hosts)).FirstOrDefault(s => s is not null);

    /// <summary>A mock or fake creation (or, with <paramref name="hosts"/>, a host literal) that stands in for the real service.</summary>
    private static string? SubstituteCreation(ExpressionSyntax expression, bool hosts) => expression switch
    {
        ObjectCreationExpressionSyntax o when o.Type is GenericNameSyntax { Identifier.ValueText: "Mock" or "Fake" } => $"new {o.Type}",
        ObjectCreationExpressionSyntax o when FakeName().IsMatch(TypeName(o.Type)) => $"new {TypeName(o.Type)}",
        InvocationExpressionSyntax i when (ReceiverName(i), InvokedName(i)) is ("Substitute", "For" or "ForPartsOf") or ("A", "Fake") or ("Mock", "Of") => Snippet(i, 60),
        LiteralExpressionSyntax l when hosts && l.IsKind(SyntaxKind.StringLiteralExpression) && IsHostLiteral(l.Token.ValueText) => $"\"{l.Token.ValueText}\"",
        _ => null,
    };

    private static bool IsHostLiteral(string value) =>
        value.Contains("localhost", StringComparison.OrdinalIgnoreCase) || value.Contains("127.0.0.1", StringComparison.Ordinal)
        || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static int DistinctHosts(MethodDeclarationSyntax method) => method.DescendantNodes()
        .OfType<LiteralExpressionSyntax>()
        .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression) && (IsHostLiteral(l.Token.ValueText) || l.Token.ValueText.Contains(':')))
        .Select(l => l.Token.ValueText)
        .Distinct()
        .Count();
}
