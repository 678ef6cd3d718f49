namespace FloeHarden.Tasks;

/// <summary>
/// Codes of the diagnostics the task raises about itself (rule findings keep their own FH1xxx ids).
/// FH00xx never collides with a rule: the catalog starts at FH1101. Documented in docs/msbuild.md.
/// </summary>
internal static class DiagnosticCodes
{
    /// <summary>The tool could not run, crashed, stopped with exit code 2, or wrote no readable report.</summary>
    public const string ToolFailed = "FH0001";

    /// <summary>Findings at or above FloeAuditFailOn: the summary line that fails the build.</summary>
    public const string ThresholdReached = "FH0002";

    /// <summary>A FloeAudit* property has a value the task cannot use.</summary>
    public const string BadProperty = "FH0003";

    /// <summary>The subcategory shown before every diagnostic of the audit.</summary>
    public const string Subcategory = "floe-audit";
}
