using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
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
                $"{unit.QualifiedName}{(e.Test.Tier == Tier.Unknown ? "" : $" ({e.Test.Tier.ToName()} test)")} performs {Plural(e.SideEffects.Length, "side-effecting call")} ({Describe(e.SideEffects)}) "
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

                    var members = mock.ConfiguredMembers.Where(m => calls.IsSideEffectName(m) && !SideEffectCalls.IsObjectFactoryMember(m, mock.MockedType) && !mock.VerifiedMembers.Contains(m)).ToImmutableArray();
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
        var pipelineReads = test.Unit.Calls.Where(c => IsPipelineRead(test.Unit, c)).ToList();
        var sideEffects = test.Unit.Calls
            .Where(c => calls.IsSideEffect(c) && !(c.Receiver is { } r && mocks.Contains(r)) && !IsFactoryHelper(test, c, calls) && !IsToPureHandler(test, c, calls)
                        && !IsStaticImportFactory(test, c) && !IsInMemoryBuild(test.Unit, c) && !IsMadeByFactoryObject(test.Unit, c) && !pipelineReads.Contains(c) && !IsOnCaseData(test, c)
                        && !IsTrackedActivity(test, c))
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
        // A task dispatched to a worker (res = add.apply_async(…)) hands back a handle on the outcome: res.get(timeout=…),
        // res.status read what the worker did through the target system, not what the dispatch returned.
        var handles = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var c in sideEffects)
        {
            if (c.AssignedTo is { } handle && DispatchCalls.TryGetValue(c.Name, out var celery))
            {
                handles[handle] = handles.TryGetValue(handle, out var seen) ? seen && celery : celery; // res = a.apply_async(); res = pool.submit(…): the narrower reads
            }
        }

        var inlineCalls = sideEffects.Select(c => c.Name + "(").Distinct().ToList();
        var resultOnly = ImmutableArray.CreateBuilder<Assertion>();
        var behavioural = ImmutableArray.CreateBuilder<Assertion>();
        foreach (var assertion in test.Assertions)
        {
            var onResult = assertion.Kind is AssertionKind.Assertion or AssertionKind.Snapshot
                           && ((assertion.Subject is { } subject && results.Contains(subject))
                               || inlineCalls.Any(c => assertion.Text.Contains(c, StringComparison.Ordinal)))
                           && !SideEffectCalls.IsClientErrorCheck(assertion.Text)
                           && !(assertion.Subject is { } handle && handles.TryGetValue(handle, out var celery) && ReadsHandle(assertion.Text, handle, celery));
            (onResult ? resultOnly : behavioural).Add(assertion);
        }

        var firstEffect = sideEffects.Min(c => c.Line);
        var readBacks = test.Unit.Calls
            .Where(c => c.Line > firstEffect
                        && ((SideEffectCalls.IsReadBack(c) && !calls.IsSideEffect(c) && !(c.Receiver is { } r && (results.Contains(r) || mocks.Contains(r))))
                            || pipelineReads.Contains(c)
                            || (c.Receiver is { } h && handles.TryGetValue(h, out var celeryHandle) && IsHandleRead(c.Name, celeryHandle))))
            .ToImmutableArray();
        return new TestEffects(test, sideEffects, resultOnly.ToImmutable(), behavioural.ToImmutable(), readBacks);
    }

    /// <summary>
    /// Calls that hand a task to a worker and return a handle on its outcome: Celery's <c>apply_async</c>/<c>send_task</c> (true:
    /// always an AsyncResult) and the more general <c>submit</c>/<c>enqueue</c> (false: a service's <c>submit</c> may return a plain
    /// reply, so only a future's own methods — <c>result()</c>, <c>wait()</c> — read through it).
    /// </summary>
    private static readonly FrozenDictionary<string, bool> DispatchCalls = new Dictionary<string, bool>
    {
        ["apply_async"] = true,
        ["send_task"] = true,
        ["submit"] = false,
        ["enqueue"] = false,
        ["enqueue_call"] = false,
        ["enqueue_at"] = false,
        ["enqueue_in"] = false,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A future's or job's own methods that wait for the worker and read its outcome: <c>future.result()</c>, <c>job.get_status()</c>.</summary>
    private static readonly FrozenSet<string> FutureReads = new[] { "result", "wait", "join", "join_native", "get_status", "ready", "successful", "failed" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Celery's AsyncResult reads its outcome from the result backend: <c>res.get(timeout=10)</c>, <c>res.collect()</c>, <c>res.get_leaf()</c>.</summary>
    private static bool IsHandleRead(string name, bool celery) =>
        FutureReads.Contains(name) || (celery && name is "get" or "collect" or "get_leaf");

    /// <summary>
    /// <c>assert res.get(timeout=5) == 3</c>, <c>assert future.result() == 42</c>, and on Celery's AsyncResult <c>assert res.status == "SUCCESS"</c>:
    /// the assertion reads the handle's outcome.
    /// </summary>
    private static bool ReadsHandle(string assertion, string handle, bool celery)
    {
        for (var at = assertion.IndexOf(handle + ".", StringComparison.Ordinal); at >= 0; at = assertion.IndexOf(handle + ".", at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && (char.IsLetterOrDigit(assertion[at - 1]) || assertion[at - 1] == '_'))
            {
                continue;
            }

            var member = assertion[(at + handle.Length + 1)..];
            var end = 0;
            while (end < member.Length && (char.IsLetterOrDigit(member[end]) || member[end] == '_'))
            {
                end++;
            }

            var name = member[..end];
            var called = end < member.Length && member[end] == '(';
            if ((called && IsHandleRead(name, celery)) || (celery && !called && name is "status" or "state" or "result" or "info"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>pipe.set("a", 1).get("a"); assert pipe.execute() == [True, b"1"]</c>: a pipeline's or batch's <c>execute()</c>
    /// returns the replies of the commands queued on it since its last execution; when one of them reads (<c>get</c>,
    /// <c>smembers</c>, <c>exists</c>), the replies are a read-back of the target, not an acknowledgement.
    /// </summary>
    private static bool IsPipelineRead(CodeUnit unit, CallSite call)
    {
        if (call.Kind != CallKind.Invocation || call.Arguments != 0 || call.Receiver is not { } pipeline
            || call.Name is not ("execute" or "Execute" or "ExecuteAsync" or "exec"))
        {
            return false;
        }

        var since = 0;
        foreach (var c in unit.Calls)
        {
            if (c.Receiver == pipeline && c.Line < call.Line && c.Name == call.Name)
            {
                since = Math.Max(since, c.Line);
            }
        }

        foreach (var c in unit.Calls)
        {
            if (c.Receiver == pipeline && c.Line > since && c.Line <= call.Line && !ReferenceEquals(c, call) && c.Kind == CallKind.Invocation
                && (SideEffectCalls.IsReadBack(c) || SideEffectCalls.IsReadCommandName(c.Name)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Collections and buffers a test fills in memory to build its input: <c>var sb = new StringBuilder(); sb.Append('x', 150)</c>.</summary>
    private static readonly FrozenSet<string> InMemoryTypes = new[]
    {
        "StringBuilder", "List", "Dictionary", "HashSet", "SortedSet", "SortedList", "SortedDictionary", "Queue", "Stack", "LinkedList",
        "ConcurrentDictionary", "ConcurrentQueue", "ConcurrentStack", "ConcurrentBag", "StringWriter", "MemoryStream", "Collection",
        "ObservableCollection", "NameValueCollection", "ArrayList", "Hashtable", "BitArray",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>An <c>Append</c>, <c>Insert</c>, <c>Remove</c>, <c>Write</c> on a BCL collection or buffer the test constructed itself: building a value, not an effect.</summary>
    private static bool IsInMemoryBuild(CodeUnit unit, CallSite call)
    {
        if (call.Receiver is not { } receiver)
        {
            return false;
        }

        foreach (var c in unit.Calls)
        {
            if (c.Kind == CallKind.Construction && c.AssignedTo == receiver)
            {
                return InMemoryTypes.Contains(c.Name);
            }
        }

        return false;
    }

    /// <summary>Types named for making values: a <c>Create…</c> on one the test constructed maps its request to a new object.</summary>
    private static readonly string[] MakerTypeSuffixes = ["Builder", "Factory", "Generator", "Creator", "Composer", "Fixture"];

    /// <summary>
    /// A synchronous <c>Create…</c> on an object the test constructed from a type named for making values
    /// (<c>var sut = new TaskGenerator(); var result = sut.Create(typeof(Task), context)</c>, <c>new Fixture().CreateMany&lt;int&gt;()</c>):
    /// the object it returns is the behaviour under test, not the trace of an effect.
    /// </summary>
    private static bool IsMadeByFactoryObject(CodeUnit unit, CallSite call)
    {
        if (call.Receiver is not { } receiver || !SideEffectCalls.StartsWithWord(call.Name, "Create") || call.Name.EndsWith("Async", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in unit.Calls)
        {
            if (c.Kind == CallKind.Construction && c.AssignedTo == receiver)
            {
                var type = c.Name.AsSpan();
                var generic = type.IndexOf('<');
                type = generic > 0 ? type[..generic] : type;
                foreach (var suffix in MakerTypeSuffixes)
                {
                    if (type.EndsWith(suffix, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Wolverine's tracked activity (<c>host.SendMessageAndWaitAsync(m)</c>, <c>PublishMessageAndWaitAsync</c>,
    /// <c>InvokeMessageAndWaitAsync</c>, <c>TrackActivity()….ExecuteAndWaitAsync(c => c.PublishAsync(m))</c>) returns an
    /// <c>ITrackedSession</c>: the framework's record of every message sent, received and executed while the action ran.
    /// Asserting on it observes the effects, like a spy's record; it is no side effect whose result stands in for one. The
    /// calls made inside its lambda stay side effects, which an assertion on the session verifies.
    /// </summary>
    private static bool IsTrackedActivity(TestInfo test, CallSite call) =>
        call.Name.EndsWith("AndWaitAsync", StringComparison.Ordinal) && test.File.Language == SourceLanguage.CSharp
        && (IsWolverine(test.File.Project) || test.File.Imports.Any(IsWolverine));

    private static bool IsWolverine(string? name) =>
        name is not null && name.StartsWith("Wolverine", StringComparison.Ordinal) && (name.Length == 9 || name[9] == '.');

    /// <summary>
    /// <c>[InlineData("Title Case")] [InlineData("x")] … input.ApplyCase(LetterCasing.Title)</c>: a C# test fed by two or more
    /// rows of constants (InlineData, DataRow, TestCase) receives values — strings, numbers, enums — and a call on one of them
    /// computes from it; there is nothing behind it to change.
    /// </summary>
    private static bool IsOnCaseData(TestInfo test, CallSite call) =>
        call.Receiver is { } receiver && test.File.Language == SourceLanguage.CSharp && test.Unit.CaseCount > 1 && test.Unit.Parameters.Contains(receiver);

    /// <summary>
    /// <c>using static Lib.Expiration; … CreateOrPersist(null)</c>: a synchronous receiver-less <c>Create…</c> that no helper of
    /// the audited tree defines, in a file that imports a type's static members, is that type's static factory.
    /// </summary>
    private static bool IsStaticImportFactory(TestInfo test, CallSite call) =>
        call.Receiver is null && call.Kind == CallKind.Invocation && !test.File.StaticImports.IsEmpty
        && SideEffectCalls.StartsWithWord(call.Name, "Create") && !call.Name.EndsWith("Async", StringComparison.Ordinal)
        && !test.File.StaticImports.Any(t => t is "File" or "Directory" or "EventLog" or "Registry" or "Process" or "Environment")
        && !test.Helpers.Any(h => h.Name == call.Name);

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

    /// <summary>
    /// A request on an in-process client whose handler is the test code's own function with no side-effecting call and no
    /// resource touched (<c>httpx.MockTransport(echo)</c>, <c>WSGITransport(app=echo_body)</c>, a Flask route the test declares):
    /// nothing changes beyond the response, which is the outcome itself. A handler calling what it was handed (ASGI's
    /// <c>send</c>, WSGI's <c>start_response</c>) answers the request.
    /// </summary>
    private static bool IsToPureHandler(TestInfo test, CallSite call, SideEffectCalls calls)
    {
        if (call.Handler is not { } handler)
        {
            return false;
        }

        foreach (var part in handler.Split(','))
        {
            if (part.StartsWith('@'))
            {
                var dash = part.IndexOf('-', StringComparison.Ordinal);
                if (dash < 0 || !int.TryParse(part.AsSpan(1, dash - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                    || !int.TryParse(part.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                    || test.Unit.Calls.Any(c => c.Line >= start && c.Line <= end && calls.IsSideEffect(c))
                    || test.Unit.Touches.Any(t => t.Line >= start && t.Line <= end))
                {
                    return false;
                }

                continue;
            }

            var definitions = test.Helpers.Where(h => h.Name == part).ToList();
            if (definitions.Count == 0 || !definitions.All(h => h.Touches.IsEmpty
                && !h.Calls.Any(c => calls.IsSideEffect(c) && !(c.Receiver is null && h.Parameters.Contains(c.Name)))))
            {
                return false;
            }
        }

        return true;
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
