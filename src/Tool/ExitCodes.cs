namespace FloeHarden.Tool;

/// <summary>The tool's exit codes (a documented contract: README, docs/cli.md).</summary>
public enum ExitCodes
{
    /// <summary>The audit ran and found nothing at or above --fail-on.</summary>
    Success = 0,

    /// <summary>The audit ran and found something at or above --fail-on.</summary>
    FindingsAtOrAboveThreshold = 1,

    /// <summary>Usage, configuration or environment error: bad arguments, missing path, no interpreter, unwritable output.</summary>
    Error = 2,

    /// <summary>An internal error: a bug in floe-audit, not in what it was given. One line (the stack trace with --verbose); please report it.</summary>
    InternalError = 3,
}
