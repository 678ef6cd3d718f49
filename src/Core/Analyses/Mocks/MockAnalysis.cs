using System.Collections.Frozen;
using System.Collections.Immutable;
using FloeHarden.Core.Model;
using FloeHarden.Core.Rules;

namespace FloeHarden.Core.Analyses.Mocks;

public sealed record MockTierRow(string Tier, int Files, int Tests, int TestsWithDoubles, int MockInstances, int FakeInstances, ImmutableSortedDictionary<string, int> ByLibrary);

public sealed record MockFileRow(string File, string Tier, int Tests, int Mocks, int Fakes, ImmutableArray<string> Libraries, string Status);

public sealed record FakeTypeRow(string Name, string Kind, string File, int Line, int Lines, int Usages, ImmutableArray<string> Replaces);

public sealed record FallbackRow(string File, int Line, string Where, string Evidence);

public sealed record MockSectionData(
    int MockInstances,
    int FakeInstances,
    int TestsWithDoubles,
    ImmutableArray<MockTierRow> ByTier,
    ImmutableArray<MockFileRow> Files,
    ImmutableArray<FakeTypeRow> HandWrittenFakes,
    ImmutableArray<FallbackRow> Fallbacks);

/// <summary>AC-1.1: every mock and fake by tier, leaky ones in integration/e2e, dual-mode fallbacks (FH1101–FH1106).</summary>
public sealed partial class MockAnalysis : IAnalysis
{
    public const string Legitimate = "LEGITIMATE";
    public const string ReviewNeeded = "REVIEW NEEDED";
    public const string Correct = "CORRECT";

    /// <summary>Types you don't own that have a cheap real implementation, with that implementation.</summary>
    private static readonly FrozenDictionary<string, string> RealAlternatives = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ILogger"] = "NullLogger<T>.Instance or FakeLogger",
        ["ILoggerFactory"] = "NullLoggerFactory.Instance",
        ["HttpClient"] = "an HttpClient over a stub HttpMessageHandler, or a local server",
        ["HttpMessageHandler"] = "a small stub handler class or a local server",
        ["DelegatingHandler"] = "a small stub handler class",
        ["DbConnection"] = "SQLite in-memory or a Testcontainers database",
        ["IDbConnection"] = "SQLite in-memory or a Testcontainers database",
        ["DbCommand"] = "a real connection to SQLite in-memory",
        ["ISystemClock"] = "FakeTimeProvider",
        ["IClock"] = "FakeTimeProvider",
        ["TimeProvider"] = "FakeTimeProvider",
        ["IOptions"] = "Options.Create(value)",
        ["IOptionsMonitor"] = "a real OptionsMonitor built from ConfigurationBuilder",
        ["IOptionsSnapshot"] = "Options.Create(value)",
        ["IConfiguration"] = "new ConfigurationBuilder().AddInMemoryCollection(...).Build()",
        ["IMemoryCache"] = "new MemoryCache(new MemoryCacheOptions())",
        ["IFileSystem"] = "MockFileSystem (System.IO.Abstractions.TestingHelpers) or a temp directory",
        ["Logger"] = "caplog or a real logging.Logger",
        ["logging"] = "caplog",
        ["getLogger"] = "caplog",
        ["time"] = "freezegun or an injected clock",
        ["datetime"] = "freezegun or an injected clock",
        ["now"] = "freezegun or an injected clock",
        ["open"] = "tmp_path",
        ["environ"] = "monkeypatch.setenv",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Types an integration test may legitimately replace: they are not the services it integrates with.</summary>
    private static readonly FrozenSet<string> Incidental = new[]
    {
        "ILogger", "ILoggerFactory", "ISystemClock", "IClock", "TimeProvider", "IOptions", "IOptionsMonitor", "IOptionsSnapshot", "IConfiguration",
        "IHostEnvironment", "IWebHostEnvironment", "IMemoryCache", "Logger", "logging", "getLogger", "time", "sleep", "datetime", "now",
        "IProgress", "ITestOutputHelper", "TestContext", "CancellationToken",
    }.ToFrozenSet(StringComparer.Ordinal);

    public Section Section => Sections.Mocks;

    public SectionResult Analyze(AuditInput input)
    {
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var reported = new HashSet<(string, int, string)>();

        foreach (var test in input.Tests)
        {
            var tier = test.Tier;
            foreach (var mock in test.Mocks)
            {
                var where = $"{test.Unit.QualifiedName}";
                var what = Describe(mock);
                var path = FileOf(test, mock); // a fixture's or set-up's mock is reported where it is written (conftest.py)
                if ((mock.Traits & MockTraits.Spy) != 0)
                {
                    continue; // a spy calls the real service through: the test still integrates with it
                }

                if (tier == Tier.E2E && reported.Add((path, mock.Line, RuleCatalog.MockInE2E.Id)))
                {
                    findings.Add(Finding.Create(RuleCatalog.MockInE2E, $"{what} in e2e test {where}: an end-to-end test must use the real service", path, mock.Line, mock.Column, where, mock.Text));
                }
                else if (tier == Tier.Integration && !IsIncidental(mock.MockedType) && reported.Add((path, mock.Line, RuleCatalog.MockInIntegration.Id)))
                {
                    findings.Add(Finding.Create(RuleCatalog.MockInIntegration, $"{what} in integration test {where}: integrate with the real service (or move the test to the unit tier)", path, mock.Line, mock.Column, where, mock.Text));
                }
            }

            foreach (var fake in test.Fakes)
            {
                var where = test.Unit.QualifiedName;
                if (tier == Tier.E2E && reported.Add((fake.File, fake.Line, RuleCatalog.MockInE2E.Id)))
                {
                    findings.Add(Finding.Create(RuleCatalog.MockInE2E, $"hand-written double {fake.TypeName} in e2e test {where}: an end-to-end test must use the real service", fake.File, fake.Line, 0, where, "new " + fake.TypeName));
                }
                else if (tier == Tier.Integration && !IsIncidental(fake.TypeName) && reported.Add((fake.File, fake.Line, RuleCatalog.MockInIntegration.Id)))
                {
                    findings.Add(Finding.Create(RuleCatalog.MockInIntegration, $"hand-written double {fake.TypeName} in integration test {where}: integrate with the real service", fake.File, fake.Line, 0, where, "new " + fake.TypeName));
                }
            }
        }

        var subjectNames = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var file in input.Files)
        {
            foreach (var unit in file.Units)
            {
                foreach (var mock in unit.Mocks)
                {
                    var symbol = unit.QualifiedName;
                    if ((mock.Traits & (MockTraits.Configured | MockTraits.Verified | MockTraits.Inspected | MockTraits.Partial | MockTraits.Patch)) == 0
                        && !IsGuardClauseTest(unit))
                    {
                        var advice = (mock.Traits & MockTraits.Spy) != 0
                            ? "spies on calls nobody checks: assert on the calls it records, or drop it"
                            : "is never set up, verified or inspected: pass a real instance or a null object instead";
                        findings.Add(Finding.Create(RuleCatalog.UnusedMock, $"{Describe(mock)} {advice}", file.Path, mock.Line, mock.Column, symbol, mock.Text));
                    }

                    var subject = unit.Container is null ? null : subjectNames.TryGetValue(unit.Container, out var s) ? s : subjectNames[unit.Container] = SubjectOf(unit.Container);
                    if ((mock.Traits & MockTraits.Partial) != 0)
                    {
                        findings.Add(Finding.Create(RuleCatalog.MockOfSubject, PartialMessage(mock), file.Path, mock.Line, mock.Column, symbol, mock.Text));
                    }
                    else if (subject is not null && BaseName(mock.MockedType) == subject)
                    {
                        findings.Add(Finding.Create(RuleCatalog.MockOfSubject, $"{Describe(mock)} mocks {subject}, the type {unit.Container} tests: exercise the real {subject}", file.Path, mock.Line, mock.Column, symbol, mock.Text));
                    }

                    if (BaseName(mock.MockedType) is { } typeName && RealAlternatives.TryGetValue(typeName, out var alternative) && !AuditInput.IsEnvironmentPatch(mock))
                    {
                        findings.Add(Finding.Create(RuleCatalog.MockWithRealAlternative, $"{Describe(mock)}: {typeName} has a lightweight real alternative — {alternative}", file.Path, mock.Line, mock.Column, symbol, mock.Text));
                    }
                }
            }

            foreach (var fallback in file.Fallbacks)
            {
                findings.Add(Finding.Create(RuleCatalog.MockFallback, $"dual-mode fallback in {fallback.Container}: {fallback.Evidence}. Fail loudly when the real service is unreachable instead of switching to a stand-in", file.Path, fallback.Line, 0, fallback.Container, fallback.Evidence));
            }
        }

        return new SectionResult(Section, BuildData(input), findings.ToImmutable(), Notes(input));
    }

    /// <summary>
    /// FH1105's message for a partial mock: a spy wraps the subject's own member, a patch replaces one member of the subject
    /// (its other members stay real), a CallBase/ForPartsOf mock calls the real code through the mock.
    /// </summary>
    private static string PartialMessage(MockUsage mock)
    {
        var target = mock.MockedType ?? "type";
        return (mock.Traits & MockTraits.Spy) != 0
            ? $"{Describe(mock)} spies on {target} of the code under test: assert on what the subject returns or changes, and replace only its collaborators"
            : (mock.Traits & MockTraits.Patch) != 0
                ? $"partial {Describe(mock)} replaces {target} of the code under test and keeps its other members real: test the real subject and replace only its collaborators"
                : $"partial {Describe(mock)} calls the real code through the mock: test the real {target} and replace only its collaborators";
    }

    /// <summary>
    /// A guard-clause test: it has assertions and every one expects an argument-validation exception
    /// (<c>Assert.Throws&lt;ArgumentNullException&gt;(…)</c>, <c>.Should().Throw&lt;ArgumentException&gt;()</c>,
    /// <c>Throws.ArgumentNullException</c>, <c>[ExpectedException(typeof(ArgumentOutOfRangeException))]</c>). The check
    /// runs before any collaborator is reached, so an unconfigured mock there only satisfies a constructor — a required
    /// placeholder (and already the null object), not a hidden dependency. Other expected exceptions
    /// (<c>InvalidOperationException</c>) may come from the mock's default answers, so their mocks are still reported.
    /// Assertions on the caught exception itself (<c>var ex = Assert.Throws&lt;ArgumentException&gt;(…);
    /// Assert.Equal("owner", ex.ParamName)</c>) belong to the guard clause.
    /// </summary>
    private static bool IsGuardClauseTest(CodeUnit unit)
    {
        if (unit.Kind != CodeUnitKind.Test || unit.Assertions.IsEmpty)
        {
            return false;
        }

        HashSet<string>? caught = null; // var ex = Assert.Throws<ArgumentException>(…); Assert.Equal("owner", ex.ParamName);
        HashSet<int>? guardLines = null;
        foreach (var assertion in unit.Assertions)
        {
            if (assertion.Kind == AssertionKind.ExpectedException && ArgumentException().IsMatch(assertion.Text))
            {
                (guardLines ??= []).Add(assertion.Line);
            }
        }

        if (guardLines is null)
        {
            return false;
        }

        foreach (var call in unit.Calls)
        {
            if (call.AssignedTo is { } variable && guardLines.Contains(call.Line))
            {
                (caught ??= new HashSet<string>(StringComparer.Ordinal)).Add(variable);
            }
        }

        foreach (var assertion in unit.Assertions)
        {
            var guard = assertion.Kind == AssertionKind.ExpectedException && ArgumentException().IsMatch(assertion.Text);
            if (!guard && (assertion.Subject is null || caught?.Contains(assertion.Subject) != true))
            {
                return false;
            }
        }

        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bArgument\w*Exception\b")]
    private static partial System.Text.RegularExpressions.Regex ArgumentException();

    private static ImmutableArray<string> Notes(AuditInput input) =>
        input.Tests.IsEmpty ? ["No tests were found, so no mock usage could be catalogued."] : [];

    /// <summary>The file a test's mock is written in: the test's own, or that of the fixture or set-up it comes from.</summary>
    private static string FileOf(TestInfo test, MockUsage mock)
    {
        if (test.Unit.Mocks.Contains(mock))
        {
            return test.File.Path;
        }

        foreach (var (file, unit) in test.Setups)
        {
            if (unit.Mocks.Contains(mock))
            {
                return file.Path;
            }
        }

        return test.File.Path;
    }

    /// <summary>
    /// Loggers, clocks and the like — and the process environment even where a mock stands in for it (<c>patch("os.environ")</c>;
    /// set to values it is no mock at all, <see cref="AuditInput.IsEnvironmentPatch"/>): an integration test's environment is no service.
    /// </summary>
    private static bool IsIncidental(string? mockedType) =>
        (BaseName(mockedType) is { } name && Incidental.Contains(name)) || mockedType?.StartsWith("os.environ", StringComparison.Ordinal) == true;

    /// <summary>The simple type name: <c>ILogger&lt;Foo&gt;</c> → ILogger, <c>app.clients.requests.get</c> → get's owner is kept by the frontend.</summary>
    private static string? BaseName(string? type)
    {
        if (string.IsNullOrEmpty(type))
        {
            return null;
        }

        var generic = type.IndexOf('<');
        var name = generic > 0 ? type[..generic] : type;
        var dot = name.LastIndexOf('.');
        return dot >= 0 && dot < name.Length - 1 ? name[(dot + 1)..] : name;
    }

    /// <summary>The type a test class is about: OrderServiceTests → OrderService, TestOrderService → OrderService.</summary>
    private static string? SubjectOf(string container)
    {
        foreach (var suffix in new[] { "Tests", "Test", "Specs", "Spec", "Fixture", "Should" })
        {
            if (container.Length > suffix.Length && container.EndsWith(suffix, StringComparison.Ordinal))
            {
                return container[..^suffix.Length];
            }
        }

        return container.StartsWith("Test", StringComparison.Ordinal) && container.Length > 4 && char.IsUpper(container[4]) ? container[4..] : null;
    }

    private static string Describe(MockUsage mock) =>
        mock.MockedType is null ? $"{mock.Library} mock" : $"{mock.Library} mock of {mock.MockedType}";

    /// <summary>
    /// A mock is counted once per place it is created: a fixture's mock shared by many tests is one object, while two
    /// files' mocks are two even where their line, column and text agree (generated or copied tests) — a
    /// <see cref="MockUsage"/> does not carry its file, so value equality would merge them.
    /// </summary>
    private static readonly IEqualityComparer<MockUsage> MockSites = ReferenceEqualityComparer.Instance;

    private static MockSectionData BuildData(AuditInput input)
    {
        var byFile = input.Tests.GroupBy(t => t.File.Path).Select(g =>
        {
            var tests = g.ToList();
            var tier = tests.GroupBy(t => t.Tier).OrderByDescending(x => x.Count()).ThenByDescending(x => x.Key).First().Key;
            var mocks = tests.SelectMany(t => t.Mocks).Distinct(MockSites).ToList();
            var fakes = tests.SelectMany(t => t.Fakes).Distinct().ToList();
            var libraries = mocks.Select(m => m.Library).Concat(fakes.Count > 0 ? ["hand-written"] : []).Distinct().Order().ToImmutableArray();
            var status = tier is Tier.Unit or Tier.Contract
                ? (mocks.Count + fakes.Count > 0 ? Legitimate : Correct)
                : (mocks.Count + fakes.Count > 0 ? ReviewNeeded : Correct);
            return new MockFileRow(g.Key, tier.ToName(), tests.Count, mocks.Count, fakes.Count, libraries, status);
        }).ToList();

        var byTier = input.Tests.GroupBy(t => t.Tier).OrderBy(g => g.Key).Select(g =>
        {
            var tests = g.ToList();
            var mocks = tests.SelectMany(t => t.Mocks).Distinct(MockSites).ToList();
            return new MockTierRow(
                g.Key.ToName(),
                tests.Select(t => t.File.Path).Distinct().Count(),
                tests.Count,
                tests.Count(t => t.UsesDoubles),
                mocks.Count,
                tests.SelectMany(t => t.Fakes).Distinct().Count(),
                mocks.GroupBy(m => m.Library).ToImmutableSortedDictionary(x => x.Key, x => x.Count(), StringComparer.Ordinal));
        }).ToImmutableArray();

        // How many files other than those declaring a fake of that name mention each fake type. Only fake names are
        // counted: grouping every identifier of every file was the largest allocation of the whole analysis on big trees.
        var referenceCounts = input.FakeTypes.Select(f => f.Type.Name).Distinct(StringComparer.Ordinal).ToDictionary(n => n, _ => 0, StringComparer.Ordinal);
        if (referenceCounts.Count > 0)
        {
            var declaring = input.FakeTypes.Select(f => (f.File.Path, f.Type.Name)).ToHashSet();
            foreach (var file in input.Files)
            {
                foreach (var name in file.ReferencedNames)
                {
                    if (referenceCounts.TryGetValue(name, out var count) && !declaring.Contains((file.Path, name)))
                    {
                        referenceCounts[name] = count + 1;
                    }
                }
            }
        }

        var constructions = input.Tests.SelectMany(t => t.Fakes).Distinct().GroupBy(f => f.TypeName).ToDictionary(g => g.Key, g => g.Count());
        var fakesRows = input.FakeTypes
            .Select(f => new FakeTypeRow(
                f.Type.Name,
                f.Kind,
                f.File.Path,
                f.Type.Line,
                f.Type.EndLine - f.Type.Line + 1,
                Math.Max(constructions.GetValueOrDefault(f.Type.Name), referenceCounts.GetValueOrDefault(f.Type.Name)),
                f.Type.BaseTypes))
            .OrderByDescending(r => r.Lines).ThenBy(r => r.File, StringComparer.Ordinal)
            .ToImmutableArray();

        var statusOrder = new Dictionary<string, int> { [ReviewNeeded] = 0, [Legitimate] = 1, [Correct] = 2 };
        return new MockSectionData(
            input.Tests.SelectMany(t => t.Mocks).Distinct(MockSites).Count(),
            input.Tests.SelectMany(t => t.Fakes).Distinct().Count(),
            input.Tests.Count(t => t.UsesDoubles),
            byTier,
            [.. byFile.OrderBy(r => statusOrder[r.Status]).ThenByDescending(r => r.Mocks + r.Fakes).ThenBy(r => r.File, StringComparer.Ordinal)],
            fakesRows,
            [.. input.Files.SelectMany(f => f.Fallbacks.Select(b => new FallbackRow(f.Path, b.Line, b.Container, b.Evidence)))]);
    }
}
