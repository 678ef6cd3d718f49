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
    ImmutableDictionary<string, int> FilesByLanguage,
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
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    public bool HasFindingsAtOrAbove(Severity threshold) => Findings.Any(f => f.Severity >= threshold);

    public static IReadOnlyList<SourceLanguage> Languages => Enum.GetValues<SourceLanguage>();
}
