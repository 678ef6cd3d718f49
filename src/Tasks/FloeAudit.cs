using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace FloeHarden.Tasks;

/// <summary>
/// Runs the bundled floe-audit tool out of process (<c>dotnet floe-audit.dll</c>) on one directory, then reads the
/// JSON report it wrote and logs every finding as an MSBuild warning or error with its file, line and column.
/// Translating MSBuild properties into tool options and report findings into MSBuild diagnostics is all it does;
/// the audit itself is the engine's (see docs/msbuild.md for why it is not loaded in-process).
/// </summary>
public sealed class FloeAudit : ToolTask
{
    private readonly List<string> _toolOutput = [];
    private IReadOnlyList<string> _formats = [];

    /// <summary>Path of floe-audit.dll (the framework-dependent tool).</summary>
    [Required]
    public string ToolAssembly { get; set; } = "";

    /// <summary>The directory to audit (the project directory, or the repository root for the aggregate).</summary>
    [Required]
    public string AuditRoot { get; set; } = "";

    /// <summary>Where the reports are written.</summary>
    [Required]
    public string OutputDirectory { get; set; } = "";

    /// <summary>Report formats, ';' or ',' separated. JSON is always added: it is what this task reads back.</summary>
    public string Formats { get; set; } = "md;json";

    /// <summary>critical, major, minor, info or none: findings at or above it are errors and fail the build.</summary>
    public string FailOn { get; set; } = "critical";

    public string? ConfigFile { get; set; }

    public string? TemplateDirectory { get; set; }

    public string? Python { get; set; }

    /// <summary>Accepted now, passed as --baseline only when the tool supports it (see docs/msbuild.md).</summary>
    public string? Baseline { get; set; }

    /// <summary>Shown in the summary line, e.g. the project name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Where the task's own errors (FH0001-FH0003) point: the project file, so IDEs open the right place.</summary>
    public string? ProjectFile { get; set; }

    /// <summary>The dotnet host; default: DOTNET_HOST_PATH (set by the .NET SDK for tasks), else 'dotnet' on PATH.</summary>
    public string? DotnetHost { get; set; }

    /// <summary>The report files written.</summary>
    [Output]
    public ITaskItem[] Reports { get; private set; } = [];

    [Output]
    public int FindingCount { get; private set; }

    /// <summary>Findings logged as errors (at or above <see cref="FailOn"/>).</summary>
    [Output]
    public int FailingCount { get; private set; }

    protected override string ToolName => OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";

    protected override MessageImportance StandardOutputLoggingImportance => MessageImportance.Low;

    protected override MessageImportance StandardErrorLoggingImportance => MessageImportance.Low;

    public override bool Execute()
    {
        if (!ValidateInputs(out var threshold, out var formats))
        {
            return false;
        }

        var jsonPath = Path.Combine(OutputDirectory, "report.json");
        try
        {
            Directory.CreateDirectory(OutputDirectory);

            // A report left from an earlier run must never be read as this run's result.
            File.Delete(jsonPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, DiagnosticCodes.ToolFailed, null, ProjectFile, 0, 0, 0, 0, $"floe-audit: cannot prepare the report directory '{OutputDirectory}': {e.Message}");
            return false;
        }

        _formats = formats;
        if (!base.Execute() || Log.HasLoggedErrors)
        {
            return false;
        }

        var report = ReportReader.TryRead(jsonPath, out var problem);
        if (report is null)
        {
            Log.LogError(null, DiagnosticCodes.ToolFailed, null, ProjectFile, 0, 0, 0, 0,
                $"floe-audit ran but its report '{jsonPath}' is unusable: {problem}{ToolOutputTail()}");
            return false;
        }

        var logger = new FindingLogger(Log, AuditRoot, threshold);
        foreach (var finding in report.Findings)
        {
            logger.Log(finding);
        }

        FindingCount = report.Findings.Count;
        FailingCount = logger.Failing;
        Reports = [.. formats.Select(f => ReportItem(f))];
        Summary(report, threshold, logger.Failing);
        return !Log.HasLoggedErrors;
    }

    private bool ValidateInputs(out Threshold threshold, out IReadOnlyList<string> formats)
    {
        formats = [.. Formats.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant())
            .Append("json")
            .Distinct()];
        if (!Threshold.TryParse(FailOn, out threshold))
        {
            Log.LogError(null, DiagnosticCodes.BadProperty, null, ProjectFile, 0, 0, 0, 0,
                $"FloeAuditFailOn='{FailOn}' is not a level: use critical, major, minor, info or none");
            return false;
        }

        if (!File.Exists(ToolAssembly))
        {
            Log.LogError(null, DiagnosticCodes.ToolFailed, null, ProjectFile, 0, 0, 0, 0,
                $"floe-audit: the tool '{ToolAssembly}' does not exist (set FloeAuditToolPath, or restore the FloeHarden.Audit.MSBuild package again)");
            return false;
        }

        return true;
    }

    protected override string GenerateFullPathToTool()
    {
        if (!string.IsNullOrEmpty(DotnetHost))
        {
            return DotnetHost;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : ToolName;
    }

    protected override string GenerateCommandLineCommands()
    {
        var builder = new CommandLineBuilder();
        builder.AppendSwitch("exec");
        builder.AppendFileNameIfNotNull(ToolAssembly);
        builder.AppendFileNameIfNotNull(TrimSeparator(AuditRoot));
        builder.AppendSwitchIfNotNull("--output ", TrimSeparator(OutputDirectory));
        builder.AppendSwitchIfNotNull("--format ", string.Join(",", _formats));

        // The task decides what fails the build; the tool only reports.
        builder.AppendSwitch("--fail-on none");
        builder.AppendSwitch("--quiet");
        builder.AppendSwitchIfNotNull("--config ", NullIfEmpty(ConfigFile));
        builder.AppendSwitchIfNotNull("--template-dir ", NullIfEmpty(TrimSeparator(TemplateDirectory)));
        builder.AppendSwitchIfNotNull("--python ", NullIfEmpty(Python));
        builder.AppendSwitchIfNotNull("--baseline ", NullIfEmpty(Baseline));

        return builder.ToString();
    }

    protected override void LogEventsFromTextOutput(string singleLine, MessageImportance messageImportance)
    {
        // Never let MSBuild's canonical-error detection turn tool output into diagnostics: the JSON is the contract.
        _toolOutput.Add(singleLine);
        Log.LogMessage(messageImportance, singleLine);
    }

    protected override bool HandleTaskExecutionErrors()
    {
        var what = ExitCode switch
        {
            2 => "floe-audit stopped with a usage or configuration error",
            3 => "floe-audit stopped with an internal error (a bug in floe-audit: run it with --verbose for the stack trace, and please report it)",
            _ => $"floe-audit failed with exit code {ExitCode}",
        };
        Log.LogError(null, DiagnosticCodes.ToolFailed, null, ProjectFile, 0, 0, 0, 0, $"{what}{ToolOutputTail()}");
        return false;
    }

    private void Summary(AuditReport report, Threshold threshold, int failing)
    {
        var name = string.IsNullOrEmpty(DisplayName) ? AuditRoot : DisplayName;
        var counts = $"{report.Findings.Count} findings ({report.Critical} critical, {report.Major} major, {report.Minor} minor, {report.Info} info)";
        var where = $"report: {Path.Combine(OutputDirectory, "report." + _formats[0])}";
        if (failing > 0)
        {
            Log.LogError(null, DiagnosticCodes.ThresholdReached, null, ProjectFile, 0, 0, 0, 0,
                $"floe-audit: {name}: {failing} of {counts} at or above '{threshold.Name}' (FloeAuditFailOn) — {where}");
        }
        else
        {
            Log.LogMessage(MessageImportance.High, $"floe-audit: {name}: {counts}, none at or above '{threshold.Name}' — {where}");
        }
    }

    private TaskItem ReportItem(string format)
    {
        var item = new TaskItem(Path.GetFullPath(Path.Combine(OutputDirectory, "report." + format)));
        item.SetMetadata("Format", format);
        return item;
    }

    private string ToolOutputTail()
    {
        var lines = _toolOutput.Where(l => !string.IsNullOrWhiteSpace(l)).TakeLast(5).ToList();
        if (lines.Count == 0)
        {
            return " (it printed nothing)";
        }

        var text = new StringBuilder(": ");
        text.AppendJoin(" | ", lines.Select(l => l.Trim()));
        return text.ToString();
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    // A quoted Windows path ending in '\' would escape its closing quote.
    private static string? TrimSeparator(string? path) =>
        path is { Length: > 1 } ? path.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) : path;
}
