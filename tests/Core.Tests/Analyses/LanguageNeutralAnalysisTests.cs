using System.Collections.Immutable;
using FloeHarden.Core.Analyses;
using FloeHarden.Core.Analyses.SideEffects;
using FloeHarden.Core.Analyses.Values;
using FloeHarden.Core.Config;
using FloeHarden.Core.Model;
using FloeHarden.Core.Rules;
using FloeHarden.Core.Values;

namespace FloeHarden.Core.Tests.Analyses;

/// <summary>
/// AC-1.2 and AC-1.4 read only the model: a Python file's model (as the Python frontend fills it) gets the same findings
/// as C# code would, with no analysis knowing the language.
/// </summary>
[TestClass]
public sealed class LanguageNeutralAnalysisTests
{
    private const string TestFile = "tests/integration/test_storage.py";

    private static readonly ValuesFile Chart = new("charts/floe/values.yaml",
    [
        new("charts/floe/values.yaml", "minio.auth.rootPassword", "minioadmin123", 7, 19),
        new("charts/floe/values.yaml", "minio.defaultBuckets", "floe-warehouse", 9, 19),
        new("charts/floe/values.yaml", "global.debug", "true", 12, 10),
    ], []);

    private static AuditInput Input(SourceFileModel file, params ValuesFile[] values) =>
        new("/repo", new AuditConfig { BaseDirectory = "/repo" }, [file]) { ValuesFiles = [.. values] };

    private static SourceFileModel PythonFile(params CodeUnit[] units) => new()
    {
        Path = TestFile,
        Language = SourceLanguage.Python,
        Traits = [new Trait(Trait.Category, "integration")],
        Units = [.. units],
        ConfigDefaults = [new ConfigDefault(3, "MINIO_SECRET_KEY", "minioadmin", "call")],
        Literals =
        [
            new LiteralValue(3, "minioadmin", "MINIO_SECRET_KEY"),
            new LiteralValue(4, "http://localhost:9000", "endpoint"),
            new LiteralValue(10, "floe-warehouse", "bucket"),
            new LiteralValue(20, "floe-warehouse", "bucket"),
            new LiteralValue(21, "true", null),
        ],
    };

    private static CodeUnit Test(string name, int line, ImmutableArray<CallSite> calls, ImmutableArray<Assertion> assertions, ImmutableArray<MockUsage> mocks = default) => new()
    {
        Name = name,
        Kind = CodeUnitKind.Test,
        Line = line,
        EndLine = line + 8,
        Calls = calls,
        Assertions = assertions,
        Mocks = mocks.IsDefault ? [] : mocks,
    };

    [TestMethod]
    public void PythonDefault_DriftingFromTheChart_IsACriticalDrift()
    {
        var result = new ConfigDuplicationAnalysis().Analyze(Input(PythonFile(), Chart));

        var drift = result.Findings.Single(f => f.RuleId == RuleCatalog.ConfigDrift.Id);
        Assert.AreEqual(Severity.Critical, drift.Severity);
        Assert.AreEqual((TestFile, 3), (drift.File, drift.Line));
        StringAssert.Contains(drift.Message, "minio.auth.rootPassword to `minioadmin123`");
        var row = ((ConfigSectionData)result.Data).Drift.Single();
        Assert.AreEqual(("minioadmin", "minioadmin123", "charts/floe/values.yaml", 7), (row.TestDefault, row.ValuesValue, row.ValuesFile, row.ValuesLine));
    }

    [TestMethod]
    public void RepeatedChartValue_IsOneFindingAtItsFirstOccurrence_WithTheCount()
    {
        var result = new ConfigDuplicationAnalysis().Analyze(Input(PythonFile(), Chart));

        var duplicate = result.Findings.Single(f => f.RuleId == RuleCatalog.ConfigDuplicate.Id);
        Assert.AreEqual(10, duplicate.Line);
        StringAssert.Contains(duplicate.Message, "2 times in 1 file");
        var row = ((ConfigSectionData)result.Data).Duplicates.Single();
        Assert.AreEqual(("floe-warehouse", "bucket", 2), (row.Value, row.Kind, row.Occurrences));
    }

    [TestMethod]
    public void WithoutValuesFiles_EndpointsAreStillFound_AndTheNoteSaysWhatWasNotAnalysed()
    {
        var result = new ConfigDuplicationAnalysis().Analyze(Input(PythonFile()));

        Assert.AreEqual(RuleCatalog.HardCodedEndpoint.Id, result.Findings.Single().RuleId);
        Assert.AreEqual(4, result.Findings.Single().Line);
        StringAssert.Contains(result.Notes.Single(), "No Helm values files were found");
        StringAssert.Contains(result.Notes.Single(), "drift (FH1201) and duplication (FH1202) could not be analysed");
    }

    [TestMethod]
    public void PythonTestAssertingOnlyTheResponse_IsResultOnly()
    {
        var test = Test("test_publish_returns_201", 30,
            [new CallSite(31, "post", "client", CallKind.Invocation, AssignedTo: "response", Arguments: 2)],
            [new Assertion(32, 5, AssertionLevel.Exact, AssertionKind.Assertion, "assert", "assert response.status_code == 201", Subject: "response")]);

        var result = new SideEffectAnalysis().Analyze(Input(PythonFile(test)));

        var finding = result.Findings.Single();
        Assert.AreEqual((RuleCatalog.ResultAsProxy.Id, Severity.Critical, 30), (finding.RuleId, finding.Severity, finding.Line));
        StringAssert.Contains(finding.Message, "`client.post` line 31");
        StringAssert.Contains(finding.Message, "`assert response.status_code == 201`");
    }

    [TestMethod]
    public void PythonTestReadingBackAfterTheEffect_IsVerified()
    {
        var test = Test("test_publish_is_stored", 40,
            [
                new CallSite(41, "publish_event", "bus", CallKind.Invocation, AssignedTo: "result"),
                new CallSite(42, "fetch_events", "store", CallKind.Invocation, AssignedTo: "events"),
            ],
            [new Assertion(43, 5, AssertionLevel.Exact, AssertionKind.Assertion, "assert", "assert result.ok", Subject: "result")]);

        var result = new SideEffectAnalysis().Analyze(Input(PythonFile(test)));

        Assert.AreEqual(0, result.Findings.Length);
        var data = (SideEffectSectionData)result.Data;
        Assert.AreEqual((1, 1, 1, 1.0), (data.SideEffectCalls, data.ResultOnlyAssertions, data.BehaviouralVerifications, data.Ratio));
    }

    [TestMethod]
    public void PythonMockWithAnUnverifiedSideEffectingMember_IsReported()
    {
        var mock = new MockUsage(50, 12, "unittest.mock", "EventBus", "bus", MockTraits.Configured | MockTraits.Verified, "MagicMock(spec=EventBus)")
        {
            ConfiguredMembers = ["publish", "get_status"],
            VerifiedMembers = ["get_status"],
        };
        var test = Test("test_status", 50, [], [new Assertion(55, 5, AssertionLevel.Exact, AssertionKind.Assertion, "assert", "assert status == 'ok'", Subject: "status")], [mock]);

        var result = new SideEffectAnalysis().Analyze(Input(PythonFile(test)));

        var finding = result.Findings.Single();
        Assert.AreEqual((RuleCatalog.UnverifiedSideEffectMock.Id, 50, 12), (finding.RuleId, finding.Line, finding.Column));
        StringAssert.Contains(finding.Message, "`publish`");
        CollectionAssert.AreEqual(new[] { "publish" }, ((SideEffectSectionData)result.Data).UnverifiedMocks.Single().Members.ToArray());
    }

    [TestMethod]
    public void MockWhoseEveryMemberIsVerified_IsNotReported()
    {
        var mock = new MockUsage(50, 12, "Moq", "IBus", "bus", MockTraits.Configured | MockTraits.Verified, "new Mock<IBus>()")
        {
            ConfiguredMembers = ["PublishAsync"],
            VerifiedMembers = [MockUsage.AllMembers],
        };
        var test = Test("Publishes", 50, [], [], [mock]);

        Assert.AreEqual(0, new SideEffectAnalysis().Analyze(Input(PythonFile(test))).Findings.Length);
    }
}
