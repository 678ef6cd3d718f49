using System.Collections.Immutable;
using FloeHarden.Core.Model;
using FloeHarden.Core.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FloeHarden.Core.Config;

/// <summary>
/// Reads <c>floe-audit.yaml</c>. Every problem (syntax, unknown key, wrong type) becomes a <see cref="ConfigProblem"/>
/// with file and line, and the keys that were valid still apply.
/// </summary>
public static class ConfigLoader
{
    public const string FileName = "floe-audit.yaml";

    /// <summary>Every top-level key the loader accepts (the starter file and docs/configuration.md document each).</summary>
    public static IReadOnlyList<string> Keys => TopLevelKeys;

    private static readonly string[] TopLevelKeys =
    [
        "exclude", "python", "tiers", "values", "ignoreValues", "workflows", "plugins", "assertions", "verifications",
        "sideEffects", "rules", "traceability", "baseline", "maxFileSizeKb",
    ];

    /// <summary>The config file for an audited root: the explicit one, else the nearest floe-audit.yaml upward (stopping at a repository root).</summary>
    public static string? Locate(string root, string? explicitPath)
    {
        if (explicitPath is not null)
        {
            return Path.GetFullPath(explicitPath);
        }

        for (var dir = new DirectoryInfo(Path.GetFullPath(root)); dir is not null; dir = dir.Parent)
        {
            foreach (var name in new[] { FileName, "floe-audit.yml", ".floe-audit.yaml" })
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            if (Directory.Exists(Path.Combine(dir.FullName, ".git")))
            {
                break;
            }
        }

        return null;
    }

    public static AuditConfig Defaults(string root) => new() { BaseDirectory = Path.GetFullPath(root) };

    /// <summary>Loads a config file. Throws <see cref="FileNotFoundException"/> only when the file does not exist.</summary>
    public static AuditConfig Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var text = File.ReadAllText(fullPath);
        return Parse(text, fullPath);
    }

    public static AuditConfig Parse(string text, string fullPath)
    {
        var reader = new Reader(fullPath);
        var config = new AuditConfig { BaseDirectory = Path.GetDirectoryName(fullPath)!, SourceFile = fullPath };
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            reader.Problem(e.Start, $"invalid YAML: {e.InnerException?.Message ?? e.Message}");
            return config with { Problems = reader.Problems };
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return config;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode top)
        {
            reader.Problem(stream.Documents[0].RootNode.Start, "the configuration must be a mapping of keys (see docs/configuration.md)");
            return config with { Problems = reader.Problems };
        }

        foreach (var (keyNode, value) in top.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            switch (key)
            {
                case "exclude": config = config with { Exclude = reader.Strings(value, key) }; break;
                case "python": config = config with { Python = reader.String(value, key) }; break;
                case "tiers": config = config with { TierGlobs = reader.Tiers(value) }; break;
                case "values": config = config with { Values = reader.Strings(value, key) }; break;
                case "ignoreValues": config = config with { IgnoredValues = [.. AuditConfig.DefaultIgnoredValues, .. reader.Strings(value, key)] }; break;
                case "workflows": config = config with { Workflows = reader.Workflows(value) }; break;
                case "plugins": config = config with { Plugins = reader.Strings(value, key) }; break;
                case "assertions": config = config with { AssertionMethods = reader.AssertionMethods(value) }; break;
                case "verifications": config = config with { VerificationMethods = reader.Methods(value, key) }; break;
                case "sideEffects": config = config with { SideEffectVerbs = reader.Verbs(value) }; break;
                case "rules": config = config with { Rules = reader.Rules(value) }; break;
                case "traceability": config = config with { RequiredTraits = reader.Traceability(value) }; break;
                case "baseline": config = config with { Baseline = reader.String(value, key) }; break;
                case "maxFileSizeKb": config = config with { MaxFileBytes = reader.Int(value, key, 4096) * 1024L }; break;
                default: reader.Unknown(keyNode, key, TopLevelKeys); break;
            }
        }

        return config with { Problems = reader.Problems };
    }

    private sealed class Reader(string file)
    {
        private readonly ImmutableArray<ConfigProblem>.Builder _problems = ImmutableArray.CreateBuilder<ConfigProblem>();

        public ImmutableArray<ConfigProblem> Problems => _problems.ToImmutable();

        public void Problem(Mark mark, string message) => _problems.Add(new ConfigProblem(file, (int)mark.Line, (int)mark.Column, message));

        public void Unknown(YamlNode node, string key, IEnumerable<string> known) =>
            Problem(node.Start, $"unknown key '{key}' (expected one of: {string.Join(", ", known)})");

        public string? String(YamlNode node, string key)
        {
            if (node is YamlScalarNode scalar)
            {
                return scalar.Value;
            }

            Problem(node.Start, $"'{key}' must be a single value");
            return null;
        }

        public int Int(YamlNode node, string key, int fallback)
        {
            if (node is YamlScalarNode { Value: { } v } && int.TryParse(v, out var n) && n > 0)
            {
                return n;
            }

            Problem(node.Start, $"'{key}' must be a positive whole number");
            return fallback;
        }

        public ImmutableArray<string> Strings(YamlNode node, string key)
        {
            switch (node)
            {
                case YamlScalarNode { Value: { Length: > 0 } single }:
                    return [single];
                case YamlSequenceNode sequence:
                    var list = ImmutableArray.CreateBuilder<string>();
                    foreach (var item in sequence)
                    {
                        if (item is YamlScalarNode { Value: { } v })
                        {
                            list.Add(v);
                        }
                        else
                        {
                            Problem(item.Start, $"'{key}' items must be plain values");
                        }
                    }

                    return list.ToImmutable();
                default:
                    Problem(node.Start, $"'{key}' must be a list of values");
                    return [];
            }
        }

        public ImmutableDictionary<Tier, ImmutableArray<string>> Tiers(YamlNode node)
        {
            var result = ImmutableDictionary.CreateBuilder<Tier, ImmutableArray<string>>();
            if (node is not YamlMappingNode map)
            {
                Problem(node.Start, "'tiers' must map a tier (unit, contract, integration, e2e) to a list of globs");
                return result.ToImmutable();
            }

            foreach (var (k, v) in map.Children)
            {
                var name = ((YamlScalarNode)k).Value ?? "";
                if (TierNames.TryParse(name, out var tier) && tier != Tier.Unknown)
                {
                    result[tier] = Strings(v, $"tiers.{name}");
                }
                else
                {
                    Unknown(k, $"tiers.{name}", ["unit", "contract", "integration", "e2e"]);
                }
            }

            return result.ToImmutable();
        }

        public ImmutableArray<WorkflowConfig> Workflows(YamlNode node)
        {
            if (node is not YamlSequenceNode sequence)
            {
                Problem(node.Start, "'workflows' must be a list of {id, title, severity, match}");
                return [];
            }

            var result = ImmutableArray.CreateBuilder<WorkflowConfig>();
            foreach (var item in sequence)
            {
                if (item is not YamlMappingNode map)
                {
                    Problem(item.Start, "each workflow must be a mapping with id, title, severity and match");
                    continue;
                }

                string? id = null, title = null;
                var severity = Severity.Major;
                var match = new WorkflowMatch([], [], []);
                foreach (var (k, v) in map.Children)
                {
                    var key = ((YamlScalarNode)k).Value ?? "";
                    switch (key)
                    {
                        case "id": id = String(v, "workflows.id"); break;
                        case "title": title = String(v, "workflows.title"); break;
                        case "severity":
                            if (!SeverityNames.TryParse(String(v, "workflows.severity"), out severity))
                            {
                                Problem(v.Start, "'severity' must be critical, major, minor or info");
                                severity = Severity.Major;
                            }

                            break;
                        case "match": match = Match(v); break;
                        default: Unknown(k, $"workflows.{key}", ["id", "title", "severity", "match"]); break;
                    }
                }

                if (string.IsNullOrWhiteSpace(id))
                {
                    Problem(map.Start, "a workflow needs an 'id'");
                    continue;
                }

                result.Add(new WorkflowConfig(id, title ?? id, severity, match, (int)map.Start.Line));
            }

            return result.ToImmutable();
        }

        private WorkflowMatch Match(YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                Problem(node.Start, "'match' must be a mapping with categories, names and/or keywords");
                return new WorkflowMatch([], [], []);
            }

            ImmutableArray<string> categories = [], names = [], keywords = [];
            foreach (var (k, v) in map.Children)
            {
                var key = ((YamlScalarNode)k).Value ?? "";
                switch (key)
                {
                    case "categories" or "markers" or "traits": categories = [.. categories, .. Strings(v, $"match.{key}")]; break;
                    case "names":
                        names = Strings(v, "match.names");
                        foreach (var bad in names.Where(n => Analyses.Workflows.WorkflowMatcher.ToRegex(n) is null))
                        {
                            Problem(v.Start, $"'match.names' entry '{bad}' is not a valid regular expression (write a glob like *Checkout*, or /regex/)");
                        }

                        break;
                    case "keywords": keywords = Strings(v, "match.keywords"); break;
                    default: Unknown(k, $"match.{key}", ["categories", "markers", "traits", "names", "keywords"]); break;
                }
            }

            return new WorkflowMatch(categories, names, keywords);
        }

        public ImmutableDictionary<string, AssertionLevel> AssertionMethods(YamlNode node)
        {
            var result = ImmutableDictionary.CreateBuilder<string, AssertionLevel>(StringComparer.Ordinal);
            var methodsNode = node is YamlMappingNode map ? Section(map, "assertions", "methods") : node;
            switch (methodsNode)
            {
                case null:
                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence)
                    {
                        if (item is YamlScalarNode { Value: { } name })
                        {
                            result[name] = AssertionLevel.Exact;
                        }
                        else
                        {
                            Problem(item.Start, "assertion methods are names, or 'name: level' pairs");
                        }
                    }

                    break;
                case YamlMappingNode levels:
                    foreach (var (k, v) in levels.Children)
                    {
                        var name = ((YamlScalarNode)k).Value ?? "";
                        if (v is YamlScalarNode { Value: { } levelText } && AssertionLevels.TryParse(levelText, out var level))
                        {
                            result[name] = level;
                        }
                        else
                        {
                            Problem(v.Start, $"level of '{name}' must be exact, structural, moderate, weak or trivial");
                        }
                    }

                    break;
                default:
                    Problem(methodsNode.Start, "'assertions.methods' must be a list of names or a mapping name: level");
                    break;
            }

            return result.ToImmutable();
        }

        public ImmutableArray<string> Methods(YamlNode node, string key) =>
            node is YamlMappingNode map ? (Section(map, key, "methods") is { } m ? Strings(m, $"{key}.methods") : []) : Strings(node, key);

        public ImmutableArray<string> Verbs(YamlNode node)
        {
            if (node is YamlMappingNode map)
            {
                var verbs = AuditConfig.DefaultSideEffectVerbs;
                foreach (var (k, v) in map.Children)
                {
                    var key = ((YamlScalarNode)k).Value ?? "";
                    switch (key)
                    {
                        case "verbs": verbs = Strings(v, "sideEffects.verbs"); break;
                        case "add": verbs = [.. verbs, .. Strings(v, "sideEffects.add")]; break;
                        default: Unknown(k, $"sideEffects.{key}", ["verbs", "add"]); break;
                    }
                }

                return verbs;
            }

            return Strings(node, "sideEffects");
        }

        public ImmutableArray<RuleOverride> Rules(YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                Problem(node.Start, "'rules' must map rule ids to a severity, 'off', or {severity, paths}");
                return [];
            }

            var result = ImmutableArray.CreateBuilder<RuleOverride>();
            foreach (var (k, v) in map.Children)
            {
                var id = ((YamlScalarNode)k).Value ?? "";
                if (RuleCatalog.Find(id) is null)
                {
                    Problem(k.Start, $"unknown rule '{id}' (run 'floe-audit rules' for the catalog)");
                    continue;
                }

                switch (v)
                {
                    case YamlScalarNode { Value: { } text }:
                        if (Switch(text) is { } enabled)
                        {
                            result.Add(new RuleOverride(id, null, enabled, []));
                        }
                        else if (SeverityNames.TryParse(text, out var severity))
                        {
                            result.Add(new RuleOverride(id, severity, true, []));
                        }
                        else
                        {
                            Problem(v.Start, $"'{id}' must be critical, major, minor, info or off");
                        }

                        break;
                    case YamlSequenceNode list:
                        foreach (var entry in list)
                        {
                            if (RuleEntry(id, entry) is { } parsed)
                            {
                                result.Add(parsed);
                            }
                        }

                        break;
                    case YamlMappingNode:
                        if (RuleEntry(id, v) is { } single)
                        {
                            result.Add(single);
                        }

                        break;
                    default:
                        Problem(v.Start, $"'{id}' must be a severity, 'off', or {{severity, paths}}");
                        break;
                }
            }

            return result.ToImmutable();
        }

        private RuleOverride? RuleEntry(string id, YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                Problem(node.Start, $"each entry of '{id}' must be a mapping with severity/enabled/paths");
                return null;
            }

            Severity? severity = null;
            var enabled = true;
            ImmutableArray<string> paths = [];
            foreach (var (k, v) in map.Children)
            {
                var key = ((YamlScalarNode)k).Value ?? "";
                switch (key)
                {
                    case "severity":
                        var text = String(v, "severity");
                        if (Switch(text) is { } on)
                        {
                            enabled = on;
                        }
                        else if (SeverityNames.TryParse(text, out var s))
                        {
                            severity = s;
                        }
                        else
                        {
                            Problem(v.Start, $"'{id}.severity' must be critical, major, minor, info or off");
                        }

                        break;
                    case "enabled":
                        enabled = Switch(String(v, "enabled")) ?? true;
                        break;
                    case "paths": paths = Strings(v, $"{id}.paths"); break;
                    default: Unknown(k, $"rules.{id}.{key}", ["severity", "enabled", "paths"]); break;
                }
            }

            return new RuleOverride(id, severity, enabled, paths);
        }

        public ImmutableArray<string> Traceability(YamlNode node) =>
            node is YamlMappingNode map ? (Section(map, "traceability", "require") is { } r ? Strings(r, "traceability.require") : []) : Strings(node, "traceability");

        private YamlNode? Section(YamlMappingNode map, string parent, string only)
        {
            YamlNode? found = null;
            foreach (var (k, v) in map.Children)
            {
                var key = ((YamlScalarNode)k).Value ?? "";
                if (key == only)
                {
                    found = v;
                }
                else
                {
                    Unknown(k, $"{parent}.{key}", [only]);
                }
            }

            return found;
        }

        private static bool? Switch(string? text) => text?.Trim().ToLowerInvariant() switch
        {
            "off" or "false" or "disabled" or "none" => false,
            "on" or "true" or "enabled" => true,
            _ => null,
        };
    }
}
