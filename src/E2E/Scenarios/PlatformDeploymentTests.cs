using System.Net;
using FloeHarden.E2E.Harness.Platform;
using FloeHarden.E2E.Harness.Polling;

namespace FloeHarden.E2E.Scenarios;

/// <summary>AC-2.1: the Helm release is deployed, every pod is Ready, every service has endpoints
/// and each component's readiness endpoint answers.</summary>
[TestClass]
public sealed class PlatformDeploymentTests : E2EScenario
{
    private const Needs AllEndpoints = Needs.Dagster | Needs.Polaris | Needs.PolarisManagement | Needs.Minio | Needs.Jaeger | Needs.Marquez | Needs.Cube | Needs.Otlp;

    [TestMethod]
    [TestCategory("E2E")]
    [TestProperty("workflow", "AC-2.1")]
    public async Task HelmRelease_IsDeployed()
    {
        var platform = await RequireAsync(Needs.Kubernetes);
        using var cluster = platform.ConnectCluster();

        var revisions = await cluster.ListHelmRevisionsAsync(platform.Settings.Release, Cancellation);

        Assert.IsNotEmpty(revisions, $"No Helm release secret for '{platform.Settings.Release}' in namespace '{platform.Settings.Namespace}'.");
        Assert.AreEqual("deployed", revisions[^1].Status, $"Latest revision {revisions[^1].Revision} of '{platform.Settings.Release}' is not deployed.");
    }

    [TestMethod]
    [TestCategory("E2E")]
    [TestProperty("workflow", "AC-2.1")]
    public async Task EveryPod_IsReady()
    {
        var platform = await RequireAsync(Needs.Kubernetes);
        using var cluster = platform.ConnectCluster();

        var pods = await Poll.UntilAsync(
            $"every pod in {platform.Settings.Namespace} to be Ready",
            ct => cluster.ListPodsAsync(cancellationToken: ct),
            all => all.Count > 0 && all.Where(p => p.Phase != "Succeeded").All(p => p.Ready),
            PollOptions.Default.WithTimeout(TimeSpan.FromMinutes(5)),
            all => "not ready: " + string.Join(", ", all.Where(p => !p.Ready && p.Phase != "Succeeded").Select(p => $"{p.Name} ({p.Phase}: {p.NotReadyReason})")),
            Cancellation);

        Step($"{pods.Count} pods, all Ready or Succeeded");
        Assert.IsTrue(pods.Any(p => p.Name.StartsWith(platform.Settings.Release, StringComparison.Ordinal)), "No pod carries the release name prefix.");
    }

    [TestMethod]
    [TestCategory("E2E")]
    [TestProperty("workflow", "AC-2.1")]
    public async Task EveryService_HasReadyEndpoints()
    {
        var platform = await RequireAsync(Needs.Kubernetes);
        using var cluster = platform.ConnectCluster();

        var empty = await Poll.UntilAsync(
            "every service with a selector to have a ready endpoint address",
            ct => cluster.ListServicesWithoutReadyEndpointsAsync(ct),
            services => services.Count == 0,
            PollOptions.Default,
            services => "without endpoints: " + string.Join(", ", services),
            Cancellation);

        Assert.IsEmpty(empty);
    }

    [TestMethod]
    [TestCategory("E2E")]
    [TestProperty("workflow", "AC-2.1")]
    public async Task EveryComponent_AnswersItsReadinessEndpoint()
    {
        var platform = await RequireAsync(AllEndpoints);

        foreach (var endpoint in PlatformProbe.Endpoints(platform.Settings).Where(e => e.Need != Needs.Otlp && e.Need != Needs.Polaris))
        {
            var status = await Poll.UntilAsync(
                $"{endpoint.BaseUrl}{endpoint.ProbePath} to answer 200",
                async ct =>
                {
                    using var response = await platform.Http.GetAsync(new Uri(endpoint.BaseUrl, endpoint.ProbePath), ct);
                    return response.StatusCode;
                },
                code => code == HttpStatusCode.OK,
                PollOptions.Default,
                code => $"HTTP {(int)code}",
                Cancellation);
            Step($"{endpoint.Variable.Name}: GET /{endpoint.ProbePath} -> {(int)status}");
        }

        var token = await platform.PolarisTokenAsync(Cancellation);
        Assert.AreEqual("bearer", token.TokenType.ToLowerInvariant(), "Polaris issued a token of an unexpected type.");
    }

    protected override IReadOnlyList<string> InvolvedPods => ["app.kubernetes.io/instance=floe-platform"];
}
