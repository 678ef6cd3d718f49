using FloeHarden.E2E.Harness.Evidence;
using FloeHarden.E2E.Harness.Settings;

namespace FloeHarden.E2E.Harness.Platform;

/// <summary>Base of every scenario class: turns missing prerequisites into Inconclusive with the
/// reason, guards destructive work, and attaches cluster evidence when a scenario fails.</summary>
public abstract class E2EScenario
{
    private PlatformSession? session;

    public TestContext TestContext { get; set; } = null!;

    /// <summary>Label selectors of the pods whose logs explain a failure of this scenario.</summary>
    protected virtual IReadOnlyList<string> InvolvedPods => [];

    protected CancellationToken Cancellation => TestContext.CancellationToken;

    /// <summary>Ends the test as Inconclusive, naming each missing prerequisite, unless all of <paramref name="needs"/> are there.</summary>
    protected async Task<PlatformSession> RequireAsync(Needs needs)
    {
        session = await PlatformSession.GetAsync().ConfigureAwait(false);
        if (session.SettingsError is { } invalid)
        {
            throw invalid;
        }

        var reasons = session.Report.ReasonsFor(needs);
        if (reasons.Count > 0)
        {
            // floe-audit: ignore FH1506 no cluster or endpoint must end inconclusive with the reason, never passed (docs/e2e.md harness rules)
            Assert.Inconclusive("E2E prerequisites missing:" + Environment.NewLine + string.Join(Environment.NewLine, reasons.Select(r => " - " + r)));
        }

        return session;
    }

    /// <summary>As <see cref="RequireAsync"/>, and refuses any kube context that is not a Kind cluster or explicitly allowed.</summary>
    protected async Task<PlatformSession> RequireDestructiveAsync(Needs needs)
    {
        var platform = await RequireAsync(needs | Needs.Kubernetes).ConfigureAwait(false);
        if (KubeContextGuard.RefusalReason(platform.Settings.KubeContext, platform.Settings.AllowContext) is { } refusal)
        {
            // floe-audit: ignore FH1506 refusing a non-Kind kube context is the safety guard of destructive tests
            Assert.Inconclusive(refusal);
        }

        return platform;
    }

    protected void Step(string message) => TestContext.WriteLine($"[{DateTimeOffset.UtcNow:HH:mm:ss}] {message}");

    [TestCleanup]
    public async Task AttachEvidenceOnFailureAsync()
    {
        if (TestContext.CurrentTestOutcome is UnitTestOutcome.Passed or UnitTestOutcome.Inconclusive
            || session?.SettingsOrNull is null
            || session.Report.Missing.ContainsKey(Needs.Kubernetes))
        {
            return;
        }

        var directory = Path.Combine(TestContext.TestRunResultsDirectory ?? Path.GetTempPath(), "e2e-evidence", $"{TestContext.TestName}-{DateTime.UtcNow:yyyyMMddHHmmss}");
        try
        {
            using var cluster = session.ConnectCluster();
            using var budget = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            foreach (var file in await new EvidenceCollector(cluster).CollectAsync(directory, InvolvedPods, budget.Token).ConfigureAwait(false))
            {
                TestContext.AddResultFile(file);
            }

            TestContext.WriteLine($"Evidence written to {directory}");
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // The scenario's own failure is the news; a cluster that cannot be read now only loses the evidence.
            TestContext.WriteLine($"No evidence collected: {error.GetType().Name}: {error.Message}");
        }
    }
}
