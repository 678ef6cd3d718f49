using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Net;
using FloeHarden.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static FloeHarden.Core.Frontends.CSharp.CSharpSyntax;

namespace FloeHarden.Core.Frontends.CSharp;

/// <summary>What one member's body does: assertions, mocks, calls, resources touched, skips. One pass over its nodes.</summary>
internal sealed class CSharpUnitFacts : IAssertionScope
{
    private static readonly FrozenDictionary<string, ResourceKind> TouchingTypes = new Dictionary<string, ResourceKind>
    {
        ["UdpClient"] = ResourceKind.Network,
        ["TcpListener"] = ResourceKind.Network,
        ["HttpListener"] = ResourceKind.Network,
        ["WireMockServer"] = ResourceKind.Network, // a stub HTTP server on a local socket: the test talks HTTP to it, like an HttpListener
        ["SqlConnection"] = ResourceKind.Database,
        ["NpgsqlConnection"] = ResourceKind.Database,
        ["MySqlConnection"] = ResourceKind.Database,
        ["OracleConnection"] = ResourceKind.Database,
        ["SqliteConnection"] = ResourceKind.Database,
        ["MongoClient"] = ResourceKind.Database,
        ["NpgsqlDataSourceBuilder"] = ResourceKind.Database,
        ["CosmosClient"] = ResourceKind.Database,
        ["NpgsqlDataSource"] = ResourceKind.Database,
        ["Kubernetes"] = ResourceKind.Cluster,
        ["Process"] = ResourceKind.Process,
        ["ProcessStartInfo"] = ResourceKind.Process,
        ["ContainerBuilder"] = ResourceKind.Container,
        ["DockerClientConfiguration"] = ResourceKind.Container,
        ["FileStream"] = ResourceKind.FileSystem,
        ["StreamWriter"] = ResourceKind.FileSystem,
        ["FileSystemWatcher"] = ResourceKind.FileSystem,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<(string Receiver, string Name), ResourceKind> TouchingCalls = new Dictionary<(string, string), ResourceKind>
    {
        [("Process", "Start")] = ResourceKind.Process,
        [("Cli", "Wrap")] = ResourceKind.Process,
        [("GrpcChannel", "ForAddress")] = ResourceKind.Network,
        [("WireMockServer", "Start")] = ResourceKind.Network,
        [("WireMockServer", "StartWithAdminInterface")] = ResourceKind.Network,
        [("WebRequest", "Create")] = ResourceKind.Network,
        [("Dns", "GetHostEntry")] = ResourceKind.Network,
        [("Dns", "GetHostAddresses")] = ResourceKind.Network,
        [("Dns", "GetHostEntryAsync")] = ResourceKind.Network,
        [("Dns", "GetHostAddressesAsync")] = ResourceKind.Network,
        [("ConnectionMultiplexer", "Connect")] = ResourceKind.Database,
        [("ConnectionMultiplexer", "ConnectAsync")] = ResourceKind.Database,
        [("NpgsqlDataSource", "Create")] = ResourceKind.Database,
        [("KubernetesClientConfiguration", "BuildConfigFromConfigFile")] = ResourceKind.Cluster,
        [("KubernetesClientConfiguration", "BuildDefaultConfig")] = ResourceKind.Cluster,
        [("KubernetesClientConfiguration", "InClusterConfig")] = ResourceKind.Cluster,
        [("Environment", "GetEnvironmentVariable")] = ResourceKind.Environment,
        [("Environment", "SetEnvironmentVariable")] = ResourceKind.Environment,
        [("Environment", "GetEnvironmentVariables")] = ResourceKind.Environment,
        [("Thread", "Sleep")] = ResourceKind.Sleep,
        [("Task", "Delay")] = ResourceKind.Sleep,
        [("Thread", "SpinWait")] = ResourceKind.Sleep,
    }.ToFrozenDictionary();

    /// <summary>The names of <see cref="TouchingCalls"/>: most calls are ruled out without hashing a (receiver, name) pair.</summary>
    private static readonly FrozenSet<string> TouchingCallNames = TouchingCalls.Keys.Select(k => k.Name).ToFrozenSet();

    private static readonly FrozenSet<string> FileReceivers = new[] { "File", "Directory" }.ToFrozenSet();

    private static readonly FrozenSet<string> HttpVerbs = new[]
    {
        "GetAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync", "SendAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync",
        "GetFromJsonAsync", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "DeleteFromJsonAsync", "ConnectAsync", "OpenAsync",
    }.ToFrozenSet();

    /// <summary>
    /// Clients whose construction sends nothing (HttpClient, ClientWebSocket, Socket, WebClient, SmtpClient; TcpClient without
    /// a host and port): the touch is the call that connects or sends. HttpClient's verbs are <see cref="HttpVerbs"/>; these
    /// are the others', counted on a local constructed from one of these types or a receiver named like a socket.
    /// </summary>
    private static readonly FrozenSet<string> ClientTypes = new[] { "HttpClient", "TcpClient", "Socket", "ClientWebSocket", "WebClient", "SmtpClient" }.ToFrozenSet();

    private static readonly FrozenSet<string> ClientSends = new[]
    {
        "Connect", "Bind", "Listen", "Accept", "AcceptAsync", "Send", "SendTo", "Receive", "ReceiveFrom", "ReceiveAsync", "SendMail", "SendMailAsync", "DownloadString", "DownloadStringTaskAsync",
        "DownloadData", "DownloadDataTaskAsync", "DownloadFile", "DownloadFileTaskAsync", "UploadString", "UploadStringTaskAsync", "UploadData",
        "UploadDataTaskAsync", "UploadFile", "UploadFileTaskAsync", "UploadValues", "OpenRead", "OpenWrite", "GetStream",
    }.ToFrozenSet();

    /// <summary>The message handlers that put requests on the wire; any other handler at the end of a chain answers in process.</summary>
    private static readonly FrozenSet<string> WireHandlers = new[] { "HttpClientHandler", "SocketsHttpHandler", "WinHttpHandler", "StandardSocketsHttpHandler" }.ToFrozenSet();

    /// <summary>Type-name parts of objects that may well talk to a service when called with an HTTP verb.</summary>
    private static readonly string[] ClientWords = ["Client", "Http", "Api", "Socket", "Channel", "Connection", "Session", "Proxy"];

    private static readonly FrozenSet<string> TempMarkers = new[] { "GetTempPath", "GetTempFileName", "TestRunDirectory", "DeploymentDirectory", "TemporaryDirectory", "TempDirectory", "CreateTempSubdirectory" }.ToFrozenSet();

    private static readonly FrozenSet<string> RuntimeSkipCalls = new[] { "Inconclusive", "Ignore", "Skip", "SkipWhen", "SkipUnless" }.ToFrozenSet();

    private static readonly FrozenSet<string> SkipExceptions = new[] { "SkipException", "SkipTestException", "InconclusiveException", "IgnoreException", "AssertInconclusiveException", "SkippableException" }.ToFrozenSet();

    private readonly CSharpMocks _mocks;
    // Created on first use: most setup members (fields, properties) and many tests need none of them.
    private HashSet<string>? _fresh;
    private Dictionary<string, string>? _constructed;
    private Dictionary<string, BaseObjectCreationExpressionSyntax>? _creations;
    private readonly SyntaxNode _member;

    /// <summary>The facts of the member at <paramref name="index"/> of the file's nodes, read off its slice of them.</summary>
    public CSharpUnitFacts(int index, CSharpFileNodes nodes, CSharpMocks mocks)
    {
        _mocks = mocks;
        var member = nodes[index];
        _member = member;
        var end = nodes.End(index);
        CollectFreshLocals(nodes, index + 1, end);
        var assertions = ImmutableArray.CreateBuilder<Assertion>();
        var mockUsages = ImmutableArray.CreateBuilder<MockUsage>(0); // capacity 0: most units have none of these
        var calls = ImmutableArray.CreateBuilder<CallSite>();
        var touches = ImmutableArray.CreateBuilder<ResourceTouch>(0);
        var skips = ImmutableArray.CreateBuilder<SkipSite>(0);
        var usesTemp = false;
        List<ResourceTouch>? fileTouches = null;
        if (member is ConstructorDeclarationSyntax { Parent: TypeDeclarationSyntax { BaseList.Types: [var first, ..] } } constructor
            && TouchingTypes.TryGetValue(TypeName(first.Type), out var baseKind) && baseKind == ResourceKind.Network)
        {
            // class StubServer : WireMockServer { public StubServer() : base(settings) { … } }: constructing it starts the server
            // (an xUnit class fixture the tests take), as new WireMockServer(settings) does. Network servers only: a builder
            // derived from ContainerBuilder starts nothing until it is built and started.
            touches.Add(new ResourceTouch(Line(constructor), baseKind, $"base {TypeName(first.Type)}"));
        }

        for (var i = index + 1; i < end; i++)
        {
            var node = nodes[i];
            if (node is AttributeListSyntax)
            {
                // What DescendantNodes(n => n is not AttributeListSyntax) gave: the attribute list itself, none of its descendants.
                i = nodes.End(i) - 1;
                continue;
            }

            switch (node)
            {
                case InvocationExpressionSyntax invocation:
                    {
                        var name = InvokedName(invocation);
                        if (name is null)
                        {
                            break;
                        }

                        var receiver = ReceiverName(invocation);
                        if (CSharpAssertions.Classify(invocation, this) is { } assertion)
                        {
                            assertions.Add(assertion);
                        }

                        if (mocks.Recognise(invocation, member) is { } mock)
                        {
                            mockUsages.Add(mock);
                        }

                        if (!CSharpMocks.IsExpectation(invocation))
                        {
                            calls.Add(new CallSite(Line(invocation), name, RootIdentifier(Receiver(invocation)), CallKind.Invocation, AssignedTo(invocation) ?? DelegateResultTarget(invocation), invocation.ArgumentList.Arguments.Count, CommandOf(invocation, name, member), RunsOwnDelegate(invocation, name, member)));
                        }

                        if (receiver is not null && TouchingCallNames.Contains(name) && TouchingCalls.TryGetValue((receiver, name), out var kind))
                        {
                            if (receiver == "Dns" && IsLocalHostName(invocation))
                            {
                                break;
                            }

                            touches.Add(new ResourceTouch(Line(invocation), kind, $"{receiver}.{name}"));
                        }
                        else if (receiver is not null && FileReceivers.Contains(receiver) && name is not ("Exists" or "GetAttributes"))
                        {
                            (fileTouches ??= []).Add(new ResourceTouch(Line(invocation), ResourceKind.FileSystem, $"{receiver}.{name}"));
                        }
                        else if (HttpVerbs.Contains(name) && Receiver(invocation) is { } target && !CSharpMocks.IsExpectation(invocation) && !IsInProcessReceiver(target))
                        {
                            touches.Add(new ResourceTouch(Line(invocation), ResourceKind.Network, $"{RootIdentifier(Receiver(invocation))}.{name}"));
                        }
                        else if (ClientSends.Contains(name) && Receiver(invocation) is IdentifierNameSyntax client && IsClientReceiver(client.Identifier.ValueText))
                        {
                            touches.Add(new ResourceTouch(Line(invocation), ResourceKind.Network, $"{client.Identifier.ValueText}.{name}"));
                        }

                        if (name == "AddEnvironmentVariables")
                        {
                            // configuration.AddEnvironmentVariables("APP_"): the settings (connection strings, endpoints) come from the environment
                            touches.Add(new ResourceTouch(Line(invocation), ResourceKind.Environment, name));
                        }

                        if (TempMarkers.Contains(name))
                        {
                            usesTemp = true;
                        }

                        if ((receiver is "Assert" or "Skip" or "Assume" && RuntimeSkipCalls.Contains(name))
                            || (receiver == "Skip" && name is "If" or "IfNot" or "Unless" or "When" or "Test")
                            || (receiver == "Assume" && name == "That"))
                        {
                            var reason = invocation.ArgumentList.Arguments.Select(a => StringValue(a.Expression)).FirstOrDefault(s => s is not null);
                            skips.Add(new SkipSite(Line(invocation), SkipKind.Runtime, reason, CSharpSkipGuards.Guard(invocation, name)));
                        }

                        break;
                    }

                case ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax:
                    {
                        var creation = (BaseObjectCreationExpressionSyntax)node;
                        if (mocks.Recognise(creation, member) is { } mock)
                        {
                            mockUsages.Add(mock);
                        }

                        var typeName = creation switch
                        {
                            ObjectCreationExpressionSyntax o => TypeName(o.Type),
                            ImplicitObjectCreationExpressionSyntax implicitCreation => TargetTypeName(implicitCreation),
                            _ => null,
                        };
                        if (typeName is null)
                        {
                            break;
                        }

                        calls.Add(new CallSite(Line(creation), typeName, null, CallKind.Construction, AssignedTo(creation), creation.ArgumentList?.Arguments.Count ?? 0));
                        if (typeName == "TcpClient" && creation.ArgumentList?.Arguments.Count >= 2)
                        {
                            // new TcpClient(host, port) connects
                            touches.Add(new ResourceTouch(Line(creation), ResourceKind.Network, "new TcpClient"));
                        }
                        else if (TouchingTypes.TryGetValue(typeName, out var kind))
                        {
                            (kind == ResourceKind.FileSystem ? fileTouches ??= [] : (ICollection<ResourceTouch>)touches).Add(new ResourceTouch(Line(creation), kind, $"new {typeName}"));
                        }
                        else if (typeName.EndsWith("ContainerBuilder", StringComparison.Ordinal) || (typeName.EndsWith("Builder", StringComparison.Ordinal) && IsTestcontainersModule(member)))
                        {
                            touches.Add(new ResourceTouch(Line(creation), ResourceKind.Container, $"new {typeName}"));
                        }

                        break;
                    }

                case ThrowStatementSyntax { Expression: ObjectCreationExpressionSyntax thrown } when SkipExceptions.Contains(TypeName(thrown.Type)):
                    skips.Add(new SkipSite(Line(thrown), SkipKind.Runtime, thrown.ArgumentList?.Arguments.Select(a => StringValue(a.Expression)).FirstOrDefault(), CSharpSkipGuards.Guard(thrown.Parent!, null)));
                    break;
                case ThrowStatementSyntax or ThrowExpressionSyntax when CSharpAssertions.Thrown(node, member) is { } check:
                    assertions.Add(check);
                    break;
                case TryStatementSyntax tryStatement when CSharpAssertions.TryFailCatch(tryStatement) is { } expected:
                    assertions.Add(expected);
                    break;
                case IdentifierNameSyntax { Parent: ArgumentSyntax or EqualsValueClauseSyntax or AssignmentExpressionSyntax } passedMethod when IsMethodGroup(passedMethod, member):
                    // Run(RunSumTest, flags), Action check = RunSumTest: the runner calls the method, so the test runs its assertions.
                    calls.Add(new CallSite(Line(passedMethod), passedMethod.Identifier.ValueText, null, CallKind.Invocation));
                    break;
                case MemberAccessExpressionSyntax access:
                    if (TempMarkers.Contains(access.Name.Identifier.ValueText))
                    {
                        usesTemp = true;
                    }
                    else if (access.Parent is ArgumentSyntax && CSharpAssertions.MethodGroup(access) is { } passed)
                    {
                        assertions.Add(passed);
                    }

                    break;
            }
        }

        if (!usesTemp && fileTouches is not null)
        {
            touches.AddRange(fileTouches);
        }

        Assertions = assertions.ToImmutable();
        Mocks = mockUsages.ToImmutable();
        Calls = calls.ToImmutable();
        Touches = touches.ToImmutable();
        Skips = skips.ToImmutable();
        IsPlaceholder = member is MethodDeclarationSyntax method && IsPlaceholderBody(method);
    }

    public ImmutableArray<Assertion> Assertions { get; }

    public ImmutableArray<MockUsage> Mocks { get; }

    public ImmutableArray<CallSite> Calls { get; }

    public ImmutableArray<ResourceTouch> Touches { get; }

    public ImmutableArray<SkipSite> Skips { get; }

    public bool IsPlaceholder { get; }

    public bool IsFreshlyConstructed(string name) => _fresh?.Contains(name) == true;

    public string? ConstructedType(string name) => _constructed?.GetValueOrDefault(name);

    public bool IsMock(string name) => _mocks.IsMockVariable(name);

    public bool TestsEquality => _member is MethodDeclarationSyntax method && TestNames.TestsEquality(method.Identifier.ValueText);

    public bool UsesTestKit => TestKitFiles.GetValue(_member.SyntaxTree, static tree =>
    {
        var text = tree.GetText().ToString();
        return new System.Runtime.CompilerServices.StrongBox<bool>(text.Contains("TestKit", StringComparison.Ordinal) || text.Contains("Probe", StringComparison.Ordinal) || text.Contains("TestActor", StringComparison.Ordinal));
    }).Value;

    public bool DeclaresMethod(string name) =>
        _member.Parent is TypeDeclarationSyntax type
        && TypeMethods.GetValue(type, static t => t.Members.OfType<MethodDeclarationSyntax>().Select(m => m.Identifier.ValueText).ToHashSet(StringComparer.Ordinal)).Contains(name);

    /// <summary>Whether a file works with a test kit (<see cref="UsesTestKit"/>), read once per file.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, System.Runtime.CompilerServices.StrongBox<bool>> TestKitFiles = new();

    /// <summary>
    /// An HTTP-named call (SendAsync, DeleteAsync) counts as network by its name alone, because the receiver's type is
    /// usually unknown. It is not when the receiver is a mock, or an object the test constructs itself (inline or as a
    /// fresh local) from a type that is not named like a client: <c>new EmailNotifier(…).SendAsync(…)</c> runs in process.
    /// Constructing a real client (HttpClient, TcpClient) is recorded as a touch on its own.
    /// </summary>
    private bool IsInProcessReceiver(ExpressionSyntax receiver)
    {
        var type = receiver switch
        {
            ObjectCreationExpressionSyntax o => TypeName(o.Type),
            IdentifierNameSyntax id when IsMock(id.Identifier.ValueText) => "",
            IdentifierNameSyntax id when IsFreshlyConstructed(id.Identifier.ValueText) => _constructed?.GetValueOrDefault(id.Identifier.ValueText),
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Object" } m when RootIdentifier(m) is { } root && IsMock(root) => "",
            _ => null,
        };
        if (type is "HttpClient" or "HttpMessageInvoker")
        {
            var creation = receiver as BaseObjectCreationExpressionSyntax ?? Creation(((IdentifierNameSyntax)receiver).Identifier.ValueText);
            return creation?.ArgumentList?.Arguments.Count > 0 && IsInProcessHandler(creation.ArgumentList.Arguments[0].Expression, 0);
        }

        return type is not null && !ClientWords.Any(w => type.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The method names of a type, read once per type (the tree's lifetime, not the thread's, keeps them).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TypeDeclarationSyntax, HashSet<string>> TypeMethods = new();

    /// <summary>
    /// A name passed as an argument (<c>Run(RunSumTest, 1)</c>), or a delegate's initial or assigned value
    /// (<c>Action check = RunSumTest</c>), that names a method of the member's own type: a method group, which the code it is
    /// handed to calls. Not <c>nameof(RunSumTest)</c>.
    /// </summary>
    private static bool IsMethodGroup(IdentifierNameSyntax name, SyntaxNode member)
    {
        var text = name.Identifier.ValueText;
        if (text.Length == 0 || !char.IsUpper(text[0]) || member.Parent is not TypeDeclarationSyntax type
            || name.Parent switch
            {
                ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } } => true,
                EqualsValueClauseSyntax clause => clause.Parent is not VariableDeclaratorSyntax,
                AssignmentExpressionSyntax assignment => assignment.Right != name || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression),
                _ => false,
            })
        {
            return false;
        }

        return TypeMethods.GetValue(type, static t => t.Members.OfType<MethodDeclarationSyntax>().Select(m => m.Identifier.ValueText).ToHashSet(StringComparer.Ordinal)).Contains(text);
    }

    private BaseObjectCreationExpressionSyntax? Creation(string local) => IsFreshlyConstructed(local) ? _creations?.GetValueOrDefault(local) : null;

    /// <summary>
    /// Whether the message handler an HttpClient or HttpMessageInvoker is built on answers in process: a mock, or a handler
    /// chain (<c>new Retry { InnerHandler = new FakeInner() }</c>, <c>new Logging(new Stub())</c>) that the test builds and
    /// that does not end in a handler that sends (HttpClientHandler, SocketsHttpHandler). A handler the test does not build
    /// here (a parameter, a field) is unknown, so not in process.
    /// </summary>
    private bool IsInProcessHandler(ExpressionSyntax handler, int depth)
    {
        if (depth > 4)
        {
            return false;
        }

        switch (handler)
        {
            case IdentifierNameSyntax id when IsMock(id.Identifier.ValueText):
                return true;
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Object" } m when RootIdentifier(m) is { } root && IsMock(root):
                return true;
            case IdentifierNameSyntax id:
                return Creation(id.Identifier.ValueText) is { } local && IsInProcessHandler(local, depth + 1);
            case BaseObjectCreationExpressionSyntax creation:
                if (creation is ObjectCreationExpressionSyntax o && WireHandlers.Contains(TypeName(o.Type)))
                {
                    return false;
                }

                if (creation is ImplicitObjectCreationExpressionSyntax)
                {
                    return false;
                }

                var inner = creation.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>()
                    .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "InnerHandler" })?.Right
                    ?? creation.ArgumentList?.Arguments.Select(a => a.Expression)
                        .FirstOrDefault(e => e is BaseObjectCreationExpressionSyntax || (e is IdentifierNameSyntax id && id.Identifier.ValueText.Contains("andler", StringComparison.Ordinal)));
                return inner is null || IsInProcessHandler(inner, depth + 1);
            default:
                return false;
        }
    }

    /// <summary>Whether a local (or a field named like one) holds a socket-level client whose Connect/Send/Download… reach the network.</summary>
    private bool IsClientReceiver(string name) =>
        (IsFreshlyConstructed(name) && _constructed?.GetValueOrDefault(name) is { } type && ClientTypes.Contains(type))
        || name.Contains("socket", StringComparison.OrdinalIgnoreCase) || name.Contains("webClient", StringComparison.OrdinalIgnoreCase)
        || name.Contains("smtp", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>Dns.GetHostAddresses("10.0.0.1")</c>, <c>Dns.GetHostEntry("localhost")</c>: an address is parsed, no query is sent.</summary>
    private static bool IsLocalHostName(InvocationExpressionSyntax invocation) =>
        invocation.ArgumentList.Arguments.Count > 0 && StringValue(invocation.ArgumentList.Arguments[0].Expression) is { } host
        && (IPAddress.TryParse(host, out _) || host.Equals("localhost", StringComparison.OrdinalIgnoreCase));

    /// <summary>The type a target-typed <c>new()</c> creates, from the declaration it initialises.</summary>
    private static string? TargetTypeName(ImplicitObjectCreationExpressionSyntax creation) => creation.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type: { IsVar: false } type } } } => TypeName(type),
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax p } => TypeName(p.Type),
        AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: var left } assignment when assignment.Right == creation
            => MemberTypeName(creation, left switch
            {
                IdentifierNameSyntax id => id.Identifier.ValueText,
                MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: IdentifierNameSyntax id } => id.Identifier.ValueText,
                _ => null,
            }),
        _ => null,
    };

    /// <summary>
    /// The declared type of a field or property of the type enclosing <paramref name="node"/> (<c>Infrastructure = new();</c>
    /// in a constructor assigns <c>public Infrastructure Infrastructure { get; set; }</c>); null when the name is not one of
    /// its own members (a local, an inherited member).
    /// </summary>
    private static string? MemberTypeName(SyntaxNode node, string? name)
    {
        if (name is null || node.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
        {
            return null;
        }

        foreach (var member in type.Members)
        {
            switch (member)
            {
                case PropertyDeclarationSyntax property when property.Identifier.ValueText == name:
                    return TypeName(property.Type);
                case FieldDeclarationSyntax field when field.Declaration.Variables.Any(v => v.Identifier.ValueText == name) && !field.Declaration.Type.IsVar:
                    return TypeName(field.Declaration.Type);
            }
        }

        return null;
    }

    private static bool IsTestcontainersModule(SyntaxNode member) =>
        member.SyntaxTree.GetCompilationUnitRoot().Usings.Any(u => u.NamespaceOrType.ToString().StartsWith("Testcontainers", StringComparison.Ordinal)
                                                                   || u.NamespaceOrType.ToString().StartsWith("DotNet.Testcontainers", StringComparison.Ordinal));

    /// <summary>Locals initialised from a constructor and never assigned again.</summary>
    private void CollectFreshLocals(CSharpFileNodes nodes, int start, int end)
    {
        HashSet<string>? assigned = null;
        for (var i = start; i < end; i++)
        {
            switch (nodes[i])
            {
                case VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax or CollectionExpressionSyntax or ArrayCreationExpressionSyntax } v:
                    (_fresh ??= new HashSet<string>(StringComparer.Ordinal)).Add(v.Identifier.ValueText);
                    if (v.Initializer.Value is ObjectCreationExpressionSyntax creation)
                    {
                        var type = TypeName(creation.Type);
                        (_constructed ??= new Dictionary<string, string>(StringComparer.Ordinal))[v.Identifier.ValueText] = type;
                        if (type is "HttpClient" or "HttpMessageInvoker" || type.EndsWith("Handler", StringComparison.Ordinal))
                        {
                            (_creations ??= new Dictionary<string, BaseObjectCreationExpressionSyntax>(StringComparer.Ordinal))[v.Identifier.ValueText] = creation;
                        }
                    }

                    break;
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax id }:
                    (assigned ??= new HashSet<string>(StringComparer.Ordinal)).Add(id.Identifier.ValueText);
                    break;
                case ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword or (int)SyntaxKind.RefKeyword, Expression: IdentifierNameSyntax id }:
                    (assigned ??= new HashSet<string>(StringComparer.Ordinal)).Add(id.Identifier.ValueText);
                    break;
            }
        }

        if (assigned is not null)
        {
            _fresh?.ExceptWith(assigned);
        }
    }

    private static bool IsPlaceholderBody(MethodDeclarationSyntax method)
    {
        if (method.ExpressionBody is { Expression: var only })
        {
            return IsNotImplemented(only);
        }

        var statements = method.Body?.Statements ?? default;
        if (method.Body is null)
        {
            return false;
        }

        if (statements.Count == 0)
        {
            return true;
        }

        return statements.Count == 1 && statements[0] switch
        {
            ThrowStatementSyntax t => IsNotImplemented(t.Expression),
            ExpressionStatementSyntax e => IsNotImplemented(e.Expression),
            _ => false,
        };
    }

    private static bool IsNotImplemented(ExpressionSyntax? expression) => expression switch
    {
        ObjectCreationExpressionSyntax o => TypeName(o.Type) is "NotImplementedException",
        ThrowExpressionSyntax t => IsNotImplemented(t.Expression),
        InvocationExpressionSyntax i when ReceiverName(i) == "Assert" && InvokedName(i) is "Fail" or "Inconclusive" or "Ignore" =>
            i.ArgumentList.Arguments.Count == 0
            || StringValue(i.ArgumentList.Arguments[0].Expression) is { } message && LooksLikeTodo(message),
        _ => false,
    };

    internal static bool LooksLikeTodo(string message)
    {
        var m = message.ToLowerInvariant();
        return m.Contains("todo") || m.Contains("not implemented") || m.Contains("not yet implemented") || m.Contains("placeholder")
               || m.Contains("implement me") || m.Contains("tbd") || m.Contains("fixme");
    }

    /// <summary>
    /// What an <c>Execute…</c>/<c>Send…</c> call runs, when the code says so: the first word of a command string
    /// (<c>Execute("EXISTS", key)</c> → EXISTS, <c>ExecuteAsync("select 1")</c> → SELECT), or the HTTP method of the request it
    /// sends — written as an argument (<c>Method.Get</c>, <c>HttpMethod.Post</c>), in the request's construction, or the
    /// default of <c>RestRequest</c>/<c>HttpRequestMessage</c> (GET) when nothing sets another. Null for any other call.
    /// </summary>
    /// <summary>
    /// <c>policy.Execute(() => …)</c>, <c>pipeline.ExecuteAsync(static _ => …)</c>, <c>runner.Execute(DoWork)</c>: an <c>Execute…</c>
    /// call whose work is a lambda, an anonymous method or a method of the test's own class runs the test's code.
    /// </summary>
    private static bool RunsOwnDelegate(InvocationExpressionSyntax invocation, string name, SyntaxNode member)
    {
        if (!StartsWithWord(name, "Execute"))
        {
            return false;
        }

        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            if (argument.Expression is AnonymousFunctionExpressionSyntax
                || (argument.Expression is IdentifierNameSyntax passed && IsMethodGroup(passed, member)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>var saved = policy.Execute(() => repository.Save(order))</c>: the call a delegate's expression body makes hands its
    /// result out through the <c>Execute…</c> that runs the delegate, to the variable that call is assigned to.
    /// </summary>
    private static string? DelegateResultTarget(InvocationExpressionSyntax invocation)
    {
        SyntaxNode node = invocation;
        while (node.Parent is AwaitExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        return node.Parent is LambdaExpressionSyntax lambda && lambda.ExpressionBody == node
               && lambda.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax runner }
               && InvokedName(runner) is { } runs && StartsWithWord(runs, "Execute")
               && !runs.Contains("AndWait", StringComparison.Ordinal) // ExecuteAndWaitAsync returns a record of the activity, not the delegate's result
            ? AssignedTo(runner)
            : null;
    }

    private static string? CommandOf(InvocationExpressionSyntax invocation, string name, SyntaxNode member)
    {
        var arguments = invocation.ArgumentList.Arguments;
        if (arguments.Count == 0 || !(StartsWithWord(name, "Execute") || StartsWithWord(name, "Send")))
        {
            return null;
        }

        foreach (var argument in arguments)
        {
            if (HttpMethodName(argument.Expression) is { } method)
            {
                return method;
            }
        }

        var first = arguments[0].Expression;
        if (StringValue(first) is { } command)
        {
            var word = command.AsSpan().Trim();
            var end = word.IndexOfAny(" \t\r\n");
            word = end < 0 ? word : word[..end];
            return word.IsEmpty ? null : word.ToString().ToUpperInvariant();
        }

        if (first is IdentifierNameSyntax local)
        {
            first = LocalRequest(local.Identifier.ValueText, member);
        }

        return first is BaseObjectCreationExpressionSyntax creation ? RequestMethod(creation) : null;
    }

    private static bool StartsWithWord(string name, string verb) =>
        name.StartsWith(verb, StringComparison.Ordinal) && (name.Length == verb.Length || !char.IsLower(name[verb.Length]));

    /// <summary><c>Method.Get</c>, <c>HttpMethod.Post</c>, <c>RestSharp.Method.Delete</c> → GET, POST, DELETE.</summary>
    private static string? HttpMethodName(ExpressionSyntax expression) =>
        expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var verb } access
        && (access.Expression is IdentifierNameSyntax { Identifier.ValueText: "Method" or "HttpMethod" or "HttpMethods" }
            || access.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Method" or "HttpMethod" or "HttpMethods" })
        && verb is "Get" or "Head" or "Options" or "Post" or "Put" or "Patch" or "Delete" or "GET" or "HEAD" or "OPTIONS" or "POST" or "PUT" or "PATCH" or "DELETE"
            ? verb.ToUpperInvariant()
            : null;

    /// <summary>The method a request construction sets (an argument or a <c>Method = …</c> initializer), or GET, the default of the known request types.</summary>
    private static string? RequestMethod(BaseObjectCreationExpressionSyntax creation)
    {
        foreach (var argument in creation.ArgumentList?.Arguments ?? default)
        {
            if (HttpMethodName(argument.Expression) is { } method)
            {
                return method;
            }
        }

        foreach (var expression in creation.Initializer?.Expressions ?? default)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Method" } } set)
            {
                return HttpMethodName(set.Right);
            }
        }

        var type = creation switch
        {
            ObjectCreationExpressionSyntax o => TypeName(o.Type),
            _ => null,
        };
        return type is "RestRequest" or "HttpRequestMessage" && (creation.ArgumentList?.Arguments.Count ?? 0) <= 1 ? "GET" : null;
    }

    /// <summary>
    /// The construction a local of the member is declared with (<c>var request = new RestRequest("x")</c>), when nothing in
    /// the member sets its method afterwards (<c>request.Method = Method.Post</c>) or assigns it again.
    /// </summary>
    private static ExpressionSyntax? LocalRequest(string local, SyntaxNode member)
    {
        ExpressionSyntax? found = null;
        foreach (var node in member.DescendantNodes())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax v when v.Identifier.ValueText == local:
                    if (found is not null)
                    {
                        return null;
                    }

                    found = v.Initializer?.Value;
                    break;
                case AssignmentExpressionSyntax a when a.Left is IdentifierNameSyntax { Identifier.ValueText: var target } && target == local:
                    return null;
                case AssignmentExpressionSyntax a when a.Left is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: var owner }, Name.Identifier.ValueText: "Method" } && owner == local:
                    return null;
            }
        }

        return found;
    }
}
