namespace FloeHarden.Core;

/// <summary>What to audit and how. Hosts (CLI, MSBuild) translate their inputs into this.</summary>
public sealed record AuditOptions
{
    public required string Root { get; init; }

    /// <summary>An explicit config file; otherwise floe-audit.yaml is looked up from <see cref="Root"/> upward.</summary>
    public string? ConfigPath { get; init; }

    public string? Python { get; init; }

    /// <summary>Threads for parsing, resolving tests and the analyses; 0 = one per core.</summary>
    public int MaxParallelism { get; init; }

    /// <summary>
    /// Where per-file models are cached between audits (see docs/performance.md); null audits without a cache. Must be
    /// outside the audited tree: the audit never writes there.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Receives progress messages (phase names and counts); hosts decide whether to show them.</summary>
    public IProgress<string>? Progress { get; init; }
}
