namespace FloeHarden.E2E.Harness.Settings;

/// <summary>Destructive scenarios delete pods and upgrade releases: they run only against a Kind
/// cluster (context <c>kind-*</c>) or a context the user named in FLOE_E2E_ALLOW_CONTEXT.</summary>
public static class KubeContextGuard
{
    public const string KindPrefix = "kind-";

    /// <returns>null when destructive work is allowed, otherwise the reason it is refused.</returns>
    public static string? RefusalReason(string context, string? allowedContext)
    {
        if (context.StartsWith(KindPrefix, StringComparison.Ordinal) && context.Length > KindPrefix.Length)
        {
            return null;
        }

        if (allowedContext is not null && string.Equals(context, allowedContext, StringComparison.Ordinal))
        {
            return null;
        }

        return $"Refusing a destructive scenario on kube context '{context}': it is not a Kind cluster ('{KindPrefix}*'). "
            + $"If this cluster is disposable, set {SettingVariables.AllowContext.Name}={context}.";
    }
}
