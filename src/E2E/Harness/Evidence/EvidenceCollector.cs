using System.Globalization;
using System.Text;
using FloeHarden.E2E.Harness.Kubernetes;

namespace FloeHarden.E2E.Harness.Evidence;

/// <summary>Writes what a failed scenario needs for a post-mortem: every pod of the namespace,
/// its recent events, and the logs of the pods involved (those matching the scenario's label
/// selectors, plus any pod that is not Ready).</summary>
public sealed class EvidenceCollector(ClusterClient cluster)
{
    public const string PodsFile = "pods.txt";
    public const string EventsFile = "events.txt";
    public const string LogsFolder = "logs";
    private const int EventLimit = 200;
    private const int TailLines = 500;

    /// <returns>The files written, in writing order. A part that cannot be read is recorded in
    /// <c>errors.txt</c>, and the rest is still collected.</returns>
    public async Task<IReadOnlyList<string>> CollectAsync(string directory, IReadOnlyList<string> involvedSelectors, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        var errors = new List<string>();

        IReadOnlyList<PodState> pods = [];
        try
        {
            pods = await cluster.ListPodsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            written.Add(await WriteAsync(directory, PodsFile, FormatPods(pods), cancellationToken).ConfigureAwait(false));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            errors.Add($"pods: {error.Message}");
        }

        try
        {
            var events = await cluster.ListRecentEventsAsync(EventLimit, cancellationToken).ConfigureAwait(false);
            written.Add(await WriteAsync(directory, EventsFile, FormatEvents(events), cancellationToken).ConfigureAwait(false));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            errors.Add($"events: {error.Message}");
        }

        foreach (var pod in await InvolvedPodsAsync(pods, involvedSelectors, errors, cancellationToken).ConfigureAwait(false))
        {
            foreach (var container in pod.Containers)
            {
                try
                {
                    var log = await cluster.ReadLogAsync(pod.Name, container, TailLines, cancellationToken).ConfigureAwait(false);
                    written.Add(await WriteAsync(Path.Combine(directory, LogsFolder), $"{pod.Name}__{container}.log", log, cancellationToken).ConfigureAwait(false));
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    errors.Add($"log {pod.Name}/{container}: {error.Message}");
                }
            }
        }

        if (errors.Count > 0)
        {
            written.Add(await WriteAsync(directory, "errors.txt", string.Join(Environment.NewLine, errors) + Environment.NewLine, cancellationToken).ConfigureAwait(false));
        }

        return written;
    }

    internal static string FormatPods(IReadOnlyList<PodState> pods)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"NAME",-60} {"READY",-6} {"PHASE",-10} {"RESTARTS",-8} NOT-READY-REASON");
        foreach (var pod in pods)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{pod.Name,-60} {(pod.Ready ? "yes" : "no"),-6} {pod.Phase,-10} {pod.Restarts,-8} {pod.NotReadyReason}");
        }

        return text.ToString();
    }

    internal static string FormatEvents(IReadOnlyList<ClusterEvent> events)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"TIME (UTC)",-20} {"TYPE",-8} {"REASON",-24} {"OBJECT",-50} MESSAGE");
        foreach (var e in events)
        {
            var when = e.When?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-";
            text.AppendLine(CultureInfo.InvariantCulture, $"{when,-20} {e.Type,-8} {e.Reason,-24} {e.Object,-50} {e.Message}");
        }

        return text.ToString();
    }

    private async Task<IReadOnlyList<PodState>> InvolvedPodsAsync(IReadOnlyList<PodState> all, IReadOnlyList<string> selectors, List<string> errors, CancellationToken cancellationToken)
    {
        var involved = new Dictionary<string, PodState>(StringComparer.Ordinal);
        foreach (var selector in selectors)
        {
            try
            {
                foreach (var pod in await cluster.ListPodsAsync(selector, cancellationToken).ConfigureAwait(false))
                {
                    involved[pod.Name] = pod;
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                errors.Add($"pods matching '{selector}': {error.Message}");
            }
        }

        foreach (var pod in all.Where(p => !p.Ready && p.Phase != "Succeeded"))
        {
            involved[pod.Name] = pod;
        }

        return [.. involved.Values.OrderBy(p => p.Name, StringComparer.Ordinal)];
    }

    private static async Task<string> WriteAsync(string directory, string name, string content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        await File.WriteAllTextAsync(path, content, cancellationToken).ConfigureAwait(false);
        return path;
    }
}
