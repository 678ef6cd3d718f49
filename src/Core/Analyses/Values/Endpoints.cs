using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace FloeHarden.Core.Analyses.Values;

/// <summary>A service address written in a string: <c>localhost:3000</c>, <c>http://polaris:8181/api</c>, <c>minio.floe.svc.cluster.local</c>.</summary>
public sealed record Endpoint(string Host, int? Port, string? Scheme)
{
    /// <summary>What the endpoint is aggregated by: host and port, lower case (the scheme and path do not change where it points).</summary>
    public string Authority => Port is { } port
        ? Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{port.ToString(CultureInfo.InvariantCulture)}" : $"{Host}:{port.ToString(CultureInfo.InvariantCulture)}"
        : Host;

    public bool IsLoopback => Endpoints.IsLoopback(Host);

    /// <summary>The first DNS label: <c>polaris.floe.svc.cluster.local</c> and <c>polaris</c> are the same service.</summary>
    public string ServiceName => Host.Split('.')[0];
}

/// <summary>
/// Finds service endpoints in string literals. A service endpoint is an address a test reaches a service at:
/// anything on loopback or an IP address, a Kubernetes service name (<c>*.svc</c>, <c>*.svc.cluster.local</c>), a
/// host with an explicit port, or a single-label host in a URL (<c>http://polaris/api</c>). Public web addresses
/// without a port (<c>https://www.w3.org/…</c>, schema URIs) and documentation domains (example.com, *.test,
/// *.invalid, RFC 2606) are not endpoints of the system under test and are left alone.
/// </summary>
public static partial class Endpoints
{
    private static readonly HashSet<string> NetworkSchemes = new(StringComparer.OrdinalIgnoreCase)
    {
        "http", "https", "grpc", "grpcs", "tcp", "udp", "ws", "wss", "postgres", "postgresql", "mysql", "mariadb", "sqlserver", "redis", "rediss",
        "amqp", "amqps", "mongodb", "mongodb+srv", "nats", "kafka", "s3", "s3a", "thrift", "bolt", "neo4j", "mqtt", "ftp", "sftp", "ldap", "ldaps",
    };

    /// <summary>Calls a URL is given to as data (see <see cref="IsUrlData"/>).</summary>
    private static readonly HashSet<string> UrlDataCalls = new(StringComparer.Ordinal)
    {
        "urlsplit", "urlparse", "urlunsplit", "urlunparse", "urldefrag", "parse_url", "uri_reference", "iri_reference", "URI", "URL", "furl",
        "requote_uri", "quote", "unquote", "Request.prepare",
    };

    /// <summary>
    /// Contexts the front ends give a literal that is data of the test, not a place it connects to (see <see cref="IsTestData"/>):
    /// compared in an assertion, a row of a data-driven test, the input of a <c>Parse</c> function.
    /// </summary>
    public const string Asserted = "(asserted)";

    public const string Row = "(row)";

    public const string Parsed = "(parsed)";

    /// <summary>
    /// Given to an in-process client or request (a Flask test client's base URL, <c>httpx.Client(transport=MockTransport(h))</c>,
    /// <c>test_request_context</c>): routing input of the app under test, no connection.
    /// </summary>
    public const string InProcess = "(in-process)";

    /// <summary>Inside <c>pytest.raises</c>/<c>assertRaises</c> (not a connection error): a value the test expects the code to reject.</summary>
    public const string Rejected = "(rejected)";

    /// <summary>A dictionary key or an index: a map keyed by address is parsed data (a cluster's nodes), see <see cref="IsUrlData"/>.</summary>
    public const string Key = "(key)";

    /// <summary>
    /// The type of a <c>type:id</c> key (<c>user:1000</c>, <c>session:12345</c>, the Redis and cache key convention): a bare
    /// <c>name:number</c> with one of these names is a key, not a host and port.
    /// </summary>
    private static readonly HashSet<string> KeyTypes = new(StringComparer.Ordinal)
    {
        "user", "users", "session", "sessions", "order", "orders", "item", "items", "product", "products", "customer", "customers",
        "account", "accounts", "tenant", "cart", "job", "jobs", "task", "tasks", "lock", "counter", "post", "posts", "doc", "docs",
        "document", "event", "events", "message", "msg", "entity", "object", "record", "key", "keys", "id", "page", "profile", "blog", "person",
        "employee", "invoice", "ticket", "issue", "comment", "article", "stream", "channel", "room", "game", "player", "team", "group", "device",
    };

    private static readonly HashSet<string> PlaceholderHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "host", "hostname", "server", "example", "myhost", "yourhost", "domain", "foo", "bar", "service", "address",
    };

    /// <summary>A scheme and the authority after it: everything up to the path, query or fragment, or the end of the word.</summary>
    [GeneratedRegex(@"(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?<authority>[^/?#\s""'`<>\\(){}|,;]*)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9._/@:-])(?<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*):(?<port>\d{2,5})(?![\d.:A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex HostPortPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9.-])(?<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.svc(?:\.cluster\.local)?)(?![A-Za-z0-9-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClusterPattern();

    [GeneratedRegex(@"(?:^|;)\s*(?:host|server|data source|address|addr)\s*=\s*(?<host>[A-Za-z0-9._-]+)(?:[,:](?<port>\d{2,5}))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringHost();

    [GeneratedRegex(@"(?:^|;)\s*port\s*=\s*(?<port>\d{2,5})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringPort();

    /// <summary>An authority without its user information: a host name or a bracketed IPv6 address, and an optional port.</summary>
    [GeneratedRegex(@"^(?:\[(?<host>[0-9A-Fa-f:.]+)\]|(?<host>[A-Za-z0-9._-]+))(?::(?<port>\d{1,5}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex HostAndPort();

    /// <summary>A word that carries on a host name: <c>le.com/</c> after the space in <c>https://exam le.com/</c>.</summary>
    [GeneratedRegex(@"^\s+[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z][A-Za-z0-9-]*(?:[/:?#]|\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex HostContinued();

    [GeneratedRegex(@"^(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv4();

    /// <summary>The service endpoints a literal contains, each once, in order of appearance.</summary>
    /// <summary>Literals repeat across a tree (the same URL in every test file): each distinct one is scanned once.</summary>
    private static readonly ConcurrentDictionary<string, Endpoint[]> Scanned = new(StringComparer.Ordinal);

    private const int ScannedLimit = 200_000;

    public static IReadOnlyList<Endpoint> Find(string literal)
    {
        if (literal.Length < 4 || literal.Length > 2000)
        {
            return [];
        }

        // Every pattern needs a ':' (URL, host:port), a '=' (connection string) or ".svc" (cluster DNS): most literals
        // have none, and two vectorised scans are cheaper than hashing the literal for the memo.
        if (literal.AsSpan().IndexOfAny(':', '=') < 0 && !literal.Contains("svc", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        if (Scanned.TryGetValue(literal, out var known))
        {
            return known;
        }

        if (Scanned.Count >= ScannedLimit)
        {
            Scanned.Clear(); // a bound, not a policy: one huge audit must not hold every literal it ever saw
        }

        return Scanned[literal] = [.. Scan(literal)];
    }

    private static List<Endpoint> Scan(string literal)
    {

        var found = new List<Endpoint>();
        var covered = new List<(int Start, int End)>();
        foreach (Match m in UrlPattern().Matches(literal))
        {
            covered.Add((m.Index, m.Index + m.Length));
            var scheme = m.Groups["scheme"].Value;
            if (!NetworkSchemes.Contains(scheme) || Authority(literal, m) is not { } endpoint)
            {
                continue;
            }

            var singleLabel = !endpoint.Host.Contains('.', StringComparison.Ordinal) && !endpoint.Host.Contains(':', StringComparison.Ordinal);
            if (singleLabel && PlaceholderHosts.Contains(endpoint.Host))
            {
                continue;
            }

            if (IsServiceEndpoint(endpoint) || (singleLabel && IsHostName(endpoint.Host) && endpoint.Port is null))
            {
                Add(endpoint);
            }
        }

        foreach (Match m in HostPortPattern().Matches(literal))
        {
            if (Covered(m.Index))
            {
                continue;
            }

            covered.Add((m.Index, m.Index + m.Length));
            var endpoint = Make(m.Groups["host"].Value, m.Groups["port"], null);
            var singleLabel = !endpoint.Host.Contains('.', StringComparison.Ordinal);
            var plausiblePort = endpoint.Port is >= 1024 or 80 or 443;
            if (IsHostName(endpoint.Host) && !(singleLabel && (PlaceholderHosts.Contains(endpoint.Host) || KeyTypes.Contains(endpoint.Host))) && (!singleLabel || endpoint.IsLoopback || (plausiblePort && IsLowerCaseName(m.Groups["host"].Value))) && IsServiceEndpoint(endpoint))
            {
                Add(endpoint);
            }
        }

        foreach (Match m in ClusterPattern().Matches(literal))
        {
            if (!Covered(m.Index))
            {
                Add(new Endpoint(m.Groups["host"].Value.ToLowerInvariant(), null, null));
            }
        }

        if (ConnectionStringHost().Match(literal) is { Success: true } host && literal.Contains(';', StringComparison.Ordinal))
        {
            var port = host.Groups["port"].Success ? host.Groups["port"] : ConnectionStringPort().Match(literal).Groups["port"];
            var endpoint = Make(host.Groups["host"].Value, port, null);
            if (IsServiceEndpoint(endpoint) && (endpoint.Port is not null || endpoint.IsLoopback))
            {
                Add(endpoint);
            }
        }

        return found;

        bool Covered(int index) => covered.Any(c => index >= c.Start && index < c.End);

        void Add(Endpoint endpoint)
        {
            if (!found.Any(e => e.Authority == endpoint.Authority))
            {
                found.Add(endpoint);
            }
        }
    }

    /// <summary>
    /// The endpoint a URL's authority names, or null when the authority is not a well-formed host: user information
    /// (<c>u:p@</c>) is skipped, and a host with characters no host name has (<c>[invalid!]</c>, <c>%20</c>), an IP
    /// literal that does not parse, a port that is not a number, or a space inside (<c>https://exam le.com/</c>) means
    /// the string is not an address at all (a URL parser's test data, mostly).
    /// </summary>
    private static Endpoint? Authority(string literal, Match url)
    {
        var authority = url.Groups["authority"];
        var text = authority.Value.TrimEnd('.', ':');
        var end = authority.Index + authority.Length;
        if (end < literal.Length && ((char.IsWhiteSpace(literal[end]) && HostContinued().IsMatch(literal.AsSpan(end))) || literal[end] == '\\'))
        {
            return null; // a space inside the host, or an escape after it: a regular expression (https://legacy\.(.*)), not a URL
        }

        var at = text.LastIndexOf('@');
        if (HostAndPort().Match(at < 0 ? text : text[(at + 1)..]) is not { Success: true } hostPort)
        {
            return null;
        }

        var host = hostPort.Groups["host"].Value;
        var bracketed = hostPort.Value.StartsWith('[');
        if (bracketed ? !host.Contains(':', StringComparison.Ordinal) || !IPAddress.TryParse(host, out _) : !IsHostName(host))
        {
            return null;
        }

        return Make(host, hostPort.Groups["port"], url.Groups["scheme"].Value);
    }

    /// <summary>
    /// Whether a literal's context (the call it is given to) treats it as a URL to take apart rather than a place to
    /// connect to: a URL parser or model (<c>urlsplit</c>, <c>urlparse</c>, <c>httpx.URL</c>, <c>yarl.URL</c>,
    /// <c>furl</c>, <c>rfc3986.uri_reference</c>), a request built only to be prepared (<c>Request(...).prepare()</c>),
    /// or a <c>System.Uri</c> parsed or inspected on the spot (<c>Uri.TryCreate</c>, <c>new Uri("…").Host</c>; the
    /// C# frontend writes these as <c>Uri.Member</c>). Its hosts are test data about URL handling.
    /// </summary>
    public static bool IsUrlData(string? context) =>
        context is not null && (UrlDataCalls.Contains(context) || context == Key || context.StartsWith("Uri.", StringComparison.Ordinal) || context.StartsWith("UriBuilder.", StringComparison.Ordinal));

    /// <summary>
    /// Whether a literal's context makes this one occurrence test data: compared in an assertion (the expected rendering,
    /// <c>Assert.Equal("127.0.0.1:7000", ep.ToString())</c>), a row of a data-driven test (TheoryData, MemberData,
    /// <c>pytest.mark.parametrize</c>), or the input of a <c>Parse</c> function that is not handed on to another call.
    /// Unlike <see cref="IsUrlData"/>, the file's other occurrences of the endpoint still count: a test that connects to
    /// <c>localhost:8080</c> and then compares a response's URL with it is still tied to that address.
    /// </summary>
    public static bool IsTestData(string? context) =>
        context is Asserted or Row or Parsed or InProcess or Rejected
            or "SERVER_NAME" // the app's own host name (Flask, WSGI environ): what its routing matches requests against
            or "from_string" or "render_template_string"; // a template's source: markup rendered, not an address used

    /// <summary>Parses a values-file scalar or a default as an address: a URL, host:port, or a bare host name.</summary>
    public static Endpoint? Parse(string text)
    {
        var trimmed = text.Trim();
        if (Find(trimmed) is [var first, ..])
        {
            return first;
        }

        return IsHostName(trimmed) && !trimmed.Contains(' ', StringComparison.Ordinal) ? new Endpoint(trimmed.ToLowerInvariant(), null, null) : null;
    }

    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || host.StartsWith("127.", StringComparison.Ordinal) || host is "0.0.0.0" or "::1" or "host.docker.internal" or "host.minikube.internal";

    private static Endpoint Make(string host, Group port, string? scheme) =>
        new(host.ToLowerInvariant(), port.Success && int.TryParse(port.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 65535 ? p : null, scheme?.ToLowerInvariant());

    private static bool IsServiceEndpoint(Endpoint endpoint)
    {
        var host = endpoint.Host;
        if (IsDocumentationHost(host) || endpoint.Port is 0 or 1 || host is "0.0.0.0" or "::")
        {
            // 0.0.0.0 and :: are the wildcard addresses a server binds to (every interface), not a place to connect to
            return false; // port 0 asks the system for any free port; nothing listens on port 1 (TCPMUX), the port tests use for a refused connection
        }

        return endpoint.IsLoopback || Ipv4().IsMatch(host) || host.Contains(':', StringComparison.Ordinal) || IsClusterHost(host) || endpoint.Port is not null;
    }

    private static bool IsClusterHost(string host) =>
        host.EndsWith(".svc", StringComparison.Ordinal) || host.EndsWith(".svc.cluster.local", StringComparison.Ordinal) || host.EndsWith(".cluster.local", StringComparison.Ordinal);

    private static bool IsDocumentationHost(string host) =>
        host is "example.com" or "example.org" or "example.net" || host.EndsWith(".example.com", StringComparison.Ordinal)
        || host.EndsWith(".example.org", StringComparison.Ordinal) || host.EndsWith(".example.net", StringComparison.Ordinal)
        || host.EndsWith(".example", StringComparison.Ordinal) || host.EndsWith(".test", StringComparison.Ordinal) || host.EndsWith(".invalid", StringComparison.Ordinal)
        || host.StartsWith("192.0.2.", StringComparison.Ordinal) || host.StartsWith("198.51.100.", StringComparison.Ordinal) || host.StartsWith("203.0.113.", StringComparison.Ordinal)
        || host.StartsWith("2001:db8:", StringComparison.Ordinal); // RFC 5737 and RFC 3849 documentation addresses

    /// <summary>A host name has a letter (so <c>12:30</c> is a time, not an address) or is an IP address.</summary>
    private static bool IsHostName(string host) =>
        host.Length > 0 && (Ipv4().IsMatch(host) || host.Contains(':', StringComparison.Ordinal) || (host.Any(char.IsLetter) && host.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_')));

    /// <summary>Service names are lower case; <c>Error:404</c> or <c>Order:1234</c> are not.</summary>
    private static bool IsLowerCaseName(string host) => host.All(c => !char.IsUpper(c));
}
