using System.Collections.Immutable;
using FloeHarden.Core.Model;
using FloeHarden.Core.Rules;

namespace FloeHarden.Core.Analyses.SideEffects;

public sealed record SideEffectFileRow(
    string File,
    string Tier,
    int Tests,
    int TestsWithSideEffects,
    int SideEffectCalls,
    int ResultOnlyAssertions,
    int BehaviouralVerifications,
    double Ratio,
    int ResultOnlyTests);

public sealed record SideEffectTestRow(
    string File,
    int Line,
    string Test,
    string Tier,
    int SideEffectCalls,
    ImmutableArray<string> Calls,
    int ResultOnlyAssertions,
    int BehaviouralVerifications,
    string Status);

public sealed record UnverifiedMockRow(string File, int Line, string Where, string Mock, ImmutableArray<string> Members);

public sealed record SideEffectSectionData(
    int Tests,
    int TestsWithSideEffects,
    int SideEffectCalls,
    int ResultOnlyAssertions,
    int BehaviouralVerifications,
    double Ratio,
    int ResultOnlyTests,
    ImmutableArray<SideEffectFileRow> Files,
    ImmutableArray<SideEffectTestRow> WorstTests,
    int WorstTestsTotal,
    ImmutableArray<UnverifiedMockRow> UnverifiedMocks);

/// <summary>
/// AC-1.4: which side effects tests check. Per test: the side-effecting calls it makes, the assertions that only look
/// at what those calls returned, and the behavioural verifications (mock verifications, assertions on anything else,
/// read-backs after the effect). FH1401 when a test only checks results; FH1402 when a mock's side-effecting member is
/// set up and never verified.
/// </summary>
public sealed class SideEffectAnalysis : IAnalysis
{
    public const string ResultOnly = "RESULT ONLY";
    public const string Unasserted = "UNASSERTED";
    public const string Verified = "VERIFIED";

    private const int WorstListed = 50;
    private const int Named = 3;

    public Section Section => Sections.SideEffects;

    /// <summary>What one test does with its side effects.</summary>
    private sealed record TestEffects(
        TestInfo Test,
        ImmutableArray<CallSite> SideEffects,
        ImmutableArray<Assertion> ResultOnly,
        ImmutableArray<Assertion> Behavioural,
        ImmutableArray<CallSite> ReadBacks)
    {
        public int Verifications => Behavioural.Length + ReadBacks.Length;

        public string Status => SideEffects.IsEmpty ? Verified
            : Verifications > 0 ? Verified
            : ResultOnly.IsEmpty ? Unasserted
            : SideEffectAnalysis.ResultOnly;
    }

    public SectionResult Analyze(AuditInput input)
    {
        var calls = new SideEffectCalls(input.Config.SideEffectVerbs);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var effects = input.Tests.Where(t => !t.IsPlaceholder).Select(t => Classify(t, calls)).ToList();

        foreach (var e in effects.Where(e => e.Status == ResultOnly))
        {
            var unit = e.Test.Unit;
            var severity = e.Test.Tier is Tier.Integration or Tier.E2E ? Severity.Critical : Severity.Major;
            findings.Add(Finding.Create(
                RuleCatalog.ResultAsProxy,
                $"{unit.QualifiedName} ({e.Test.Tier.ToName()}) performs {Plural(e.SideEffects.Length, "side-effecting call")} ({Describe(e.SideEffects)}) "
                + $"and only asserts on {(e.SideEffects.Length == 1 ? "its result" : "their results")} ({string.Join(", ", e.ResultOnly.Take(2).Select(a => $"`{a.Text}`"))}"
                + $"{(e.ResultOnly.Length > 2 ? $" and {e.ResultOnly.Length - 2} more" : "")}): check the effect itself — read it back from the target, verify the collaborator, or assert the state it changed",
                e.Test.File.Path,
                unit.Line,
                symbol: unit.QualifiedName,
                anchor: string.Join("|", e.SideEffects.Select(c => c.Name).Concat(e.ResultOnly.Select(a => a.Text))),
                severity: severity));
        }

        var unverified = new List<UnverifiedMockRow>();
        foreach (var file in input.Files)
        {
            foreach (var unit in file.Units)
            {
                foreach (var mock in unit.Mocks)
                {
                    if (mock.VerifiedMembers.Contains(MockUsage.AllMembers))
                    {
                        continue;
                    }

                    var members = mock.ConfiguredMembers.Where(m => calls.IsSideEffectName(m) && !mock.VerifiedMembers.Contains(m)).ToImmutableArray();
                    if (members.IsEmpty)
                    {
                        continue;
                    }

                    var what = mock.MockedType is null ? $"{mock.Library} mock" : $"{mock.Library} mock of {mock.MockedType}";
                    var list = string.Join(", ", members.Select(m => $"`{m}`"));
                    findings.Add(Finding.Create(
                        RuleCatalog.UnverifiedSideEffectMock,
                        $"{what} sets up side-effecting {(members.Length == 1 ? "member" : "members")} {list} but never verifies {(members.Length == 1 ? "it was" : "they were")} called: "
                        + "verify the call with the arguments that matter (Verify, Received, MustHaveHappened, assert_called_with), or drop the setup if the effect is irrelevant",
                        file.Path,
                        mock.Line,
                        mock.Column,
                        unit.QualifiedName,
                        $"{mock.Text}|{string.Join(",", members)}"));
                    unverified.Add(new UnverifiedMockRow(file.Path, mock.Line, unit.QualifiedName, what, members));
                }
            }
        }

        return new SectionResult(Section, BuildData(input, effects, unverified), findings.ToImmutable(), Notes(input, effects));
    }

    /// <summary>Sorts one test's assertions and calls into side effects, result-only assertions and behavioural verifications.</summary>
    private static TestEffects Classify(TestInfo test, SideEffectCalls calls)
    {
        var mocks = test.Mocks.Select(m => m.Variable).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var sideEffects = test.Unit.Calls
            .Where(c => calls.IsSideEffect(c) && !(c.Receiver is { } r && mocks.Contains(r)) && !IsFactoryHelper(test, c, calls))
            .ToImmutableArray();
        if (sideEffects.IsEmpty)
        {
            return new TestEffects(test, [], [], [.. test.Assertions], []);
        }

        // A variable assigned from one side effect and later the receiver of another is the target the test acts on (an
        // order it then submits, a writer it then writes to), not a result: its state, and what is read from it, show the effect.
        var results = sideEffects
            .Where(c => c.AssignedTo is { } v && !sideEffects.Any(o => o.Receiver == v && o.Line > c.Line))
            .Select(c => c.AssignedTo!)
            .ToHashSet(StringComparer.Ordinal);
        var inlineCalls = sideEffects.Select(c => c.Name + "(").Distinct().ToList();
        var resultOnly = ImmutableArray.CreateBuilder<Assertion>();
        var behavioural = ImmutableArray.CreateBuilder<Assertion>();
        foreach (var assertion in test.Assertions)
        {
            var onResult = assertion.Kind is AssertionKind.Assertion or AssertionKind.Snapshot
                           && ((assertion.Subject is { } subject && results.Contains(subject))
                               || inlineCalls.Any(c => assertion.Text.Contains(c, StringComparison.Ordinal)))
                           && !SideEffectCalls.IsClientErrorCheck(assertion.Text);
            (onResult ? resultOnly : behavioural).Add(assertion);
        }

        var firstEffect = sideEffects.Min(c => c.Line);
        var readBacks = test.Unit.Calls
            .Where(c => c.Line > firstEffect && SideEffectCalls.IsReadBack(c) && !calls.IsSideEffect(c)
                        && !(c.Receiver is { } r && (results.Contains(r) || mocks.Contains(r))))
            .ToImmutableArray();
        return new TestEffects(test, sideEffects, resultOnly.ToImmutable(), behavioural.ToImmutable(), readBacks);
    }

    /// <summary>
    /// A call to the test's own helper whose body has no side-effecting call and touches no resource — a factory
    /// (<c>CreateCache() => new Cache(…)</c>) or a pure function named like an action (<c>Execute(":1\r\n", processor)</c>
    /// that only parses) — computes a value; its name does not make it an effect.
    /// </summary>
    private static bool IsFactoryHelper(TestInfo test, CallSite call, SideEffectCalls calls)
    {
        if (call.Receiver is not (null or "this" or "self"))
        {
            return false;
        }

        var definitions = test.Helpers.Where(h => h.Name == call.Name).ToList();
        return definitions.Count > 0 && definitions.All(h => h.Touches.IsEmpty && !h.Calls.Any(calls.IsSideEffect));
    }

    private static ImmutableArray<string> Notes(AuditInput input, List<TestEffects> effects)
    {
        if (input.Tests.IsEmpty)
        {
            return ["No tests were found, so no side effect could be checked."];
        }

        return effects.All(e => e.SideEffects.IsEmpty)
            ? [$"No test makes a side-effecting call (a call whose name starts with one of {input.Config.SideEffectVerbs.Length} verbs such as write, send, publish, save, delete; set `sideEffects` in floe-audit.yaml to add your own)."]
            : [];
    }

    private static SideEffectSectionData BuildData(AuditInput input, List<TestEffects> effects, List<UnverifiedMockRow> unverified)
    {
        var withEffects = effects.Where(e => !e.SideEffects.IsEmpty).ToList();
        var files = effects.GroupBy(e => e.Test.File.Path).Select(g =>
        {
            var tests = g.ToList();
            var active = tests.Where(e => !e.SideEffects.IsEmpty).ToList();
            var tier = tests.GroupBy(e => e.Test.Tier).OrderByDescending(x => x.Count()).ThenByDescending(x => x.Key).First().Key;
            var sideEffects = active.Sum(e => e.SideEffects.Length);
            var verifications = active.Sum(e => e.Verifications);
            return new SideEffectFileRow(
                g.Key,
                tier.ToName(),
                tests.Count,
                active.Count,
                sideEffects,
                active.Sum(e => e.ResultOnly.Length),
                verifications,
                Ratio(verifications, sideEffects),
                active.Count(e => e.Status == ResultOnly));
        })
            .Where(r => r.SideEffectCalls > 0)
            .OrderByDescending(r => r.ResultOnlyTests).ThenBy(r => r.Ratio).ThenByDescending(r => r.SideEffectCalls).ThenBy(r => r.File, StringComparer.Ordinal)
            .ToImmutableArray();

        var statusOrder = new Dictionary<string, int> { [ResultOnly] = 0, [Unasserted] = 1, [Verified] = 2 };
        var worst = withEffects
            .OrderBy(e => statusOrder[e.Status])
            .ThenByDescending(e => e.Test.Tier)
            .ThenBy(e => e.Verifications - e.SideEffects.Length)
            .ThenBy(e => e.Test.File.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Test.Unit.Line)
            .ToList();
        var worstShown = worst.Where(e => e.Status != Verified || e.Verifications < e.SideEffects.Length).ToList();

        var sideEffectCalls = withEffects.Sum(e => e.SideEffects.Length);
        var verificationsTotal = withEffects.Sum(e => e.Verifications);
        return new SideEffectSectionData(
            input.Tests.Length,
            withEffects.Count,
            sideEffectCalls,
            withEffects.Sum(e => e.ResultOnly.Length),
            verificationsTotal,
            Ratio(verificationsTotal, sideEffectCalls),
            withEffects.Count(e => e.Status == ResultOnly),
            files,
            [.. worstShown.Take(WorstListed).Select(e => new SideEffectTestRow(
                e.Test.File.Path,
                e.Test.Unit.Line,
                e.Test.Unit.QualifiedName,
                e.Test.Tier.ToName(),
                e.SideEffects.Length,
                [.. e.SideEffects.Take(Named).Select(Call)],
                e.ResultOnly.Length,
                e.Verifications,
                e.Status))],
            worstShown.Count,
            [.. unverified.OrderBy(u => u.File, StringComparer.Ordinal).ThenBy(u => u.Line)]);
    }

    private static double Ratio(int verifications, int sideEffects) => sideEffects == 0 ? 0 : Math.Round((double)verifications / sideEffects, 2);

    private static string Call(CallSite call) => call.Receiver is null ? call.Name : $"{call.Receiver}.{call.Name}";

    private static string Describe(ImmutableArray<CallSite> calls) =>
        string.Join(", ", calls.Take(Named).Select(c => $"`{Call(c)}` line {c.Line}")) + (calls.Length > Named ? $" and {calls.Length - Named} more" : "");

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
