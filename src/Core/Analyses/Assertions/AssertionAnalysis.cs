using System.Collections.Immutable;
using FloeHarden.Core.Model;
using FloeHarden.Core.Rules;

namespace FloeHarden.Core.Analyses.Assertions;

public sealed record LevelRow(int Level, string Name, int Assertions, int Tests, double TestPercent);

public sealed record TierStrengthRow(string Tier, int Tests, int Weak, double AverageStrength, double StrongPercent);

public sealed record WeakTestRow(string File, int Line, string Test, string Tier, int Strength, string StrengthName, string? StrongestAssertion);

public sealed record AssertionSectionData(
    int Tests,
    int Assertions,
    double AverageStrength,
    ImmutableArray<LevelRow> Levels,
    ImmutableArray<TierStrengthRow> ByTier,
    ImmutableArray<WeakTestRow> WeakestTests,
    int WeakestTestsTotal);

/// <summary>AC-1.3: every assertion on one hierarchy, each test's strength, and the weakest tests (FH1301–FH1305).</summary>
public sealed class AssertionAnalysis : IAnalysis
{
    private const int WeakestListed = 50;

    /// <summary>
    /// A C# test skipped by declaration, unconditionally (<c>[Fact(Skip = "…")]</c>, <c>[Ignore]</c> on it or its class; not
    /// xUnit v3's <c>SkipWhen</c>/<c>SkipUnless</c> nor NUnit's <c>Until</c>): the runner never runs it, so its assertions —
    /// typically none, in an override that switches an inherited compliance test off (<c>=> Task.CompletedTask</c>) — check nothing.
    /// </summary>
    private static bool NeverRuns(TestInfo test) =>
        test.File.Language == SourceLanguage.CSharp && test.Unit.Skips.Any(s => s.Kind == SkipKind.Declared && s.Guard is null);

    public Section Section => Sections.Assertions;

    public SectionResult Analyze(AuditInput input)
    {
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var benchmarks = 0;
        foreach (var test in input.Tests)
        {
            var unit = test.Unit;
            if (test.IsPlaceholder)
            {
                continue; // FH1703 reports placeholders.
            }

            if (NeverRuns(test))
            {
                continue; // FH1506 reports a skip without a reason; a skipped test checks nothing, whatever it asserts.
            }

            var strength = test.Strength;
            var name = unit.QualifiedName;
            switch (strength)
            {
                case AssertionLevel.None when IsBenchmark(test):
                    benchmarks++;
                    break;
                case AssertionLevel.None when unit.DiscardedComparison is { } discarded:
                    findings.Add(Finding.Create(RuleCatalog.NoAssertion, $"{name} asserts nothing: the comparison on line {discarded.Line} (`{discarded.Text}`) is computed and thrown away; put `assert` before it", test.File.Path, unit.Line, 0, name));
                    break;
                case AssertionLevel.None:
                    findings.Add(Finding.Create(RuleCatalog.NoAssertion, $"{name} asserts nothing: add an assertion on the outcome (no assertion, mock verification or expected exception found, helpers followed 2 deep, assertion helpers 6)", test.File.Path, unit.Line, 0, name));
                    break;
                case AssertionLevel.Trivial when !test.Assertions.Where(a => a.Level == AssertionLevel.Trivial).All(a => a.Traits.HasFlag(AssertionTraits.Tautology)):
                    findings.Add(Finding.Create(RuleCatalog.TrivialAssertion, $"{name}'s strongest assertion is trivial ({Strongest(test)}): assert the expected value", test.File.Path, unit.Line, 0, name));
                    break;
                case AssertionLevel.Weak:
                    findings.Add(Finding.Create(RuleCatalog.WeakAssertion, $"{name}'s strongest assertion is weak ({Strongest(test)}): assert the expected value, count or content", test.File.Path, unit.Line, 0, name));
                    break;
            }
        }

        foreach (var file in input.Files)
        {
            foreach (var unit in file.Units)
            {
                foreach (var assertion in unit.Assertions)
                {
                    if (assertion.Traits.HasFlag(AssertionTraits.Tautology))
                    {
                        findings.Add(Finding.Create(RuleCatalog.Tautology, $"`{assertion.Text}` can never fail", file.Path, assertion.Line, assertion.Column, unit.QualifiedName, assertion.Text));
                    }

                    if (assertion.Traits.HasFlag(AssertionTraits.BooleanOfEquality)
                        && (assertion.Traits.HasFlag(AssertionTraits.ValueComparison) || !TestsEquality(unit.Name)))
                    {
                        findings.Add(Finding.Create(RuleCatalog.BooleanEquality, $"`{assertion.Text}` asserts an equality as a boolean: use an equality assertion so a failure shows expected and actual", file.Path, assertion.Line, assertion.Column, unit.QualifiedName, assertion.Text));
                    }
                }
            }
        }

        ImmutableArray<string> notes = input.Tests.IsEmpty ? ["No tests were found, so no assertion could be classified."]
            : benchmarks > 0 ? [$"{benchmarks} benchmark test{(benchmarks == 1 ? "" : "s")} (marked `benchmark` or taking pytest-benchmark's `benchmark` fixture) assert nothing; a benchmark measures, so FH1301 does not report {(benchmarks == 1 ? "it" : "them")}."]
            : [];
        return new SectionResult(Section, BuildData(input), findings.ToImmutable(), notes);
    }

    /// <inheritdoc cref="TestNames.TestsEquality"/>
    internal static bool TestsEquality(string name) => TestNames.TestsEquality(name);

    /// <summary>
    /// A benchmark run as a test: marked <c>benchmark</c> (pytest-benchmark, pytest-codspeed; on the function, its class or
    /// the module's <c>pytestmark</c>) or taking pytest-benchmark's <c>benchmark</c> fixture. It measures how long code
    /// takes; that it asserts nothing is not a missing assertion.
    /// </summary>
    public static bool IsBenchmark(TestInfo test) =>
        test.Traits.Any(t => string.Equals(t.Name, "benchmark", StringComparison.OrdinalIgnoreCase)) || test.Unit.Parameters.Contains("benchmark")
        || test.Unit.Calls.Any(c => c.Receiver == "BenchmarkRunner" && c.Name == "Run"); // [Fact] public void Run() => BenchmarkRunner.Run<LogBenchmarks>();

    private static string Strongest(TestInfo test)
    {
        var best = test.Assertions.MaxBy(a => a.Level);
        return best is null ? "none" : $"`{best.Text}`";
    }

    private static AssertionSectionData BuildData(AuditInput input)
    {
        var tests = input.Tests;
        var allAssertions = tests.SelectMany(t => t.Unit.Assertions).ToList();
        var levels = Enum.GetValues<AssertionLevel>().OrderByDescending(l => l).Select(level =>
        {
            var testCount = tests.Count(t => t.Strength == level);
            return new LevelRow((int)level, level.ToName(), allAssertions.Count(a => a.Level == level), testCount, Percent(testCount, tests.Length));
        }).ToImmutableArray();

        var byTier = tests.GroupBy(t => t.Tier).OrderBy(g => g.Key).Select(g => new TierStrengthRow(
            g.Key.ToName(),
            g.Count(),
            g.Count(t => t.Strength <= AssertionLevel.Weak),
            Math.Round(g.Average(t => (int)t.Strength), 2),
            Percent(g.Count(t => t.Strength >= AssertionLevel.Moderate), g.Count()))).ToImmutableArray();

        var weakest = tests.Where(t => t.Strength <= AssertionLevel.Weak && !t.IsPlaceholder && !(t.Strength == AssertionLevel.None && IsBenchmark(t)))
            .OrderBy(t => t.Strength).ThenBy(t => t.File.Path, StringComparer.Ordinal).ThenBy(t => t.Unit.Line)
            .ToList();

        return new AssertionSectionData(
            tests.Length,
            allAssertions.Count,
            tests.IsEmpty ? 0 : Math.Round(tests.Average(t => (int)t.Strength), 2),
            levels,
            byTier,
            [.. weakest.Take(WeakestListed).Select(t => new WeakTestRow(
                t.File.Path, t.Unit.Line, t.Unit.QualifiedName, t.Tier.ToName(), (int)t.Strength, t.Strength.ToName(), t.Assertions.MaxBy(a => a.Level)?.Text))],
            weakest.Count);
    }

    private static double Percent(int part, int total) => total == 0 ? 0 : Math.Round(100.0 * part / total, 1);
}
