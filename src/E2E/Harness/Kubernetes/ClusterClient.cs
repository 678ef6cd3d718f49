using k8s;
using k8s.Models;

namespace FloeHarden.E2E.Harness.Kubernetes;

public sealed record PodState(string Name, string Phase, bool Ready, int Restarts, string Uid, IReadOnlyList<string> Containers, string? NotReadyReason, DateTime? Created);

public sealed record ClusterEvent(DateTime? When, string Type, string Reason, string Object, string Message);

public sealed record HelmRelease(string Name, int Revision, string Status);

/// <summary>The cluster operations the scenarios and the evidence collector need, over the
/// KubernetesClient package, scoped to one namespace.</summary>
public sealed class ClusterClient(IKubernetes kubernetes, string ns) : IDisposable
{
    public string Namespace { get; } = ns;

    /// <summary>Connects through the kubeconfig (KUBECONFIG or ~/.kube/config) using exactly <paramref name="context"/>.</summary>
    public static ClusterClient Connect(string context, string ns, TimeSpan timeout)
    {
        var config = KubernetesClientConfiguration.BuildConfigFromConfigFile(currentContext: context);
        config.HttpClientTimeout = timeout;
        return new ClusterClient(new k8s.Kubernetes(config), ns);
    }

    public async Task<string> GetServerVersionAsync(CancellationToken cancellationToken = default) =>
        (await kubernetes.Version.GetCodeAsync(cancellationToken).ConfigureAwait(false)).GitVersion;

    public async Task<IReadOnlyList<PodState>> ListPodsAsync(string? labelSelector = null, CancellationToken cancellationToken = default)
    {
        var pods = await kubernetes.CoreV1.ListNamespacedPodAsync(Namespace, labelSelector: labelSelector, cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. pods.Items.Select(ToState).OrderBy(p => p.Name, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<ClusterEvent>> ListRecentEventsAsync(int limit, CancellationToken cancellationToken = default)
    {
        var events = await kubernetes.CoreV1.ListNamespacedEventAsync(Namespace, cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. events.Items
            .Select(e => new ClusterEvent(
                e.LastTimestamp ?? e.EventTime ?? e.FirstTimestamp ?? e.Metadata?.CreationTimestamp,
                e.Type ?? "",
                e.Reason ?? "",
                $"{e.InvolvedObject?.Kind}/{e.InvolvedObject?.Name}",
                (e.Message ?? "").ReplaceLineEndings(" ")))
            .OrderByDescending(e => e.When ?? DateTime.MinValue)
            .Take(limit)];
    }

    public async Task<string> ReadLogAsync(string pod, string container, int tailLines, CancellationToken cancellationToken = default)
    {
        using var stream = await kubernetes.CoreV1.ReadNamespacedPodLogAsync(pod, Namespace, container: container, tailLines: tailLines, cancellationToken: cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Services whose Endpoints object has no ready address (headless and selector-less services included).</summary>
    public async Task<IReadOnlyList<string>> ListServicesWithoutReadyEndpointsAsync(CancellationToken cancellationToken = default)
    {
        var services = await kubernetes.CoreV1.ListNamespacedServiceAsync(Namespace, cancellationToken: cancellationToken).ConfigureAwait(false);
        var endpoints = await kubernetes.CoreV1.ListNamespacedEndpointsAsync(Namespace, cancellationToken: cancellationToken).ConfigureAwait(false);
        var ready = endpoints.Items
            .Where(e => e.Subsets?.Any(s => s.Addresses?.Count > 0) == true)
            .Select(e => e.Metadata.Name)
            .ToHashSet(StringComparer.Ordinal);
        return [.. services.Items
            .Where(s => s.Spec?.Selector?.Count > 0)
            .Select(s => s.Metadata.Name)
            .Where(name => !ready.Contains(name))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Helm 3 keeps each release revision in a Secret labelled owner=helm,name=&lt;release&gt;.</summary>
    public async Task<IReadOnlyList<HelmRelease>> ListHelmRevisionsAsync(string release, CancellationToken cancellationToken = default)
    {
        var secrets = await kubernetes.CoreV1.ListNamespacedSecretAsync(Namespace, labelSelector: $"owner=helm,name={release}", cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. secrets.Items
            .Select(s => new HelmRelease(
                release,
                int.TryParse(Label(s.Metadata, "version"), out var revision) ? revision : 0,
                Label(s.Metadata, "status") ?? "unknown"))
            .OrderBy(r => r.Revision)];
    }

    public async Task DeletePodAsync(string pod, CancellationToken cancellationToken = default) =>
        await kubernetes.CoreV1.DeleteNamespacedPodAsync(pod, Namespace, cancellationToken: cancellationToken).ConfigureAwait(false);

    public void Dispose() => kubernetes.Dispose();

    private static string? Label(V1ObjectMeta metadata, string key) =>
        metadata.Labels is { } labels && labels.TryGetValue(key, out var value) ? value : null;

    internal static PodState ToState(V1Pod pod)
    {
        var conditions = pod.Status?.Conditions ?? [];
        var ready = conditions.Any(c => c.Type == "Ready" && c.Status == "True");
        var waiting = pod.Status?.ContainerStatuses?
            .Select(c => c.State?.Waiting?.Reason ?? c.State?.Terminated?.Reason)
            .FirstOrDefault(r => r is not null);
        var notReady = ready ? null : waiting ?? conditions.FirstOrDefault(c => c.Status != "True")?.Message ?? pod.Status?.Reason;
        return new PodState(
            pod.Metadata.Name,
            pod.Status?.Phase ?? "Unknown",
            ready,
            pod.Status?.ContainerStatuses?.Sum(c => c.RestartCount) ?? 0,
            pod.Metadata.Uid ?? "",
            [.. pod.Spec?.Containers?.Select(c => c.Name) ?? []],
            notReady,
            pod.Metadata.CreationTimestamp);
    }
}
