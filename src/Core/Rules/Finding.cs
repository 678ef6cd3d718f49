namespace FloeHarden.Core.Rules;

/// <summary>One finding. <see cref="Anchor"/> is what the fingerprint is computed from (never the line number).</summary>
public sealed record Finding
{
    public required string RuleId { get; init; }

    public required Severity Severity { get; init; }

    public required string Section { get; init; }

    public required string Message { get; init; }

    /// <summary>Root-relative, forward slashes; empty for findings about the repository as a whole.</summary>
    public required string File { get; init; }

    public int Line { get; init; }

    public int Column { get; init; }

    /// <summary>The test, helper or class the finding is about, if any.</summary>
    public string? Symbol { get; init; }

    /// <summary>Stable text the fingerprint hashes: the code involved, normalised, plus the symbol.</summary>
    public string Anchor { get; init; } = "";

    public string Fingerprint { get; init; } = "";

    /// <summary>Silenced by an in-code suppression: kept and counted, never fails the run (docs/suppressions.md).</summary>
    public bool Suppressed { get; init; }

    public string? SuppressionReason { get; init; }

    /// <summary>Whether the baseline already had this finding; null when no baseline was given (docs/baseline.md).</summary>
    public BaselineStatus? Baseline { get; init; }

    /// <summary>Counts toward the totals: everything not suppressed (with a baseline, --fail-on further skips existing findings).</summary>
    public bool IsActive => !Suppressed;

    public static Finding Create(Rule rule, string message, string file, int line, int column = 0, string? symbol = null, string? anchor = null, Severity? severity = null) => new()
    {
        RuleId = rule.Id,
        Severity = severity ?? rule.DefaultSeverity,
        Section = rule.Section,
        Message = message,
        File = file,
        Line = line,
        Column = column,
        Symbol = symbol,
        Anchor = anchor ?? symbol ?? "",
    };
}

public enum BaselineStatus
{
    New,
    Existing,
}
