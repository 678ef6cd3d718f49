using System.Collections.Frozen;
using System.Text.RegularExpressions;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Analyses.SideEffects;

/// <summary>
/// Recognises side-effecting calls by name — a configured verb at the start of the name followed by a word
/// boundary (<c>SaveAsync</c>, <c>publish_event</c>, <c>Delete</c>; not <c>Settle</c> or <c>Updated</c>) — and read-back
/// calls (<c>GetAsync</c>, <c>find_by_id</c>, <c>ListObjects</c>) that observe an effect after it happened.
/// </summary>
public sealed partial class SideEffectCalls(IEnumerable<string> verbs)
{
    private static readonly string[] ReadVerbs =
    [
        "get", "load", "find", "read", "query", "list", "fetch", "exists", "count", "select", "search", "lookup", "retrieve", "describe",
        "download", "consume", "receive", "peek", "scan", "head", "poll", "wait", "browse", "inspect",
    ];

    /// <summary>Logging, test output and mocking APIs: their calls are never the effect a test is about.</summary>
    private static readonly FrozenSet<string> IncidentalReceivers = new[]
    {
        "Console", "Debug", "Trace", "TestContext", "testContext", "Output", "output", "_output", "testOutput", "_testOutput", "TestOutput",
        "outputHelper", "_outputHelper", "testOutputHelper", "_testOutputHelper", "Logger", "logger", "_logger", "log", "Log", "_log",
        "Assert", "ClassicAssert", "Mock", "It", "Times", "Substitute", "Arg", "A", "mocker", "mock", "monkeypatch", "capsys", "caplog",
        "Task", "Thread", "Interlocked", "Activity", "unittest", "pytest", "Verify", "Snapshot",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What <c>Create…</c> helpers usually make in tests: the subject, a client, a double — arrangement, not an effect.</summary>
    private static readonly string[] ArrangementNouns =
    [
        "sut", "subject", "target", "client", "httpclient", "logger", "scope", "builder", "host", "factory", "mock", "fake", "stub", "instance",
        "default", "context", "options", "request", "fixture", "handler", "controller", "app", "application", "service", "server", "engine",
        "temp", "tmp", "test", "object", "generic", "spy", "double",
    ];

    /// <summary>
    /// Receivers named for making values (<c>_creator</c>, <c>_downstreamRequestCreator</c>, <c>_factory</c>, <c>builder</c>): their
    /// <c>Create…</c> returns what it made, and that value is the behaviour a test asserts on.
    /// </summary>
    private static readonly string[] FactoryWords = ["builder", "factory", "creator", "converter", "mapper", "parser", "serializer", "formatter", "resolver"];

    /// <summary>Test data and doubles: <c>CreateTestOrder</c>, <c>create_temp_dir</c>, <c>CreateFakeClock</c>.</summary>
    private static readonly string[] ArrangementPrefixes = ["test", "temp", "tmp", "fake", "mock", "stub", "dummy", "sample", "random"];

    /// <summary>
    /// What <c>Create…</c> makes when it makes a code object rather than a record in some system: <c>CreateComparer</c>,
    /// <c>CreateCommand</c>, <c>CreateServiceProvider</c>, <c>CreateExecutionStrategy</c>.
    /// </summary>
    private static readonly string[] ObjectNouns =
    [
        "comparer", "command", "parameter", "strategy", "provider", "proxy", "serializer", "deserializer", "converter", "formatter",
        "parser", "pattern", "reader", "writer", "delegate", "func", "action", "expression", "visitor", "resolver", "accessor",
        "environ",
    ];

    /// <summary>
    /// ADO.NET's object factories (<c>dataSource.CreateConnection()</c>, <c>factory.CreateDataAdapter()</c>, <c>conn.CreateBatch()</c>):
    /// an unopened object, nothing changes. Only these exact synchronous PascalCase names — <c>client.create_connection(…)</c>
    /// (AWS Direct Connect, <c>socket.create_connection</c>) and <c>CreateConnectionAsync</c> reach something.
    /// </summary>
    private static readonly FrozenSet<string> AdoObjectFactories = new[]
    {
        "CreateConnection", "CreateDbConnection", "CreateDataAdapter", "CreateDbDataAdapter", "CreateBatch", "CreateDbBatch", "CreateBatchCommand",
        "CreateDbBatchCommand", "CreateCommandBuilder", "CreateDataSourceEnumerator", "CreateConnectionStringBuilder",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What a mocked dependency's <c>Create…</c> hands the code under test when it is an object factory: a client, a logger, a scope.</summary>
    private static readonly string[] MockObjectNouns = ["client", "logger", "scope", "builder", "factory"];

    /// <summary>Mocked types named for making objects: <c>IHttpClientFactory</c>, <c>IDbProvider</c>, <c>IDbContextFactory&lt;T&gt;</c>.</summary>
    private static readonly string[] FactoryTypeWords = ["Factory", "Provider", "Builder", "Creator"];

    /// <summary>
    /// Static types whose <c>Create…</c> members change the machine (<c>Directory.CreateDirectory</c>, <c>File.CreateText</c>,
    /// <c>EventLog.CreateEventSource</c>): not value factories.
    /// </summary>
    private static readonly FrozenSet<string> ResourceTypes = new[] { "File", "Directory", "EventLog", "Registry", "MessageQueue", "Process", "Environment", "Path" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words of a PascalCase receiver that name a service or a store (a property <c>Client</c>, <c>Repository</c>,
    /// <c>Database</c>) rather than a static type of values: <c>Client.CreateUser(…)</c> creates a user somewhere.
    /// </summary>
    private static readonly string[] ServiceWords =
    [
        "Client", "Service", "Repository", "Repo", "Store", "Api", "Gateway", "Context", "Connection", "Session", "Database", "Db",
        "Broker", "Bus", "Queue", "Topic", "Publisher", "Producer", "Storage", "Bucket", "Admin", "Manager", "Server", "Cluster", "Sut",
        "Controller", "Handler", "Channel", "Table", "Container",
    ];

    /// <summary>What a <c>Truncate…</c> call changes when it changes something: a table, a file, a stream, a log, a queue.</summary>
    private static readonly string[] TruncatedStores = ["table", "file", "stream", "log", "journal", "wal", "queue", "topic", "collection", "database", "db", "store", "storage"];

    private readonly string[] _verbs = [.. verbs.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Whether a call performs a side effect on the system under test or a collaborator.</summary>
    public bool IsSideEffect(CallSite call) =>
        call.Kind == CallKind.Invocation
        && IsSideEffectName(call.Name)
        && !(call.Receiver is { } receiver && IncidentalReceivers.Contains(receiver))
        && call.Name is not ("WriteLine" or "patch")
        && !QueryExecutions.Contains(call.Name)
        && !IsReadExecution(call)
        && !RunsTestCode(call)
        && !IsRoundTrip(call.Name)
        && !IsArrangement(call)
        && !IsValueTruncation(call)
        && !IsRebinding(call);

    /// <summary>
    /// <c>q = q.remove("a")</c>, <c>df = df.drop(columns=["x"])</c>: the result replaces its receiver, so the method returns
    /// a new value (an immutable or fluent API) and changes nothing else.
    /// </summary>
    private static bool IsRebinding(CallSite call) =>
        call.AssignedTo is { } target && call.Receiver is { } receiver && target == receiver;

    public bool IsSideEffectName(string name)
    {
        foreach (var verb in _verbs)
        {
            if (StartsWithWord(name, verb))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A policy, pipeline or strategy running the test's own delegate (<c>policy.Execute(() => throw new IOException())</c>) or
    /// capturing its outcome (<c>ExecuteAndCapture(…)</c>): what it returns is all it produces, there is no effect to read back.
    /// The calls inside the delegate are recorded, and judged, on their own.
    /// </summary>
    private static bool RunsTestCode(CallSite call) =>
        call.RunsDelegate || (StartsWithWord(call.Name, "execute") && call.Name.AsSpan(7).StartsWith("AndCapture", StringComparison.Ordinal));

    /// <summary>ADO.NET's and Dapper's executions that only read (<c>ExecuteScalar("select 123")</c>): reads, not effects.</summary>
    private static readonly FrozenSet<string> QueryExecutions = new[]
    {
        "ExecuteScalar", "ExecuteScalarAsync", "ExecuteReader", "ExecuteReaderAsync", "ExecuteQuery", "ExecuteQueryAsync",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs that only carry what they run: <c>ExecuteGetAsync</c>, <c>SendQuery</c>, <c>execute_command("EXISTS", k)</c> read.</summary>
    private static readonly string[] CarrierVerbs = ["execute", "send", "submit", "dispatch"];

    /// <summary>What a carrier verb runs when it reads: an HTTP GET, HEAD or OPTIONS, a query, a search.</summary>
    private static readonly string[] ReadWords = ["get", "head", "options", "query", "select", "read", "fetch", "find", "search", "lookup", "exists"];

    /// <summary>
    /// Commands that only read (first word, upper case): HTTP GET/HEAD/OPTIONS, SQL SELECT, and the read commands of Redis
    /// (and its modules: <c>JSON.GET</c>, <c>FT.SEARCH</c>, <c>TS.RANGE</c>).
    /// </summary>
    private static readonly FrozenSet<string> ReadCommands = new[]
    {
        "GET", "HEAD", "OPTIONS", "SELECT", "SHOW", "DESCRIBE", "EXPLAIN", "EXISTS", "HEXISTS", "SISMEMBER", "SMISMEMBER", "TTL", "PTTL",
        "EXPIRETIME", "PEXPIRETIME", "TYPE", "KEYS", "SCAN", "HSCAN", "SSCAN", "ZSCAN", "STRLEN", "LLEN", "SCARD", "ZCARD", "HLEN", "XLEN",
        "DBSIZE", "INFO", "PING", "ECHO", "LINDEX", "LPOS", "LRANGE", "SMEMBERS", "ZSCORE", "ZMSCORE", "ZRANK", "ZREVRANK", "ZCOUNT",
        "ZLEXCOUNT", "ZRANGE", "ZREVRANGE", "ZRANGEBYSCORE", "ZREVRANGEBYSCORE", "ZRANGEBYLEX", "ZREVRANGEBYLEX", "PFCOUNT", "BITCOUNT",
        "BITPOS", "GETBIT", "GETRANGE", "SUBSTR", "HGET", "HMGET", "HGETALL", "HKEYS", "HVALS", "HSTRLEN", "MGET", "XRANGE", "XREVRANGE",
        "XREAD", "XINFO", "XPENDING", "GEOPOS", "GEODIST", "GEOHASH", "GEOSEARCH", "OBJECT", "DUMP", "TIME", "LASTSAVE",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Read commands of Redis modules, after their prefix: <c>JSON.GET</c>, <c>FT.SEARCH</c>, <c>TS.RANGE</c>, <c>GRAPH.RO_QUERY</c>.</summary>
    private static readonly FrozenSet<string> ModuleReadCommands = new[]
    {
        "SEARCH", "AGGREGATE", "QUERY", "RO_QUERY", "RANGE", "REVRANGE", "MRANGE", "MREVRANGE", "COUNT", "CARD", "LIST", "ARRLEN", "OBJLEN",
        "OBJKEYS", "MEXISTS", "PROFILE", "TAGVALS", "SUGGET", "SPELLCHECK", "QUERYINDEX", "RESP",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// An execution that reads: <c>ExecuteGetAsync</c> or <c>SendQuery</c> (a carrier verb followed by a read), or a call whose
    /// command is a read (<c>execute_command("EXISTS", k)</c>, <c>ExecuteAsync(new RestRequest(url))</c> — a GET).
    /// </summary>
    public static bool IsReadExecution(CallSite call)
    {
        if (call.Command is { } command)
        {
            var dot = command.LastIndexOf('.');
            if (dot < 0 ? ReadCommands.Contains(command) : ReadCommands.Contains(command[(dot + 1)..]) || ModuleReadCommands.Contains(command[(dot + 1)..]))
            {
                return true;
            }
        }

        foreach (var verb in CarrierVerbs)
        {
            if (StartsWithWord(call.Name, verb))
            {
                var rest = call.Name[verb.Length..].TrimStart('_');
                return ReadWords.Any(word => StartsWithWord(rest, word));
            }
        }

        return false;
    }

    /// <summary>A read command's name as a method (<c>pipe.hgetall(k)</c>, <c>batch.StringGetAsync(k)</c> are not; <c>pipe.smembers(k)</c> is).</summary>
    public static bool IsReadCommandName(string name) => ReadCommands.Contains(name.ToUpperInvariant());

    /// <summary>
    /// A call that writes and reads back what it wrote — <c>WriteAndReadStringValue(v)</c>, <c>SaveAndLoad(x)</c>,
    /// <c>RoundTrip(v)</c>, <c>serialize_round_trip(v)</c>: its result is the read-back, not a proxy for the write.
    /// </summary>
    private static readonly string[] RoundTripReads = ["read", "reread", "load", "reload", "get", "fetch", "query", "find", "retrieve", "select", "lookup", "list"];

    public static bool IsRoundTrip(string name)
    {
        if (name.Contains("RoundTrip", StringComparison.OrdinalIgnoreCase) || name.Contains("round_trip", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var at = name.IndexOf("And", StringComparison.Ordinal); at > 0; at = name.IndexOf("And", at + 3, StringComparison.Ordinal))
        {
            var rest = name[(at + 3)..];
            if (RoundTripReads.Any(verb => StartsWithWord(rest, verb)))
            {
                return true;
            }
        }

        for (var at = name.IndexOf("_and_", StringComparison.Ordinal); at > 0; at = name.IndexOf("_and_", at + 5, StringComparison.Ordinal))
        {
            var rest = name[(at + 5)..];
            if (RoundTripReads.Any(verb => StartsWithWord(rest, verb)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An assertion that the call was rejected with a client error (<c>response.status_code == 404</c>,
    /// <c>HttpStatusCode.Forbidden</c>, <c>status.HTTP_422_UNPROCESSABLE_ENTITY</c>): the rejection is the behaviour under
    /// test, and a rejected call has no effect to read back — like an expected exception, not a result proxy.
    /// </summary>
    public static bool IsClientErrorCheck(string assertion) => ClientError().IsMatch(assertion);

    [GeneratedRegex(
        @"(?i:status\w*\W.{0,40}?\b4\d\d\b|\b4\d\d\b.{0,40}?status)|HTTP_4\d\d_|(?:HttpStatusCode|HTTPStatus|StatusCodes?|codes)\.(?:BadRequest|Unauthorized|Forbidden|NotFound|MethodNotAllowed|NotAcceptable|Conflict|Gone|PreconditionFailed|UnsupportedMediaType|UnprocessableEntity|UnprocessableContent|TooManyRequests|BAD_REQUEST|UNAUTHORIZED|FORBIDDEN|NOT_FOUND|METHOD_NOT_ALLOWED|NOT_ACCEPTABLE|CONFLICT|GONE|PRECONDITION_FAILED|UNSUPPORTED_MEDIA_TYPE|UNPROCESSABLE_ENTITY|UNPROCESSABLE_CONTENT|TOO_MANY_REQUESTS|Status4\d\d\w*|bad_request|unauthorized|forbidden|not_found|method_not_allowed|conflict|unprocessable_entity)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ClientError();

    public static bool IsReadBack(CallSite call) =>
        call.Kind == CallKind.Invocation
        && (ReadVerbs.Any(verb => StartsWithWord(call.Name, verb)) || QueryExecutions.Contains(call.Name) || IsReadExecution(call) || IsRoundTrip(call.Name))
        && call.Name is not ("GetType" or "GetHashCode" or "GetAwaiter" or "GetResult" or "GetEnumerator" or "GetService" or "GetRequiredService")
        && !(call.Receiver is { } receiver && IncidentalReceivers.Contains(receiver));

    /// <summary><c>name</c> starts with <c>verb</c> as a word: the verb ends the name or is followed by a capital, a digit or an underscore.</summary>
    public static bool StartsWithWord(string name, string verb)
    {
        if (name.Length < verb.Length || !name.StartsWith(verb, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (name.Length == verb.Length)
        {
            return true;
        }

        var next = name[verb.Length];
        return char.IsUpper(next) || char.IsDigit(next) || next == '_';
    }

    /// <summary>
    /// A mocked member that is an object factory: a synchronous <c>Create…</c> that hands the code under test an object —
    /// ADO.NET's (<c>provider.CreateCommand()</c>, <c>CreateConnection()</c>), a code object (<c>CreateSerializer</c>), a client or a
    /// logger (<c>IHttpClientFactory.CreateClient</c>, <c>ILoggerFactory.CreateLogger</c>), or any <c>Create…</c> of a type named
    /// *Factory/*Provider/*Builder/*Creator. Stubbing it arranges the test; that it was called shows nothing.
    /// </summary>
    public static bool IsObjectFactoryMember(string member, string? mockedType)
    {
        if (!StartsWithWord(member, "create") || member.EndsWith("Async", StringComparison.Ordinal))
        {
            return false;
        }

        if (AdoObjectFactories.Contains(member))
        {
            return true;
        }

        var noun = member[6..].TrimStart('_').ToLowerInvariant();
        if (noun.Length > 0 && (ObjectNouns.Any(n => noun.EndsWith(n, StringComparison.Ordinal)) || MockObjectNouns.Any(n => noun.EndsWith(n, StringComparison.Ordinal))))
        {
            return true;
        }

        if (mockedType is null)
        {
            return false;
        }

        var type = mockedType;
        var generic = type.IndexOf('<');
        type = generic < 0 ? type : type[..generic];
        type = type[(type.LastIndexOf('.') + 1)..];
        return FactoryTypeWords.Any(w => type.EndsWith(w, StringComparison.Ordinal));
    }

    /// <summary>Factories that arrange a test rather than change the system: <c>Order.Create(…)</c>, <c>fixture.Create&lt;T&gt;()</c>, <c>CreateSut()</c>, <c>create_client()</c>.</summary>
    private static bool IsArrangement(CallSite call)
    {
        if (!StartsWithWord(call.Name, "create"))
        {
            return false;
        }

        if (AdoObjectFactories.Contains(call.Name))
        {
            return true;
        }

        var rest = call.Name[6..].TrimStart('_').ToLowerInvariant();
        var factoryReceiver = call.Receiver is { } named && FactoryWords.Any(w => named.Contains(w, StringComparison.OrdinalIgnoreCase));
        if (rest.Length == 0)
        {
            var receiver = call.Receiver;
            return receiver is null || char.IsUpper(receiver[0]) || factoryReceiver
                   || receiver.Contains("fixture", StringComparison.OrdinalIgnoreCase) || receiver.Contains("faker", StringComparison.OrdinalIgnoreCase);
        }

        if (factoryReceiver && !call.Name.EndsWith("Async", StringComparison.Ordinal))
        {
            return true; // _requestCreator.CreateTimeout(route): a creator's synchronous Create… maps its input to a new value
        }

        var noun = rest.EndsWith("async", StringComparison.Ordinal) ? rest[..^5] : rest;
        return ArrangementNouns.Any(n => noun == n || noun.EndsWith(n, StringComparison.Ordinal))
               || ArrangementPrefixes.Any(p => noun.StartsWith(p, StringComparison.Ordinal))
               || ObjectNouns.Any(n => noun.EndsWith(n, StringComparison.Ordinal))
               || IsStaticFactory(call, noun);
    }

    /// <summary>
    /// A synchronous <c>Create…</c> on a static type of values returns a value and changes nothing: <c>Period.CreateComparer(…)</c>,
    /// <c>LocalDatePattern.CreateWithCurrentCulture("d")</c>, <c>DtzIoHelper.CreateNoStringPool()</c>. Not on the machine's static
    /// types (<c>Directory.CreateDirectory</c>), not on a PascalCase property that names a service (<c>Client.CreateUser</c>),
    /// and not an asynchronous call (<c>Admin.CreateTopicAsync</c>), which goes somewhere.
    /// </summary>
    private static bool IsStaticFactory(CallSite call, string noun) =>
        call.Receiver is { Length: > 0 } receiver && char.IsUpper(receiver[0])
        && !call.Name.EndsWith("Async", StringComparison.Ordinal)
        && !ResourceTypes.Contains(receiver)
        && (!ServiceWords.Any(w => HasWord(receiver, w)) || MakesItsOwnType(receiver, noun));

    /// <summary>
    /// <c>PackageChannel.CreateImplicitChannel(…)</c>: a <c>Create…</c> whose noun ends with the last word of a receiver of two or
    /// more PascalCase words makes an instance of that type — a static factory of the type, not a property named for a
    /// service (<c>Channel.CreateQueue</c>, <c>Client.CreateUser</c> keep their effect).
    /// </summary>
    private static bool MakesItsOwnType(string receiver, string noun)
    {
        var last = receiver.Length - 1;
        while (last > 0 && !char.IsUpper(receiver[last]))
        {
            last--;
        }

        return last > 0 && receiver.Length - last >= 3 && noun.EndsWith(receiver[last..].ToLowerInvariant(), StringComparison.Ordinal);
    }

    /// <summary>
    /// <c>Truncate…</c> changes something only when it names a store (<c>TruncateTable</c>, <c>TruncateLogAsync</c>) or is
    /// asynchronous; otherwise it computes a value: <c>TimeAdjusters.TruncateToHour(t)</c>, <c>Math.Truncate(x)</c>, <c>name.Truncate(10)</c>.
    /// </summary>
    private static bool IsValueTruncation(CallSite call)
    {
        if (!StartsWithWord(call.Name, "truncate"))
        {
            return false;
        }

        var rest = call.Name[8..].TrimStart('_').ToLowerInvariant();
        var receiver = call.Receiver?.ToLowerInvariant() ?? "";
        return !rest.EndsWith("async", StringComparison.Ordinal)
               && !TruncatedStores.Any(w => rest.Contains(w, StringComparison.Ordinal) || receiver.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>
    /// Capitalised <paramref name="word"/> is one of the PascalCase words of <paramref name="name"/>: it ends the name or the
    /// next word starts after it (<c>OrderClient</c> and <c>DbContext</c> have Client and Db; <c>Clientele</c> has not).
    /// </summary>
    private static bool HasWord(string name, string word)
    {
        for (var at = name.IndexOf(word, StringComparison.Ordinal); at >= 0; at = name.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if (end == name.Length || !char.IsLower(name[end]))
            {
                return true;
            }
        }

        return false;
    }
}
