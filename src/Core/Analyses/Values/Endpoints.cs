using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FloeHarden.Core.Analyses.Values;

/// <summary>A service address written in a string: <c>localhost:3000</c>, <c>http://polaris:8181/api</c>, <c>minio.floe.svc.cluster.local</c>.</summary>
public sealed record Endpoint(string Host, int? Port, string? Scheme)
{
    /// <summary>What the endpoint is aggregated by: host and port, lower case (the scheme and path do not change where it points).</summary>
    public string Authority => Port is { } port ? $"{Host}:{port.ToString(CultureInfo.InvariantCulture)}" : Host;

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

    private static readonly HashSet<string> PlaceholderHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "host", "hostname", "server", "example", "myhost", "yourhost", "domain", "foo", "bar", "service", "address",
    };

    [GeneratedRegex(@"(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?:[^@/\s""']+@)?(?<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(?::(?<port>\d{1,5}))?", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9._/@:-])(?<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*):(?<port>\d{2,5})(?![\d.:A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex HostPortPattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9.-])(?<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.svc(?:\.cluster\.local)?)(?![A-Za-z0-9-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClusterPattern();

    [GeneratedRegex(@"(?:^|;)\s*(?:host|server|data source|address|addr)\s*=\s*(?<host>[A-Za-z0-9._-]+)(?:[,:](?<port>\d{2,5}))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringHost();

    [GeneratedRegex(@"(?:^|;)\s*port\s*=\s*(?<port>\d{2,5})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringPort();

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){3}$", RegexOptions.CultureInvariant)]
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
            if (!NetworkSchemes.Contains(scheme))
            {
                continue;
            }

            var endpoint = Make(m.Groups["host"].Value.Trim('[', ']'), m.Groups["port"], scheme);
            var singleLabel = !endpoint.Host.Contains('.', StringComparison.Ordinal) && !endpoint.Host.Contains(':', StringComparison.Ordinal);
            if (singleLabel && PlaceholderHosts.Contains(endpoint.Host))
            {
                continue;
            }

            if (IsServiceEndpoint(endpoint) || (singleLabel && IsHostName(endpoint.Host)))
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
            var plausiblePort = endpoint.Port is >= 1000 or 80 or 443;
            if (IsHostName(endpoint.Host) && !(singleLabel && PlaceholderHosts.Contains(endpoint.Host)) && (!singleLabel || endpoint.IsLoopback || (plausiblePort && IsLowerCaseName(m.Groups["host"].Value))) && IsServiceEndpoint(endpoint))
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
        new(host.ToLowerInvariant(), port.Success && int.TryParse(port.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and <= 65535 ? p : null, scheme?.ToLowerInvariant());

    private static bool IsServiceEndpoint(Endpoint endpoint)
    {
        var host = endpoint.Host;
        if (IsDocumentationHost(host))
        {
            return false;
        }

        return endpoint.IsLoopback || Ipv4().IsMatch(host) || host.Contains(':', StringComparison.Ordinal) || IsClusterHost(host) || endpoint.Port is not null;
    }

    private static bool IsClusterHost(string host) =>
        host.EndsWith(".svc", StringComparison.Ordinal) || host.EndsWith(".svc.cluster.local", StringComparison.Ordinal) || host.EndsWith(".cluster.local", StringComparison.Ordinal);

    private static bool IsDocumentationHost(string host) =>
        host is "example.com" or "example.org" or "example.net" || host.EndsWith(".example.com", StringComparison.Ordinal)
        || host.EndsWith(".example.org", StringComparison.Ordinal) || host.EndsWith(".example.net", StringComparison.Ordinal)
        || host.EndsWith(".example", StringComparison.Ordinal) || host.EndsWith(".test", StringComparison.Ordinal) || host.EndsWith(".invalid", StringComparison.Ordinal);

    /// <summary>A host name has a letter (so <c>12:30</c> is a time, not an address) or is an IP address.</summary>
    private static bool IsHostName(string host) =>
        host.Length > 0 && (Ipv4().IsMatch(host) || host.Contains(':', StringComparison.Ordinal) || (host.Any(char.IsLetter) && host.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_')));

    /// <summary>Service names are lower case; <c>Error:404</c> or <c>Order:1234</c> are not.</summary>
    private static bool IsLowerCaseName(string host) => host.All(c => !char.IsUpper(c));
}
