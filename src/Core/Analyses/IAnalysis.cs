using System.Collections.Immutable;
using FloeHarden.Core.Rules;

namespace FloeHarden.Core.Analyses;

/// <summary>
/// The outcome of one analysis: its report section's data (serialised as-is into JSON and the template model),
/// its findings, and notes that say what could not be analysed and why.
/// </summary>
public sealed record SectionResult(Section Section, object Data, ImmutableArray<Finding> Findings, ImmutableArray<string> Notes);

/// <summary>One report section. Analyses read only the model (<see cref="AuditInput"/>) and never do I/O.</summary>
public interface IAnalysis
{
    Section Section { get; }

    SectionResult Analyze(AuditInput input);
}
