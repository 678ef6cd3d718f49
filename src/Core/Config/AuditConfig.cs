using System.Collections.Immutable;
using FloeHarden.Core.Model;
using FloeHarden.Core.Rules;
using Microsoft.Extensions.FileSystemGlobbing;

namespace FloeHarden.Core.Config;

public sealed record WorkflowMatch(
    ImmutableArray<string> Categories,
    ImmutableArray<string> Names,
    ImmutableArray<string> Keywords);

public sealed record WorkflowConfig(string Id, string Title, Severity Severity, WorkflowMatch Match, int Line);

public sealed record RuleOverride(string RuleId, Severity? Severity, bool Enabled, ImmutableArray<string> Paths);

/// <summary>A problem with the configuration or a values file, with the file and line (FH1903).</summary>
public sealed record ConfigProblem(string File, int Line, int Column, string Message);

/// <summary>
/// <c>floe-audit.yaml</c>, resolved. Every key is optional; the defaults audit a conventional repository.
/// Globs are relative to <see cref="BaseDirectory"/> (the config file's folder, or the audited root).
/// </summary>
public sealed record AuditConfig
{
    /// <summary>Helm values files anywhere below the base: monorepos keep charts in deploy/charts, services/x/helm, ….</summary>
    public static readonly ImmutableArray<string> DefaultValuesGlobs = ["**/charts/**/values*.yaml", "**/charts/**/values*.yml", "**/helm/**/values*.yaml", "**/deploy/**/values*.yaml"];

    public static readonly ImmutableArray<string> DefaultPluginGlobs = ["plugins/*", "src/Plugins/*", "**/*.Plugin.*"];

    public static readonly ImmutableArray<string> DefaultSideEffectVerbs =
    [
        "write", "send", "publish", "emit", "post", "put", "patch", "delete", "remove", "deploy", "apply", "upload", "push",
        "save", "insert", "update", "create", "enqueue", "notify", "submit", "dispatch", "store", "persist", "launch",
        "trigger", "execute", "materialize", "register", "commit", "drop", "truncate", "purge", "upsert", "append",
    ];

    public static readonly ImmutableArray<string> DefaultIgnoredValues =
    [
        "true", "false", "yes", "no", "on", "off", "null", "none", "0", "1", "default", "test", "tests", "enabled", "disabled",
        "info", "debug", "warn", "error", "latest", "main", "master", "local", "always", "never", "IfNotPresent", "ClusterIP",
        "TCP", "UDP", "http", "https", "json", "yaml", "admin", "user", "password", "name", "value", "key", "id",
    ];

    public string BaseDirectory { get; init; } = "";

    /// <summary>The config file the values came from, or null when defaults are used.</summary>
    public string? SourceFile { get; init; }

    public ImmutableArray<string> Exclude { get; init; } = [];

    public string? Python { get; init; }

    public ImmutableDictionary<Tier, ImmutableArray<string>> TierGlobs { get; init; } = ImmutableDictionary<Tier, ImmutableArray<string>>.Empty;

    public ImmutableArray<string> Values { get; init; } = DefaultValuesGlobs;

    public ImmutableArray<string> IgnoredValues { get; init; } = DefaultIgnoredValues;

    public ImmutableArray<WorkflowConfig> Workflows { get; init; } = [];

    public ImmutableArray<string> Plugins { get; init; } = DefaultPluginGlobs;

    /// <summary>Project methods that assert (name → level).</summary>
    public ImmutableDictionary<string, AssertionLevel> AssertionMethods { get; init; } = ImmutableDictionary<string, AssertionLevel>.Empty;

    public ImmutableArray<string> VerificationMethods { get; init; } = [];

    public ImmutableArray<string> SideEffectVerbs { get; init; } = DefaultSideEffectVerbs;

    public ImmutableArray<RuleOverride> Rules { get; init; } = [];

    public ImmutableArray<string> RequiredTraits { get; init; } = [];

    public string? Baseline { get; init; }

    public long MaxFileBytes { get; init; } = 4 * 1024 * 1024;

    public ImmutableArray<ConfigProblem> Problems { get; init; } = [];

    private Matcher? _excludeMatcher;
    private Matcher? _valuesMatcher;
    private ImmutableDictionary<Tier, Matcher>? _tierMatchers;
    private Matcher? _pluginMatcher;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<RuleOverride, Matcher> _ruleMatchers = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Whether a folder is a plugin: its path relative to the base, or relative to the audited root (so that
    /// <c>plugins/*</c> also means the plugins of a sub-folder audited on its own), matches a <c>plugins</c> glob.
    /// </summary>
    public bool IsPluginFolder(string fullPath, string? rootRelative = null)
    {
        if (Plugins.IsEmpty)
        {
            return false;
        }

        _pluginMatcher ??= MatcherFor(Plugins);
        var relative = RelativeToBase(fullPath);
        return (relative is not null && relative != "." && _pluginMatcher.Match(relative).HasMatches)
               || (!string.IsNullOrEmpty(rootRelative) && rootRelative != relative && _pluginMatcher.Match(rootRelative).HasMatches);
    }

    public bool IsExcluded(string fullPath, bool isDirectory)
    {
        if (Exclude.IsEmpty)
        {
            return false;
        }

        _excludeMatcher ??= MatcherFor(Exclude);
        var relative = RelativeToBase(fullPath);
        return relative is not null && (_excludeMatcher.Match(relative).HasMatches || (isDirectory && _excludeMatcher.Match(relative + "/x").HasMatches));
    }

    public bool IsValuesFile(string fullPath)
    {
        var name = Path.GetFileName(fullPath);
        if (!name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var relative = RelativeToBase(fullPath);
        if (relative is null || relative.Split('/').Contains("templates"))
        {
            return false;
        }

        _valuesMatcher ??= MatcherFor(Values);
        return _valuesMatcher.Match(relative).HasMatches;
    }

    /// <summary>The tier the configured globs give a path, if any glob matches.</summary>
    public Tier? ConfiguredTier(string fullPath)
    {
        if (TierGlobs.IsEmpty)
        {
            return null;
        }

        _tierMatchers ??= TierGlobs.ToImmutableDictionary(kv => kv.Key, kv => MatcherFor(kv.Value));
        var relative = RelativeToBase(fullPath);
        if (relative is null)
        {
            return null;
        }

        foreach (var tier in new[] { Tier.E2E, Tier.Integration, Tier.Contract, Tier.Unit })
        {
            if (_tierMatchers.TryGetValue(tier, out var matcher) && matcher.Match(relative).HasMatches)
            {
                return tier;
            }
        }

        return null;
    }

    public bool IsTierPath(string fullPath) => ConfiguredTier(fullPath) is not null;

    /// <summary>
    /// The <c>rules:</c> entry that governs a rule in a file: a path-scoped entry whose globs match the file wins over a
    /// global one; null when the rule keeps its default. Aggregating analyses ask it per place, so a path-disabled rule
    /// neither counts nor anchors an aggregated finding there.
    /// </summary>
    public RuleOverride? OverrideFor(string ruleId, string fullPath)
    {
        string? relative = null;
        foreach (var rule in Rules.Where(r => string.Equals(r.RuleId, ruleId, StringComparison.OrdinalIgnoreCase)).OrderByDescending(r => r.Paths.Length))
        {
            if (rule.Paths.IsEmpty)
            {
                return rule;
            }

            relative ??= RelativeToBase(fullPath);
            if (relative is not null && _ruleMatchers.GetOrAdd(rule, r => MatcherFor(r.Paths)).Match(relative).HasMatches)
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>Whether some <c>rules:</c> entry scopes the rule to paths (only then can it be on in one file and off in another).</summary>
    public bool IsPathScoped(string ruleId) =>
        Rules.Any(r => !r.Paths.IsEmpty && string.Equals(r.RuleId, ruleId, StringComparison.OrdinalIgnoreCase));

    public string? RelativeToBase(string fullPath)
    {
        var relative = Path.GetRelativePath(BaseDirectory, fullPath).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." ? null : relative;
    }

    public static Matcher MatcherFor(IEnumerable<string> globs)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        foreach (var glob in globs)
        {
            matcher.AddInclude(glob);
        }

        return matcher;
    }
}
