using System.Collections.Concurrent;
using FloeHarden.E2E.Harness.Kubernetes;
using FloeHarden.E2E.Harness.Processes;
using FloeHarden.E2E.Harness.Settings;

namespace FloeHarden.E2E.Harness.Platform;

/// <summary>A service endpoint the harness can probe: the variable that configures it and the
/// request that shows it is there.</summary>
public sealed record ProbedEndpoint(Needs Need, SettingVariable Variable, Uri BaseUrl, string ProbePath);

/// <summary>What was found missing, decided once per run: each need maps to the reason it is not
/// available (absent = available).</summary>
public sealed record ProbeReport(IReadOnlyDictionary<Needs, string> Missing)
{
    public IReadOnlyList<string> ReasonsFor(Needs needs) =>
        [.. Enum.GetValues<Needs>().Where(n => n != Needs.None && needs.HasFlag(n) && Missing.ContainsKey(n)).Select(n => Missing[n])];
}

/// <summary>Checks, with a short timeout and all in parallel, which parts of the platform answer.
/// Any HTTP answer counts as reachable: whether the answer is right is for the scenario to assert.</summary>
public static class PlatformProbe
{
    public const string Remedy = "Start the platform with `make test-e2e FLOE_REPO=/path/to/floe` (see docs/e2e.md) or point the variable at a running service.";

    public static IReadOnlyList<ProbedEndpoint> Endpoints(E2ESettings settings) =>
    [
        new(Needs.Dagster, SettingVariables.DagsterUrl, settings.DagsterUrl, "server_info"),
        new(Needs.Polaris, SettingVariables.PolarisUrl, settings.PolarisUrl, "api/catalog/v1/config"),
        new(Needs.PolarisManagement, SettingVariables.PolarisManagementUrl, settings.PolarisManagementUrl, "q/health/ready"),
        new(Needs.Minio, SettingVariables.MinioUrl, settings.MinioUrl, "minio/health/live"),
        new(Needs.Jaeger, SettingVariables.JaegerUrl, settings.JaegerUrl, "api/services"),
        new(Needs.Marquez, SettingVariables.MarquezUrl, settings.MarquezUrl, "api/v1/namespaces"),
        new(Needs.Cube, SettingVariables.CubeUrl, settings.CubeUrl, "readyz"),
        new(Needs.Otlp, SettingVariables.OtlpHttpUrl, settings.OtlpHttpUrl, "v1/traces"),
    ];

    public static async Task<ProbeReport> RunAsync(E2ESettings settings, HttpClient http, CancellationToken cancellationToken = default)
    {
        var missing = new ConcurrentDictionary<Needs, string>();
        var probes = Endpoints(settings).Select(async endpoint =>
        {
            if (await ProbeEndpointAsync(endpoint, http, settings.ProbeTimeout, cancellationToken).ConfigureAwait(false) is { } reason)
            {
                missing[endpoint.Need] = reason;
            }
        }).Append(Task.Run(async () =>
        {
            if (await ProbeKubernetesAsync(settings, cancellationToken).ConfigureAwait(false) is { } reason)
            {
                missing[Needs.Kubernetes] = reason;
            }
        }, cancellationToken));
        await Task.WhenAll(probes).ConfigureAwait(false);

        foreach (var (need, reason) in ProbeLocalPrerequisites(settings))
        {
            missing[need] = reason;
        }

        return new ProbeReport(new Dictionary<Needs, string>(missing));
    }

    public static async Task<string?> ProbeEndpointAsync(ProbedEndpoint endpoint, HttpClient http, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var url = new Uri(endpoint.BaseUrl, endpoint.ProbePath);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(timeout);
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, budget.Token).ConfigureAwait(false);
            return null;
        }
        catch (Exception error) when (error is HttpRequestException or OperationCanceledException)
        {
            var why = error is OperationCanceledException ? $"no answer within {timeout.TotalSeconds:0.#}s" : error.Message;
            return $"{endpoint.Variable.Name}={endpoint.BaseUrl} did not answer GET /{endpoint.ProbePath} ({why}). {Remedy}";
        }
    }

    private static async Task<string?> ProbeKubernetesAsync(E2ESettings settings, CancellationToken cancellationToken)
    {
        try
        {
            using var cluster = ClusterClient.Connect(settings.KubeContext, settings.Namespace, settings.ProbeTimeout);
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(settings.ProbeTimeout);
            await cluster.GetServerVersionAsync(budget.Token).ConfigureAwait(false);
            return null;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            var why = error is OperationCanceledException ? $"the API server did not answer within {settings.ProbeTimeout.TotalSeconds:0.#}s" : error.Message;
            return $"Kubernetes context '{settings.KubeContext}' ({SettingVariables.KubeContext.Name}) is not usable: {why}. {Remedy}";
        }
    }

    private static IEnumerable<(Needs Need, string Reason)> ProbeLocalPrerequisites(E2ESettings settings)
    {
        if (settings.Repo is null)
        {
            yield return (Needs.FloeRepo, $"{SettingVariables.Repo.Name} is not set: point it at a checkout of the floe platform repository (charts/floe-platform, demo/).");
        }
        else if (!Directory.Exists(Path.Combine(settings.Repo, "demo")))
        {
            yield return (Needs.FloeRepo, $"{SettingVariables.Repo.Name}={settings.Repo} has no demo/ folder: it must be a checkout of the floe platform repository.");
        }

        foreach (var (need, variable, value) in new[]
        {
            (Needs.FloeCli, SettingVariables.FloeCli, settings.FloeCli),
            (Needs.Dbt, SettingVariables.Dbt, settings.Dbt),
            (Needs.Helm, SettingVariables.Helm, settings.Helm),
        })
        {
            if (ProcessRunner.Locate(value) is null)
            {
                yield return (need, $"{variable.Name}={value} was not found (a path, or a name on PATH): {variable.Meaning}.");
            }
        }
    }
}
