using System.Diagnostics;
using System.Net;
using FloeHarden.E2E.Harness.Platform;
using FloeHarden.E2E.Harness.Polling;

namespace FloeHarden.E2E.Scenarios;

/// <summary>AC-2.7: when a MinIO or Polaris pod is killed, requests fail fast with a clear error
/// instead of hanging, and a new pod comes back Ready and answers. Storage is ephemeral, so no data
/// is expected to survive the restart.</summary>
[TestClass]
public sealed class ServiceFailureTests : E2EScenario
{
    private static readonly TimeSpan NoHangBudget = TimeSpan.FromSeconds(20);

    [TestMethod]
    [TestCategory("E2E")]
    [TestCategory("Destructive")]
    [TestProperty("workflow", "AC-2.7")]
    public Task KillingMinio_FailsFast_AndRecovers() => KillAndRecoverAsync("app.kubernetes.io/name=minio", Needs.Minio);

    [TestMethod]
    [TestCategory("E2E")]
    [TestCategory("Destructive")]
    [TestProperty("workflow", "AC-2.7")]
    public Task KillingPolaris_FailsFast_AndRecovers() => KillAndRecoverAsync("app.kubernetes.io/component=polaris", Needs.PolarisManagement);

    private async Task KillAndRecoverAsync(string selector, Needs service)
    {
        var platform = await RequireDestructiveAsync(service);
        var endpoint = platform.Endpoint(service);
        using var cluster = platform.ConnectCluster();
        var before = await cluster.ListPodsAsync(selector, Cancellation);
        Assert.IsNotEmpty(before, $"No pod matches {selector} in {platform.Settings.Namespace}.");

        foreach (var pod in before)
        {
            await cluster.DeletePodAsync(pod.Name, Cancellation);
            Step($"deleted pod {pod.Name}");
        }

        var clock = Stopwatch.StartNew();
        var outcome = await TryOnceAsync(platform.Http, new Uri(endpoint.BaseUrl, endpoint.ProbePath));
        clock.Stop();
        Step($"request during the outage: {outcome} after {clock.Elapsed.TotalSeconds:0.0}s");
        Assert.IsLessThan(NoHangBudget, clock.Elapsed, $"A request during the outage took {clock.Elapsed} ({outcome}): the platform hangs instead of failing.");
        Assert.IsFalse(string.IsNullOrWhiteSpace(outcome));

        var oldUids = before.Select(p => p.Uid).ToHashSet(StringComparer.Ordinal);
        var after = await Poll.UntilAsync(
            $"a replacement pod for {selector} to be Ready",
            ct => cluster.ListPodsAsync(selector, ct),
            pods => pods.Any(p => !oldUids.Contains(p.Uid) && p.Ready),
            PollOptions.Default.WithTimeout(TimeSpan.FromMinutes(5)),
            pods => string.Join(", ", pods.Select(p => $"{p.Name} ready={p.Ready} {p.NotReadyReason}")),
            Cancellation);
        Assert.IsTrue(after.All(p => !oldUids.Contains(p.Uid)), "A deleted pod is still listed.");

        await platform.WaitForEndpointAsync(endpoint, PollOptions.Default.WithTimeout(TimeSpan.FromMinutes(3)), Cancellation);
        using var response = await platform.Http.GetAsync(new Uri(endpoint.BaseUrl, endpoint.ProbePath), Cancellation);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, $"{endpoint.ProbePath} after recovery");
    }

    /// <summary>One request with a deadline: returns what happened, never waits past the budget.</summary>
    private async Task<string> TryOnceAsync(HttpClient http, Uri url)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        budget.CancelAfter(NoHangBudget);
        try
        {
            using var response = await http.GetAsync(url, budget.Token);
            return $"HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException error)
        {
            return $"error: {error.Message}";
        }
        catch (OperationCanceledException) when (!Cancellation.IsCancellationRequested)
        {
            return "no answer (hang)";
        }
    }

    protected override IReadOnlyList<string> InvolvedPods => ["app.kubernetes.io/name=minio", "app.kubernetes.io/component=polaris"];
}
