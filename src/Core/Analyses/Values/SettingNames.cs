using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;

namespace FloeHarden.Core.Analyses.Values;

/// <summary>Why a test-code setting name and a values key path were taken to name the same setting.</summary>
public sealed record SettingMatch(int Score, string Reason, bool IsCredential);

/// <summary>
/// Matches setting names across conventions — <c>MINIO_SECRET_KEY</c>, <c>MinioSettings.SecretKey</c>,
/// <c>minio.auth.rootPassword</c>, <c>os.environ.get("POLARIS_URI")</c> — by tokens, not by spelling.
/// Two names match when (1) their last meaningful tokens name the same kind of setting (equal, or synonyms such as
/// password ~ secret key ~ pwd, url ~ endpoint ~ host) and (2) they share at least one component token (minio, polaris)
/// that is not a generic word (auth, credentials, service, root…). Requiring both keeps a bare <c>password</c>
/// parameter from matching every password in the chart, and <c>MINIO_PASSWORD</c> from matching postgres's.
/// </summary>
public static class SettingNames
{
    /// <summary>Words that carry no meaning in a setting name: dropped before matching.</summary>
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "test", "testing", "default", "env", "environment", "var", "variable", "config", "configuration", "setting", "option",
        "const", "constant", "value", "the", "my", "get", "fixture", "helper", "fallback", "override", "spec", "e2e", "integration",
        "unit", "shared", "common", "global", "app", "application", "os", "environ", "getenv", "str", "string",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that group settings without naming a component: never enough to match on.</summary>
    private static readonly FrozenSet<string> Generic = new[]
    {
        "auth", "authentication", "credential", "security", "service", "svc", "server", "connection", "conn", "info", "data",
        "deployment", "chart", "helm", "image", "spec", "metadata", "resource", "setup",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Qualifiers (root password, bootstrap client): a shared one strengthens a match but cannot make one.</summary>
    private static readonly FrozenSet<string> Qualifiers = new[]
    {
        "root", "admin", "bootstrap", "client", "initial", "master", "main", "primary", "internal", "external", "public", "access",
        "super", "owner", "api", "base", "local", "remote",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adjacent tokens that are one word in setting names.</summary>
    private static readonly FrozenDictionary<(string, string), string> Compounds = new Dictionary<(string, string), string>
    {
        [("access", "key")] = "accesskey",
        [("accesskey", "id")] = "accesskey",
        [("secret", "key")] = "secretkey",
        [("secret", "access")] = "secret",
        [("api", "key")] = "apikey",
        [("private", "key")] = "privatekey",
        [("user", "name")] = "username",
        [("host", "name")] = "hostname",
        [("pass", "word")] = "password",
        [("end", "point")] = "endpoint",
        [("name", "space")] = "namespace",
        [("data", "base")] = "database",
        [("db", "name")] = "database",
        [("bucket", "name")] = "bucket",
        [("catalog", "name")] = "catalog",
        [("namespace", "name")] = "namespace",
        [("database", "name")] = "database",
        [("base", "url")] = "url",
    }.ToFrozenDictionary();

    /// <summary>The kind of setting a last token names. Tokens absent here are their own kind.</summary>
    private static readonly FrozenDictionary<string, string> Concepts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["password"] = "secret",
        ["passwd"] = "secret",
        ["pwd"] = "secret",
        ["pass"] = "secret",
        ["secret"] = "secret",
        ["secretkey"] = "secret",
        ["privatekey"] = "secret",
        ["user"] = "user",
        ["username"] = "user",
        ["login"] = "user",
        ["accesskey"] = "user",
        ["token"] = "token",
        ["jwt"] = "token",
        ["bearer"] = "token",
        ["endpoint"] = "endpoint",
        ["url"] = "endpoint",
        ["uri"] = "endpoint",
        ["address"] = "endpoint",
        ["addr"] = "endpoint",
        ["host"] = "endpoint",
        ["hostname"] = "endpoint",
        ["namespace"] = "namespace",
        ["ns"] = "namespace",
        ["database"] = "database",
        ["db"] = "database",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CredentialTokens = new[]
    {
        "password", "passwd", "pwd", "pass", "secret", "secretkey", "privatekey", "token", "jwt", "bearer", "key", "apikey", "accesskey", "credential",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The meaningful tokens of a name, lower case: split on anything but letters and digits and on camelCase humps
    /// (<c>URLPath</c> → url, path), compounds joined (secret key → secretkey), plurals singular, stop words and indexes dropped.
    /// </summary>
    public static ImmutableArray<string> Tokenize(string name)
    {
        var raw = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (char.IsUpper(c) && current.Length > 0)
            {
                var previous = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    Flush();
                }
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();

        var tokens = new List<string>();
        foreach (var token in raw)
        {
            if (token.All(char.IsDigit))
            {
                continue;
            }

            var word = Singular(token);
            if (tokens.Count > 0 && Compounds.TryGetValue((tokens[^1], word), out var compound))
            {
                tokens[^1] = compound;
                continue;
            }

            tokens.Add(word);
        }

        return [.. tokens.Where(t => !StopWords.Contains(t))];

        void Flush()
        {
            if (current.Length > 0)
            {
                raw.Add(current.ToString());
                current.Clear();
            }
        }
    }

    /// <summary>The kind of setting a name names, from its last meaningful token (password and secret key are both "secret").</summary>
    public static string? KindOf(ImmutableArray<string> tokens) => tokens.IsEmpty ? null : Concepts.GetValueOrDefault(tokens[^1], tokens[^1]);

    public static bool IsCredential(ImmutableArray<string> tokens) => tokens.Any(CredentialTokens.Contains);

    /// <summary>Whether a test-code setting name and a values key path name the same setting, and why.</summary>
    public static SettingMatch? Match(string testName, string valuesKeyPath) => Match(Tokenize(testName), Tokenize(valuesKeyPath));

    public static SettingMatch? Match(ImmutableArray<string> test, ImmutableArray<string> values)
    {
        if (test.Length < 2 || values.Length < 2)
        {
            return null;
        }

        var kind = KindOf(test);
        return kind is not null && kind == KindOf(values) ? Score(test, values, kind, test[^1] == values[^1] ? $"`{test[^1]}`" : $"`{test[^1]}` ~ `{values[^1]}` (both a {kind})") : null;
    }

    /// <summary>
    /// An address setting in test code (<c>POLARIS_URI</c>) and a port in the chart (<c>polaris.service.port</c>) of the same
    /// component: the address's port must be the chart's port.
    /// </summary>
    public static SettingMatch? MatchPort(ImmutableArray<string> test, ImmutableArray<string> values) =>
        test.Length >= 2 && values.Length >= 2 && KindOf(test) == "endpoint" && values[^1] == "port"
            ? Score(test, values, "port", $"the port of `{test[^1]}` is `{values[^1]}`")
            : null;

    private static SettingMatch? Score(ImmutableArray<string> test, ImmutableArray<string> values, string kind, string setting)
    {

        var testParts = test[..^1].ToHashSet(StringComparer.Ordinal);
        var valuesParts = values[..^1].ToHashSet(StringComparer.Ordinal);
        var components = testParts.Where(t => valuesParts.Contains(t) && IsComponent(t)).Order(StringComparer.Ordinal).ToList();
        if (components.Count == 0)
        {
            return null;
        }

        var qualifiers = testParts.Where(t => valuesParts.Contains(t) && Qualifiers.Contains(t)).ToList();
        var unmatched = testParts.Count(t => IsComponent(t) && !valuesParts.Contains(t));
        var sameWord = test[^1] == values[^1];
        var score = (10 * components.Count) + (sameWord ? 3 : 0) + (2 * qualifiers.Count) - (4 * unmatched);
        var reason = $"both name {string.Join(" and ", components.Select(c => $"`{c}`"))}, and {setting}";
        return new SettingMatch(score, reason, kind is "secret" or "token" || IsCredential([test[^1]]) || IsCredential([values[^1]]));
    }

    /// <summary>A token that names a component (minio, polaris): not generic, not a qualifier, not a kind of setting.</summary>
    public static bool IsComponent(string token) =>
        token.Length >= 2 && !Generic.Contains(token) && !Qualifiers.Contains(token) && !Concepts.ContainsKey(token) && !CredentialTokens.Contains(token);

    private static string Singular(string token) =>
        token.Length > 3 && token.EndsWith('s') && !token.EndsWith("ss", StringComparison.Ordinal) && !token.EndsWith("us", StringComparison.Ordinal)
        && !token.EndsWith("is", StringComparison.Ordinal)
            ? token[..^1]
            : token;
}
