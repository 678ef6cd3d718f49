using FloeHarden.E2E.Harness.Clients;
using FloeHarden.E2E.Harness.Kubernetes;
using FloeHarden.E2E.Harness.Polling;
using FloeHarden.E2E.Harness.Settings;

namespace FloeHarden.E2E.Harness.Platform;

/// <summary>The run-wide view of the platform: settings, one probe report and the typed clients.
/// Created once per test run (the probe is what makes a run without a cluster finish in seconds).</summary>
public sealed class PlatformSession
{
    private static readonly Lazy<Task<PlatformSession>> Current = new(CreateAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private PlatformSession(E2ESettings? settings, SettingsException? settingsError, ProbeReport report, HttpClient http)
    {
        SettingsOrNull = settings;
        SettingsError = settingsError;
        Report = report;
        Http = http;
    }

    public E2ESettings Settings => SettingsOrNull ?? throw SettingsError!;

    public E2ESettings? SettingsOrNull { get; }

    public SettingsException? SettingsError { get; }

    public ProbeReport Report { get; }

    public HttpClient Http { get; }

    public DagsterClient Dagster => new(Http, Settings.DagsterUrl);

    public PolarisClient Polaris => new(Http, Settings.PolarisUrl);

    public PolarisClient PolarisManagement => new(Http, Settings.PolarisManagementUrl);

    public JaegerClient Jaeger => new(Http, Settings.JaegerUrl, Settings.JaegerApi);

    public MarquezClient Marquez => new(Http, Settings.MarquezUrl);

    public OtlpHttpExporter Otlp => new(Http, Settings.OtlpHttpUrl);

    public CubeClient Cube => new(Http, Settings.CubeUrl, Settings.CubeToken ?? CubeClient.SignToken(Settings.CubeApiSecret, DateTimeOffset.UtcNow, TimeSpan.FromHours(1)));

    public static Task<PlatformSession> GetAsync() => Current.Value;

    public ClusterClient ConnectCluster() => ClusterClient.Connect(Settings.KubeContext, Settings.Namespace, TimeSpan.FromSeconds(30));

    public Task<PolarisToken> PolarisTokenAsync(CancellationToken cancellationToken) =>
        Polaris.GetTokenAsync(Settings.PolarisClientId, Settings.PolarisClientSecret, Settings.PolarisScope, cancellationToken);

    /// <summary>Waits until an endpoint answers an HTTP round trip again (a TCP connect through a
    /// port-forward proves nothing after a pod restart).</summary>
    // floe-audit: ignore FH1802 the port-forward is ours, not the platform's: only an HTTP round trip proves it is back (docs/e2e.md)
    public Task WaitForEndpointAsync(ProbedEndpoint endpoint, PollOptions options, CancellationToken cancellationToken) =>
        Poll.UntilAsync(
            $"{endpoint.Variable.Name} to answer GET /{endpoint.ProbePath} again",
            async ct =>
            {
                using var response = await Http.GetAsync(new Uri(endpoint.BaseUrl, endpoint.ProbePath), ct).ConfigureAwait(false);
                return (int)response.StatusCode;
            },
            status => status < 500,
            options,
            status => $"HTTP {status}",
            cancellationToken);

    public ProbedEndpoint Endpoint(Needs need) => PlatformProbe.Endpoints(Settings).Single(e => e.Need == need);

    private static async Task<PlatformSession> CreateAsync()
    {
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        try
        {
            var settings = E2ESettings.FromEnvironment();
            var report = await PlatformProbe.RunAsync(settings, http).ConfigureAwait(false);
            return new PlatformSession(settings, null, report, http);
        }
        catch (SettingsException error)
        {
            return new PlatformSession(null, error, new ProbeReport(new Dictionary<Needs, string>()), http);
        }
    }
}
