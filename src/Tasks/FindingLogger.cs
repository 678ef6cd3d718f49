using Microsoft.Build.Utilities;

namespace FloeHarden.Tasks;

/// <summary>
/// Turns report findings into MSBuild diagnostics: code = rule id, file made absolute (IDEs need it), line and
/// column as reported. At or above the threshold → error; below → warning. A configuration problem (FH1903) is an
/// error whenever the threshold is not 'none': a broken floe-audit.yaml silently drops excludes or overrides, and
/// the build is where the user can fix it at once. Findings already in the baseline stay warnings.
/// </summary>
internal sealed class FindingLogger(TaskLoggingHelper log, string root, Threshold threshold)
{
    public const string ConfigProblemRule = "FH1903";

    public int Failing { get; private set; }

    public void Log(ReportFinding finding)
    {
        var file = string.IsNullOrEmpty(finding.File) ? null : Path.GetFullPath(Path.Combine(root, finding.File));
        var message = finding.Existing ? $"{finding.Message} [{finding.Severity}, in the baseline]" : $"{finding.Message} [{finding.Severity}]";
        var fails = !finding.Existing && (threshold.Fails(finding.Severity) || (finding.RuleId == ConfigProblemRule && threshold.Rank is not null));
        if (fails)
        {
            Failing++;
            log.LogError(DiagnosticCodes.Subcategory, finding.RuleId, finding.RuleId, finding.HelpUri, file, finding.Line, finding.Column, 0, 0, message);
        }
        else
        {
            log.LogWarning(DiagnosticCodes.Subcategory, finding.RuleId, finding.RuleId, finding.HelpUri, file, finding.Line, finding.Column, 0, 0, message);
        }
    }
}
