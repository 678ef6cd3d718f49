using System.Diagnostics;
using FloeHarden.E2E.Harness.Platform;
using FloeHarden.E2E.Harness.Settings;
using FloeHarden.E2E.Tests.Support;

namespace FloeHarden.E2E.Tests.Harness;

[TestClass]
public sealed class PlatformProbeTests
{
    private static readonly HttpClient Http = new();

    [TestMethod]
    public async Task EndpointThatAnswersAnything_IsReachable()
    {
        await using var server = new RecordingServer(_ => new CannedResponse(503, "starting", "text/plain"));
        var endpoint = new ProbedEndpoint(Needs.Cube, SettingVariables.CubeUrl, server.BaseUrl, "readyz");

        var reason = await PlatformProbe.ProbeEndpointAsync(endpoint, Http, TimeSpan.FromSeconds(2), CancellationToken.None);

        Assert.IsNull(reason, "A 503 is an answer: readiness is for the scenario to assert.");
        Assert.AreEqual("/readyz", server.Requests.Single().Path);
    }

    [TestMethod]
    public async Task ClosedPort_IsMissing_WithTheVariableAndTheRemedy()
    {
        var url = new Uri($"http://127.0.0.1:{RecordingServer.FreePort()}/");
        var endpoint = new ProbedEndpoint(Needs.Marquez, SettingVariables.MarquezUrl, url, "api/v1/namespaces");

        var reason = await PlatformProbe.ProbeEndpointAsync(endpoint, Http, TimeSpan.FromSeconds(2), CancellationToken.None);

        StringAssert.StartsWith(reason, $"FLOE_MARQUEZ_URL={url} did not answer GET /api/v1/namespaces (");
        StringAssert.EndsWith(reason, PlatformProbe.Remedy);
    }

    [TestMethod]
    public async Task NothingRunning_EveryNeedIsMissing_AndTheProbeTakesSeconds()
    {
        var closed = $"http://127.0.0.1:{RecordingServer.FreePort()}";
        var variables = SettingVariables.All.Where(v => v.Name.EndsWith("_URL", StringComparison.Ordinal)).ToDictionary(v => v.Name, _ => (string?)closed);
        variables["FLOE_KUBE_CONTEXT"] = "kind-does-not-exist-" + Guid.NewGuid().ToString("N")[..8];
        variables["FLOE_CLI"] = "/nonexistent/floe";
        variables["FLOE_E2E_PROBE_TIMEOUT"] = "2";
        var settings = E2ESettings.FromVariables(variables);
        var clock = Stopwatch.StartNew();

        var report = await PlatformProbe.RunAsync(settings, Http);

        Assert.IsLessThan(TimeSpan.FromSeconds(10), clock.Elapsed);
        var expected = new[] { Needs.Kubernetes, Needs.Dagster, Needs.Polaris, Needs.PolarisManagement, Needs.Minio, Needs.Jaeger, Needs.Marquez, Needs.Cube, Needs.Otlp, Needs.FloeRepo, Needs.FloeCli };
        CollectionAssert.IsSubsetOf(expected, report.Missing.Keys.ToArray());
        StringAssert.StartsWith(report.Missing[Needs.Kubernetes], $"Kubernetes context '{variables["FLOE_KUBE_CONTEXT"]}' (FLOE_KUBE_CONTEXT) is not usable: ");
        Assert.AreEqual("FLOE_REPO is not set: point it at a checkout of the floe platform repository (charts/floe-platform, demo/).", report.Missing[Needs.FloeRepo]);
        Assert.HasCount(2, report.ReasonsFor(Needs.Jaeger | Needs.Otlp));
    }
}
