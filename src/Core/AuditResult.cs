using System.Collections.Immutable;
using FloeHarden.Core.Analyses;
using FloeHarden.Core.Model;
using FloeHarden.Core.Rules;

namespace FloeHarden.Core;

public sealed record AuditSummary(
    int Files,
    int TestFiles,
    int Tests,
    int TestCases,
    int TestLines,
    ImmutableSortedDictionary<string, int> FilesByLanguage,
    int SkippedFiles,
    int ExcludedPaths);

/// <summary>Everything one audit produced: the model's summary, each section, and all findings (fingerprinted, sorted).</summary>
public sealed record AuditResult(
    string Root,
    string? ConfigFile,
    AuditSummary Summary,
    ImmutableArray<SectionResult> Sections,
    ImmutableArray<Finding> Findings,
    ImmutableArray<string> EnvironmentNotes,
    TimeSpan Duration)
{
    /// <summary>The baseline file named by floe-audit.yaml's <c>baseline:</c> key (absolute), if any.</summary>
    public string? ConfiguredBaseline { get; init; }

    /// <summary>Set once the findings were compared with a baseline (<see cref="Adoption.Baseline.Compare"/>).</summary>
    public BaselineComparison? Baseline { get; init; }

    /// <summary>The findings that count: everything not suppressed in code.</summary>
    public IEnumerable<Finding> Active => Findings.Where(f => f.IsActive);

    public int SuppressedCount => Findings.Count(f => f.Suppressed);

    public int Count(Severity severity) => Active.Count(f => f.Severity == severity);

    /// <summary>What --fail-on looks at: active findings, and with a baseline only the new ones.</summary>
    public bool HasFindingsAtOrAbove(Severity threshold) => Active.Any(f => f.Severity >= threshold && f.Baseline != BaselineStatus.Existing);

    public static IReadOnlyList<SourceLanguage> Languages => Enum.GetValues<SourceLanguage>();
}

/// <summary>A baseline entry that no longer matches a finding: the finding was fixed (or its code changed, docs/baseline.md).</summary>
public sealed record BaselineEntry(string Fingerprint, string RuleId, string File, string Message);

/// <summary>The outcome of comparing an audit with a baseline file.</summary>
public sealed record BaselineComparison(string File, int New, int Existing, ImmutableArray<BaselineEntry> Fixed);
