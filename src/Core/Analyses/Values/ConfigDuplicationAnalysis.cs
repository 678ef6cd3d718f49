using System.Collections.Immutable;
using System.Globalization;
using FloeHarden.Core.Model;
using FloeHarden.Core.Rules;
using FloeHarden.Core.Values;

namespace FloeHarden.Core.Analyses.Values;

public sealed record ValuesFileRow(string File, int Scalars, int Distinctive, int DuplicatedInTests, int Problems);

/// <summary>A values-file scalar that test code repeats: where the chart sets it, and every place a test writes it again.</summary>
public sealed record DuplicateRow(string Value, string Kind, ImmutableArray<string> Keys, int Occurrences, ImmutableArray<string> Files, string FirstFile, int FirstLine);

/// <summary>A test default that disagrees with the chart: both values, both locations, and why they were taken as one setting.</summary>
public sealed record DriftRow(
    string Severity,
    string Setting,
    string TestDefault,
    string TestFile,
    int TestLine,
    string Source,
    string ValuesKey,
    string ValuesValue,
    string ValuesFile,
    int ValuesLine,
    string Match);

public sealed record EndpointRow(string Endpoint, int Occurrences, ImmutableArray<string> Files, string FirstFile, int FirstLine, string? ValuesKey, string Rule);

public sealed record ConfigSectionData(
    int Scalars,
    int DistinctiveScalars,
    int TestLiterals,
    int TestDefaults,
    ImmutableArray<ValuesFileRow> ValuesFiles,
    ImmutableArray<DriftRow> Drift,
    int DriftTotal,
    ImmutableArray<DuplicateRow> Duplicates,
    int DuplicatesTotal,
    int DuplicateOccurrences,
    ImmutableArray<EndpointRow> Endpoints,
    int EndpointsTotal,
    int EndpointOccurrences);

/// <summary>
/// AC-1.2: test code against the deployment's Helm values — defaults that drifted from the chart (FH1201), distinctive
/// chart values copied into tests (FH1202), and hard-coded service endpoints (FH1203), each aggregated so a reader
/// fixes a value once, not once per line.
/// </summary>
public sealed class ConfigDuplicationAnalysis : IAnalysis
{
    private const int RowsListed = 50;
    private const int FilesNamed = 3;

    public Section Section => Sections.ConfigDuplication;

    /// <summary>A string a test writes: a literal, or a default given to a setting.</summary>
    private sealed record Occurrence(string File, int Line, string Value);

    private sealed record IndexedScalar(ValuesScalar Scalar, ImmutableArray<string> Tokens, Endpoint? Endpoint);

    public SectionResult Analyze(AuditInput input)
    {
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var occurrences = Occurrences(input);
        var scalars = input.ValuesFiles.SelectMany(f => f.Scalars)
            .Select(s => new IndexedScalar(s, SettingNames.Tokenize(s.KeyPath), Endpoints.Parse(s.Value)))
            .ToList();
        var distinctive = new DistinctiveValues(input.Config.IgnoredValues);

        var drift = FindDrift(input, scalars, findings);
        var (duplicates, covered) = FindDuplicates(ReportedAt(input, RuleCatalog.ConfigDuplicate, occurrences), scalars, distinctive, findings);
        var endpoints = FindEndpoints(ReportedAt(input, RuleCatalog.HardCodedEndpoint, occurrences), UrlData(input), TestData(input), scalars, covered, findings);

        var duplicatedValues = duplicates.Select(d => d.Value).ToHashSet(StringComparer.Ordinal);
        var data = new ConfigSectionData(
            scalars.Count,
            scalars.Count(s => distinctive.IsDistinctive(s.Scalar.Value)),
            occurrences.Count,
            input.Files.Sum(f => f.ConfigDefaults.Length),
            [.. input.ValuesFiles.Select(f => new ValuesFileRow(
                f.Path,
                f.Scalars.Length,
                f.Scalars.Count(s => distinctive.IsDistinctive(s.Value)),
                f.Scalars.Count(s => duplicatedValues.Contains(s.Value.Trim())),
                f.Problems.Length))],
            [.. drift.Take(RowsListed)],
            drift.Count,
            [.. duplicates.Take(RowsListed)],
            duplicates.Count,
            duplicates.Sum(d => d.Occurrences),
            [.. endpoints.Take(RowsListed)],
            endpoints.Count,
            endpoints.Sum(e => e.Occurrences));

        return new SectionResult(Section, data, findings.ToImmutable(), Notes(input, occurrences.Count));
    }

    /// <summary>
    /// The occurrences in files where <c>rules:</c> leaves the rule on. FH1202 and FH1203 aggregate many places into one
    /// finding, so a rule turned off for some paths must drop those places before aggregating: otherwise they would be
    /// counted in the message, and a finding anchored at one of them would vanish with it though other places remain.
    /// </summary>
    private static List<Occurrence> ReportedAt(AuditInput input, Rule rule, List<Occurrence> occurrences)
    {
        if (!input.Config.IsPathScoped(rule.Id))
        {
            return occurrences;
        }

        var on = new Dictionary<string, bool>(StringComparer.Ordinal);
        return occurrences.Where(o => on.TryGetValue(o.File, out var known)
            ? known
            : on[o.File] = input.Config.OverrideFor(rule.Id, Path.Combine(input.Root, o.File)) is not { Enabled: false }).ToList();
    }

    private static ImmutableArray<string> Notes(AuditInput input, int literals)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        if (input.ValuesFiles.IsEmpty)
        {
            notes.Add($"No Helm values files were found (looked for {string.Join(", ", input.Config.Values.Select(v => $"`{v}`"))}; set `values` in floe-audit.yaml to point at them), "
                      + $"so drift (FH1201) and duplication (FH1202) could not be analysed. Hard-coded endpoints (FH1203) were still looked for in {Plural(literals, "string")} of test code.");
        }
        else if (input.ValuesFiles.All(f => f.Scalars.IsEmpty))
        {
            notes.Add($"None of the {Plural(input.ValuesFiles.Length, "values file")} yielded a value (see FH1903 under engine diagnostics), "
                      + "so drift (FH1201) and duplication (FH1202) could not be analysed. Hard-coded endpoints (FH1203) were still looked for.");
        }
        else if (input.ValuesFiles.Any(f => !f.Problems.IsEmpty))
        {
            notes.Add("Some values files could not be read in full (see FH1903 under engine diagnostics); the values read before each error were still compared.");
        }

        if (input.Files.IsEmpty)
        {
            notes.Add("No test sources were found, so no test code could be compared with the values files.");
        }

        return notes.ToImmutable();
    }

    /// <summary>Literals and config defaults of test code, once per file, line and value.</summary>
    private static List<Occurrence> Occurrences(AuditInput input) =>
        input.Files
            .SelectMany(f => f.Literals.Select(l => new Occurrence(f.Path, l.Line, l.Value))
                .Concat(f.ConfigDefaults.Select(d => new Occurrence(f.Path, d.Line, d.Value))))
            .Distinct()
            .OrderBy(o => o.File, StringComparer.Ordinal).ThenBy(o => o.Line)
            .ToList();

    /// <summary>FH1201: each test default matched by name to its best values-file setting, reported when the values differ.</summary>
    private static List<DriftRow> FindDrift(AuditInput input, List<IndexedScalar> scalars, ImmutableArray<Finding>.Builder findings)
    {
        var rows = new List<DriftRow>();
        if (scalars.Count == 0)
        {
            return rows;
        }

        var candidates = new MatchCandidates(scalars);
        var seen = new HashSet<(string, int, string)>();
        foreach (var file in input.Files)
        {
            foreach (var d in file.ConfigDefaults)
            {
                if (!seen.Add((file.Path, d.Line, d.Key)) || IsTemplate(d.Value))
                {
                    continue;
                }

                var tokens = SettingNames.Tokenize(d.Key);
                var kind = SettingNames.KindOf(tokens);
                var best = Facets(kind)
                    .Select(facet => candidates.For(facet.Kind, tokens, kind)
                        .Select(s => (Scalar: s, Match: facet.Match(tokens, s.Tokens), facet.Kind))
                        .Where(x => x.Match is not null)
                        .OrderByDescending(x => x.Match!.Score)
                        .ThenBy(x => Differs(d.Value, x.Scalar, x.Kind) ? 1 : 0)
                        .ThenBy(x => x.Scalar.Scalar.File, StringComparer.Ordinal)
                        .ThenBy(x => x.Scalar.Scalar.Line)
                        .FirstOrDefault())
                    .FirstOrDefault(x => x.Match is not null && Differs(d.Value, x.Scalar, x.Kind));
                if (best.Match is not { } match)
                {
                    continue;
                }

                var s = best.Scalar.Scalar;
                var severity = match.IsCredential ? Severity.Critical : RuleCatalog.ConfigDrift.DefaultSeverity;
                findings.Add(Finding.Create(
                    RuleCatalog.ConfigDrift,
                    $"{d.Key} defaults to `{d.Value}` in test code, but {s.Location} sets {s.KeyPath} to `{s.Value}` (same setting: {match.Reason}): "
                    + "read the value from the deployment, or fix whichever side is stale",
                    file.Path,
                    d.Line,
                    symbol: d.Key,
                    anchor: $"{d.Key}|{s.KeyPath}|{d.Value}",
                    severity: severity));
                rows.Add(new DriftRow(severity.ToName(), d.Key, d.Value, file.Path, d.Line, d.Source, s.KeyPath, s.Value, s.File, s.Line, match.Reason));
            }
        }

        return [.. rows.OrderByDescending(r => r.Severity == "critical").ThenBy(r => r.TestFile, StringComparer.Ordinal).ThenBy(r => r.TestLine)];
    }

    /// <summary>
    /// The scalars a setting name can match at all, so each default is scored against a few, not all: a match needs the same
    /// kind of setting (or, for the port facet, a chart key ending in <c>port</c>) and a shared component token
    /// (<see cref="SettingNames.Match"/>). Scoring every scalar per default was quadratic in the tree (docs/performance.md).
    /// Candidates come back in the scalars' order, so ties are broken exactly as a full scan breaks them.
    /// </summary>
    private sealed class MatchCandidates
    {
        private readonly List<IndexedScalar> _scalars;
        private readonly Dictionary<(string Kind, string Token), List<int>> _byKindAndComponent = [];

        public MatchCandidates(List<IndexedScalar> scalars)
        {
            _scalars = scalars;
            for (var i = 0; i < scalars.Count; i++)
            {
                var tokens = scalars[i].Tokens;
                if (tokens.Length < 2)
                {
                    continue;
                }

                // Indexed under the setting kind, and under "port" for the port-of-endpoint facet.
                var kinds = tokens[^1] == "port" ? new[] { SettingNames.KindOf(tokens)!, "port-of-endpoint" } : [SettingNames.KindOf(tokens)!];
                foreach (var token in tokens[..^1].Distinct(StringComparer.Ordinal).Where(SettingNames.IsComponent))
                {
                    foreach (var k in kinds.Distinct(StringComparer.Ordinal))
                    {
                        if (!_byKindAndComponent.TryGetValue((k, token), out var list))
                        {
                            _byKindAndComponent[(k, token)] = list = [];
                        }

                        list.Add(i);
                    }
                }
            }
        }

        /// <summary>Scalars that share a component with <paramref name="tokens"/> under the facet's kind.</summary>
        public IEnumerable<IndexedScalar> For(string? facetKind, ImmutableArray<string> tokens, string? kind)
        {
            var key = facetKind == "port-of-endpoint" ? facetKind : kind;
            if (key is null || tokens.Length < 2)
            {
                return [];
            }

            var indices = new SortedSet<int>();
            foreach (var token in tokens[..^1].Where(SettingNames.IsComponent))
            {
                if (_byKindAndComponent.TryGetValue((key, token), out var list))
                {
                    indices.UnionWith(list);
                }
            }

            return indices.Select(i => _scalars[i]);
        }
    }

    /// <summary>What a default is compared with: the chart's setting of the same kind and, for an address, the chart's port of that component.</summary>
    private static IEnumerable<(Func<ImmutableArray<string>, ImmutableArray<string>, SettingMatch?> Match, string? Kind)> Facets(string? kind)
    {
        yield return (SettingNames.Match, kind);
        if (kind == "endpoint")
        {
            yield return (SettingNames.MatchPort, "port-of-endpoint");
        }
    }

    /// <summary>Whether a test default and a values-file value disagree, comparing addresses by service and port, ports as numbers.</summary>
    private static bool Differs(string testValue, IndexedScalar scalar, string? kind)
    {
        var test = testValue.Trim();
        var values = scalar.Scalar.Value.Trim();
        if (kind == "port-of-endpoint")
        {
            return Endpoints.Parse(test) is { IsLoopback: false, Port: { } port }
                   && int.TryParse(values, NumberStyles.None, CultureInfo.InvariantCulture, out var chartPort) && port != chartPort;
        }

        if (kind == "endpoint")
        {
            // A loopback default reaches the service through a port-forward: its host and port say nothing about the chart's.
            if (Endpoints.Parse(test) is not { } t || scalar.Endpoint is not { } v || t.IsLoopback || v.IsLoopback)
            {
                return false;
            }

            return !string.Equals(t.ServiceName, v.ServiceName, StringComparison.OrdinalIgnoreCase) || (t.Port is { } tp && v.Port is { } vp && tp != vp);
        }

        if (long.TryParse(test, NumberStyles.Integer, CultureInfo.InvariantCulture, out var a) && long.TryParse(values, NumberStyles.Integer, CultureInfo.InvariantCulture, out var b))
        {
            return a != b;
        }

        return bool.TryParse(test, out var x) && bool.TryParse(values, out var y) ? x != y : !string.Equals(test, values, StringComparison.Ordinal);
    }

    private static bool IsTemplate(string value) =>
        value.Length == 0 || value.Contains('{', StringComparison.Ordinal) || value.Contains("${", StringComparison.Ordinal) || value.Contains('%', StringComparison.Ordinal);

    /// <summary>FH1202: distinctive values-file scalars written again in test code (whole literals, or the host or port of an address), one finding per value.</summary>
    private static (List<DuplicateRow> Rows, HashSet<Occurrence> Covered) FindDuplicates(
        List<Occurrence> occurrences, List<IndexedScalar> scalars, DistinctiveValues distinctive, ImmutableArray<Finding>.Builder findings)
    {
        var byValue = scalars.Where(s => distinctive.IsDistinctive(s.Scalar.Value))
            .GroupBy(s => s.Scalar.Value.Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(s => s.Scalar).ToList(), StringComparer.Ordinal);
        var portKeys = scalars.Where(s => !s.Tokens.IsEmpty && s.Tokens[^1] == "port" && distinctive.IsDistinctive(s.Scalar.Value))
            .Select(s => s.Scalar.Value.Trim())
            .ToHashSet(StringComparer.Ordinal);
        var hits = new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal);
        foreach (var o in occurrences)
        {
            foreach (var value in Matches(o.Value))
            {
                (hits.TryGetValue(value, out var list) ? list : hits[value] = []).Add(o);
            }
        }

        var rows = new List<DuplicateRow>();
        var covered = new HashSet<Occurrence>();
        foreach (var (value, list) in hits.OrderBy(h => h.Value[0].File, StringComparer.Ordinal).ThenBy(h => h.Value[0].Line))
        {
            var keys = byValue[value];
            var files = list.Select(o => o.File).Distinct().ToList();
            var first = list[0];
            covered.UnionWith(list);
            var where = keys.Count == 1 ? $"{keys[0].KeyPath} in {keys[0].Location}" : $"{keys.Count} keys ({string.Join(", ", keys.Take(FilesNamed).Select(k => $"{k.KeyPath} in {k.Location}"))}{More(keys.Count)})";
            findings.Add(Finding.Create(
                RuleCatalog.ConfigDuplicate,
                $"`{value}` is {where} and is written again in test code {Times(list.Count)} in {Plural(files.Count, "file")} ({Named(files)}): "
                + "read it from the chart's values (or one shared test setting) so tests follow the deployment",
                first.File,
                first.Line,
                anchor: value));
            rows.Add(new DuplicateRow(value, KindOf(keys[0], value), [.. keys.Select(k => $"{k.KeyPath} ({k.Location})")], list.Count, [.. files], first.File, first.Line));
        }

        return ([.. rows.OrderByDescending(r => r.Kind == "credential").ThenByDescending(r => r.Occurrences).ThenBy(r => r.Value, StringComparer.Ordinal)], covered);

        IEnumerable<string> Matches(string literal)
        {
            var trimmed = literal.Trim();
            if (byValue.ContainsKey(trimmed))
            {
                return [trimmed];
            }

            var parts = new List<string>();
            foreach (var endpoint in Endpoints.Find(literal))
            {
                foreach (var candidate in new[] { endpoint.Authority, endpoint.Host })
                {
                    if (byValue.ContainsKey(candidate) && !parts.Contains(candidate))
                    {
                        parts.Add(candidate);
                        break;
                    }
                }

                var port = endpoint.Port?.ToString(CultureInfo.InvariantCulture);
                if (port is not null && portKeys.Contains(port) && !parts.Contains(port))
                {
                    parts.Add(port);
                }
            }

            return parts;
        }
    }

    /// <summary>
    /// The endpoints each file hands to a URL parser or model (<see cref="Endpoints.IsUrlData"/>), by file and authority.
    /// A file that parses <c>http://webservice?u=a b</c> is testing URL handling, and the results it compares with
    /// (<c>assert str(url) == "http://webservice?u=a+b"</c>) are written with the same authority: none of them is a place
    /// the suite connects to.
    /// </summary>
    private static HashSet<(string File, string Authority)> UrlData(AuditInput input)
    {
        var data = new HashSet<(string File, string Authority)>();
        foreach (var file in input.Files)
        {
            foreach (var literal in file.Literals)
            {
                if (Endpoints.IsUrlData(literal.Context))
                {
                    data.UnionWith(Endpoints.Find(literal.Value).Select(e => (file.Path, e.Authority)));
                }
            }
        }

        return data;
    }

    /// <summary>
    /// The literals that are test data where they stand (<see cref="Endpoints.IsTestData"/>): compared in an assertion, a
    /// row of a data-driven test, a parser's input. A literal written twice on one line counts as data only when every
    /// copy is.
    /// </summary>
    private static HashSet<Occurrence> TestData(AuditInput input)
    {
        var data = new HashSet<Occurrence>();
        foreach (var file in input.Files)
        {
            var start = data.Count;
            foreach (var literal in file.Literals)
            {
                if (Endpoints.IsTestData(literal.Context))
                {
                    data.Add(new Occurrence(file.Path, literal.Line, literal.Value));
                }
            }

            if (data.Count > start)
            {
                foreach (var literal in file.Literals)
                {
                    if (!Endpoints.IsTestData(literal.Context))
                    {
                        data.Remove(new Occurrence(file.Path, literal.Line, literal.Value));
                    }
                }
            }
        }

        return data;
    }

    /// <summary>FH1203: service endpoints written into test code, one finding per endpoint (unless FH1202 already reported every occurrence).</summary>
    private static List<EndpointRow> FindEndpoints(
        List<Occurrence> occurrences, HashSet<(string File, string Authority)> urlData, HashSet<Occurrence> testData, List<IndexedScalar> scalars, HashSet<Occurrence> covered,
        ImmutableArray<Finding>.Builder findings)
    {
        var byEndpoint = new Dictionary<string, (Endpoint Endpoint, List<Occurrence> List)>(StringComparer.Ordinal);
        foreach (var o in occurrences)
        {
            if (testData.Contains(o))
            {
                continue;
            }

            foreach (var endpoint in Endpoints.Find(o.Value))
            {
                if (urlData.Contains((o.File, endpoint.Authority)))
                {
                    continue;
                }

                if (!byEndpoint.TryGetValue(endpoint.Authority, out var entry))
                {
                    byEndpoint[endpoint.Authority] = entry = (endpoint, []);
                }

                if (!entry.List.Any(x => x.File == o.File && x.Line == o.Line))
                {
                    entry.List.Add(o);
                }
            }
        }

        var rows = new List<EndpointRow>();
        foreach (var (authority, (endpoint, list)) in byEndpoint)
        {
            var files = list.Select(o => o.File).Distinct().ToList();
            var valuesKey = scalars.FirstOrDefault(s => s.Endpoint is { } v && !v.IsLoopback && v.ServiceName == endpoint.ServiceName && (v.Port is null || v.Port == endpoint.Port))?.Scalar;
            var uncovered = list.FirstOrDefault(o => !covered.Contains(o));
            var rule = RuleCatalog.ConfigDuplicate.Id;
            if (uncovered is not null)
            {
                rule = RuleCatalog.HardCodedEndpoint.Id;
                var hint = valuesKey is null ? "" : $" (the chart sets it as {valuesKey.KeyPath} in {valuesKey.Location})";
                findings.Add(Finding.Create(
                    RuleCatalog.HardCodedEndpoint,
                    $"endpoint `{authority}` is hard-coded {Times(list.Count)} in {Plural(files.Count, "file")} ({Named(files)}){hint}: "
                    + "take it from configuration (an environment variable or the test settings) so the suite can run against another deployment",
                    uncovered.File,
                    uncovered.Line,
                    anchor: authority));
            }

            rows.Add(new EndpointRow(authority, list.Count, [.. files], list[0].File, list[0].Line, valuesKey?.KeyPath, rule));
        }

        return [.. rows.OrderByDescending(r => r.Occurrences).ThenByDescending(r => r.Files.Length).ThenBy(r => r.Endpoint, StringComparer.Ordinal)];
    }

    private static string KindOf(ValuesScalar scalar, string value)
    {
        var tokens = SettingNames.Tokenize(scalar.KeyPath);
        if (SettingNames.IsCredential(tokens))
        {
            return "credential";
        }

        return SettingNames.KindOf(tokens) switch
        {
            "endpoint" => "endpoint",
            "port" => "port",
            "namespace" => "namespace",
            "bucket" => "bucket",
            "catalog" or "warehouse" => "catalog",
            "database" => "database",
            "user" => "user",
            _ => Endpoints.Find(value).Count > 0 ? "endpoint" : "other",
        };
    }

    private static string Times(int count) => count == 1 ? "once" : $"{count} times";

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static string Named(List<string> files) => string.Join(", ", files.Take(FilesNamed)) + More(files.Count);

    private static string More(int count) => count > FilesNamed ? $" and {count - FilesNamed} more" : "";
}
