using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace FloeHarden.Core.Analyses.Values;

/// <summary>
/// Which values-file scalars are distinctive enough that seeing one in test code means it was copied from the chart:
/// not booleans, not numbers under three digits, not short common words, not Kubernetes enum words, resource
/// quantities or durations, and not anything the configuration lists under <c>ignoreValues</c>.
/// </summary>
public sealed partial class DistinctiveValues
{
    /// <summary>Kubernetes and Helm vocabulary that shows up in any chart and any test.</summary>
    private static readonly string[] KubernetesWords =
    [
        "RollingUpdate", "Recreate", "NodePort", "LoadBalancer", "ExternalName", "ReadWriteOnce", "ReadWriteMany", "ReadOnlyMany", "Retain", "Delete",
        "Deployment", "StatefulSet", "DaemonSet", "Service", "Ingress", "Secret", "ConfigMap", "OnFailure", "Prefix", "ImplementationSpecific", "Exact",
        "RuntimeDefault", "Cluster", "Local", "Burstable", "BestEffort", "Guaranteed", "Always", "Never", "IfNotPresent", "ClusterIP", "standard",
        "nginx", "stable", "amd64", "arm64", "linux", "Equal", "Exists", "NoSchedule", "NoExecute", "PreferNoSchedule",
    ];

    private readonly FrozenSet<string> _ignored;

    public DistinctiveValues(IEnumerable<string> ignored) =>
        _ignored = ignored.Concat(KubernetesWords).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[+-]?\d+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^\d+(\.\d+)?(m|Mi|Gi|Ki|Ti|Pi|k|K|M|G|T|ms|s|h|d|w|y|%)$", RegexOptions.CultureInvariant)]
    private static partial Regex QuantityOrDuration();

    public bool IsDistinctive(string value)
    {
        var v = value.Trim();
        if (v.Length < 3 || v.Length > 300 || v.Contains('\n', StringComparison.Ordinal) || _ignored.Contains(v))
        {
            return false;
        }

        if (Number().IsMatch(v))
        {
            return v.Count(char.IsDigit) >= 3;
        }

        if (QuantityOrDuration().IsMatch(v) || v.StartsWith("{{", StringComparison.Ordinal))
        {
            return false;
        }

        // Short common words (dev, prod, auto, none, info) repeat everywhere; a short word with a digit or a symbol (s3a, k8s) does not.
        return !(v.Length <= 4 && v.All(char.IsLetter));
    }
}
