using System.Collections;
using System.Text.RegularExpressions;

namespace FloeHarden.E2E.Harness.Settings;

public enum JaegerApiVersion
{
    Auto,
    V1,
    V3,
}

/// <summary>Everything the scenarios need to reach the platform, read only from environment
/// variables (<see cref="SettingVariables"/>). There is no other source and no host guessing.</summary>
public sealed partial record E2ESettings
{
    public required Uri DagsterUrl { get; init; }
    public required Uri PolarisUrl { get; init; }
    public required Uri PolarisManagementUrl { get; init; }
    public required Uri MinioUrl { get; init; }
    public required Uri JaegerUrl { get; init; }
    public required Uri MarquezUrl { get; init; }
    public required Uri CubeUrl { get; init; }
    public required Uri OtlpHttpUrl { get; init; }
    public required string KubeContext { get; init; }
    public required string Namespace { get; init; }
    public required string Release { get; init; }
    public required string? Repo { get; init; }
    public required string? AllowContext { get; init; }
    public required string PolarisClientId { get; init; }
    public required string PolarisClientSecret { get; init; }
    public required string PolarisScope { get; init; }
    public required string PolarisCatalog { get; init; }
    public required string MinioAccessKey { get; init; }
    public required string MinioSecretKey { get; init; }
    public required string CubeApiSecret { get; init; }
    public required string? CubeToken { get; init; }
    public required JaegerApiVersion JaegerApi { get; init; }
    public required string FloeCli { get; init; }
    public required string Dbt { get; init; }
    public required string Helm { get; init; }
    public required TimeSpan ProbeTimeout { get; init; }
    public required TimeSpan RunTimeout { get; init; }

    public static E2ESettings FromEnvironment() =>
        FromVariables(Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal));

    /// <summary>Parses the variables; an unset or blank variable takes its documented default.</summary>
    /// <exception cref="SettingsException">One or more values are malformed; every problem is listed.</exception>
    public static E2ESettings FromVariables(IReadOnlyDictionary<string, string?> variables)
    {
        var reader = new Reader(variables);
        var settings = new E2ESettings
        {
            DagsterUrl = reader.Url(SettingVariables.DagsterUrl),
            PolarisUrl = reader.Url(SettingVariables.PolarisUrl),
            PolarisManagementUrl = reader.Url(SettingVariables.PolarisManagementUrl),
            MinioUrl = reader.Url(SettingVariables.MinioUrl),
            JaegerUrl = reader.Url(SettingVariables.JaegerUrl),
            MarquezUrl = reader.Url(SettingVariables.MarquezUrl),
            CubeUrl = reader.Url(SettingVariables.CubeUrl),
            OtlpHttpUrl = reader.Url(SettingVariables.OtlpHttpUrl),
            KubeContext = reader.Name(SettingVariables.KubeContext, KubeContextPattern()),
            Namespace = reader.Name(SettingVariables.Namespace, DnsLabelPattern()),
            Release = reader.Name(SettingVariables.Release, DnsLabelPattern()),
            Repo = reader.Directory(SettingVariables.Repo),
            AllowContext = reader.Optional(SettingVariables.AllowContext),
            PolarisClientId = reader.Text(SettingVariables.PolarisClientId),
            PolarisClientSecret = reader.Text(SettingVariables.PolarisClientSecret),
            PolarisScope = reader.Text(SettingVariables.PolarisScope),
            PolarisCatalog = reader.Text(SettingVariables.PolarisCatalog),
            MinioAccessKey = reader.Text(SettingVariables.MinioAccessKey),
            MinioSecretKey = reader.Text(SettingVariables.MinioSecretKey),
            CubeApiSecret = reader.Text(SettingVariables.CubeApiSecret),
            CubeToken = reader.Optional(SettingVariables.CubeToken),
            JaegerApi = reader.JaegerApi(SettingVariables.JaegerApi),
            FloeCli = reader.Text(SettingVariables.FloeCli),
            Dbt = reader.Text(SettingVariables.Dbt),
            Helm = reader.Text(SettingVariables.Helm),
            ProbeTimeout = reader.Seconds(SettingVariables.ProbeTimeout, max: 60),
            RunTimeout = reader.Seconds(SettingVariables.RunTimeout, max: 7200),
        };
        return reader.Problems.Count == 0 ? settings : throw new SettingsException(reader.Problems);
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")]
    private static partial Regex DnsLabelPattern();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._:@/-]*$")]
    private static partial Regex KubeContextPattern();

    private sealed class Reader(IReadOnlyDictionary<string, string?> variables)
    {
        public List<string> Problems { get; } = [];

        public string? Optional(SettingVariable variable) =>
            variables.TryGetValue(variable.Name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : variable.Default;

        public string Text(SettingVariable variable) =>
            Optional(variable) ?? throw new InvalidOperationException($"{variable.Name} has no default.");

        public Uri Url(SettingVariable variable)
        {
            var raw = Text(variable);
            if (Uri.TryCreate(raw, UriKind.Absolute, out var url)
                && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.Fragment))
            {
                return new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
            }

            Problems.Add($"{variable.Name}='{raw}' is not an absolute http(s) URL without query or fragment (default: {variable.Default}).");
            return new Uri(variable.Default!);
        }

        public string Name(SettingVariable variable, Regex pattern)
        {
            var raw = Text(variable);
            if (pattern.IsMatch(raw))
            {
                return raw;
            }

            Problems.Add($"{variable.Name}='{raw}' is not a valid name (default: {variable.Default}).");
            return variable.Default!;
        }

        public string? Directory(SettingVariable variable)
        {
            var raw = Optional(variable);
            if (raw is null)
            {
                return null;
            }

            var full = Path.GetFullPath(raw);
            if (System.IO.Directory.Exists(full))
            {
                return full;
            }

            Problems.Add($"{variable.Name}='{raw}' is not an existing directory.");
            return null;
        }

        public TimeSpan Seconds(SettingVariable variable, int max)
        {
            var raw = Text(variable);
            if (double.TryParse(raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                && seconds > 0 && seconds <= max)
            {
                return TimeSpan.FromSeconds(seconds);
            }

            Problems.Add($"{variable.Name}='{raw}' must be a number of seconds greater than 0 and at most {max} (default: {variable.Default}).");
            return TimeSpan.FromSeconds(double.Parse(variable.Default!, System.Globalization.CultureInfo.InvariantCulture));
        }

        public JaegerApiVersion JaegerApi(SettingVariable variable)
        {
            var raw = Text(variable);
            switch (raw.ToLowerInvariant())
            {
                case "auto": return JaegerApiVersion.Auto;
                case "v1": return JaegerApiVersion.V1;
                case "v3": return JaegerApiVersion.V3;
                default:
                    Problems.Add($"{variable.Name}='{raw}' must be one of auto, v1, v3 (default: {variable.Default}).");
                    return JaegerApiVersion.Auto;
            }
        }
    }
}
