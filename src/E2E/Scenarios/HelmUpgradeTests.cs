using FloeHarden.E2E.Harness.Platform;
using FloeHarden.E2E.Harness.Polling;
using FloeHarden.E2E.Harness.Processes;

namespace FloeHarden.E2E.Scenarios;

/// <summary>AC-2.9: <c>helm upgrade</c> rolls out a new revision, the services keep answering
/// through the rollout, and the release ends <c>deployed</c>.</summary>
[TestClass]
public sealed class HelmUpgradeTests : E2EScenario
{
    [TestMethod]
    [TestCategory("E2E")]
    [TestCategory("Destructive")]
    [TestProperty("workflow", "AC-2.9")]
    public async Task HelmUpgrade_RollsOut_WhileServicesKeepAnswering()
    {
        var platform = await RequireDestructiveAsync(Needs.Helm | Needs.FloeRepo | Needs.Dagster | Needs.Marquez);
        var settings = platform.Settings;
        using var cluster = platform.ConnectCluster();
        var before = (await cluster.ListHelmRevisionsAsync(settings.Release, Cancellation))[^1];
        Assert.AreEqual("deployed", before.Status, $"Release {settings.Release} must start deployed.");

        var chart = Path.Combine(settings.Repo!, "charts", "floe-platform");
        using var sampler = new AvailabilitySampler(platform.Http, [platform.Endpoint(Needs.Dagster), platform.Endpoint(Needs.Marquez)], TimeSpan.FromSeconds(2));
        var upgrade = await ProcessRunner.RunAsync(
            settings.Helm,
            ["upgrade", settings.Release, chart, "--namespace", settings.Namespace, "--kube-context", settings.KubeContext,
             "-f", Path.Combine(chart, "values-test.yaml"), "--set-string", $"global.annotations.floe-e2e-upgrade={DateTimeOffset.UtcNow.ToUnixTimeSeconds()}",
             "--wait", "--timeout", "10m"],
            settings.Repo!,
            settings.RunTimeout,
            cancellationToken: Cancellation);
        var samples = await sampler.StopAsync();

        Assert.AreEqual(0, upgrade.ExitCode, upgrade.ToString());
        var after = (await cluster.ListHelmRevisionsAsync(settings.Release, Cancellation))[^1];
        Assert.AreEqual(before.Revision + 1, after.Revision, "The upgrade did not create exactly one new revision.");
        Assert.AreEqual("deployed", after.Status);
        Assert.IsNotEmpty(samples, "The availability sampler took no sample during the upgrade.");
        var failures = samples.Where(s => !s.Answered).ToList();
        Assert.IsEmpty(failures, "Services stopped answering during the rollout: " + string.Join("; ", failures.Select(f => $"{f.At:HH:mm:ss} {f.Endpoint}: {f.Detail}")));

        await Poll.UntilAsync(
            "every pod to be Ready after the upgrade",
            ct => cluster.ListPodsAsync(cancellationToken: ct),
            pods => pods.Where(p => p.Phase != "Succeeded").All(p => p.Ready),
            PollOptions.Default.WithTimeout(TimeSpan.FromMinutes(5)),
            pods => string.Join(", ", pods.Where(p => !p.Ready).Select(p => p.Name)),
            Cancellation);
    }

    protected override IReadOnlyList<string> InvolvedPods => ["app.kubernetes.io/instance=floe-platform"];
}
