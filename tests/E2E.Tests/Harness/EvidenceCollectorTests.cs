using FloeHarden.E2E.Harness.Evidence;
using FloeHarden.E2E.Harness.Kubernetes;
using FloeHarden.E2E.Tests.Support;
using k8s;

namespace FloeHarden.E2E.Tests.Harness;

/// <summary>Runs the collector through the real KubernetesClient against a local HTTP server that
/// answers like the Kubernetes API (pods, events, logs) and checks the files it writes.</summary>
[TestClass]
public sealed class EvidenceCollectorTests
{
    private const string PodsPath = "/api/v1/namespaces/floe-test/pods";

    private static CannedResponse KubernetesApi(RecordedRequest request) => request.Path switch
    {
        PodsPath when request.Query.TryGetValue("labelSelector", out var selector) => CannedResponse.Json(selector == "component=dagster-webserver"
            ? FilterPods("floe-platform-dagster-webserver-7d9f")
            : """{"apiVersion":"v1","kind":"PodList","metadata":{},"items":[]}"""),
        PodsPath => CannedResponse.Json(Fixtures.Read("kubernetes/pods.json")),
        "/api/v1/namespaces/floe-test/events" => CannedResponse.Json(Fixtures.Read("kubernetes/events.json")),
        "/api/v1/namespaces/floe-test/pods/floe-platform-dagster-webserver-7d9f/log" => new(200, "dagster: serving on 0.0.0.0:3000\n", "text/plain"),
        "/api/v1/namespaces/floe-test/pods/floe-platform-minio-0/log" => CannedResponse.Json("""{"kind":"Status","status":"Failure","message":"container minio is waiting to start","code":400}""", 400),
        _ => CannedResponse.NotFound,
    };

    private static string FilterPods(string name)
    {
        var list = System.Text.Json.Nodes.JsonNode.Parse(Fixtures.Read("kubernetes/pods.json"))!;
        var items = list["items"]!.AsArray();
        foreach (var pod in items.Where(p => p!["metadata"]!["name"]!.GetValue<string>() != name).ToList())
        {
            items.Remove(pod);
        }

        return list.ToJsonString();
    }

    [TestMethod]
    public async Task Collect_WritesPodsEventsAndLogsOfInvolvedAndUnreadyPods()
    {
        await using var server = new RecordingServer(KubernetesApi);
        using var cluster = new ClusterClient(new Kubernetes(new KubernetesClientConfiguration { Host = server.BaseUrl.ToString() }), "floe-test");
        var directory = Directory.CreateTempSubdirectory("floe-evidence-").FullName;

        var files = await new EvidenceCollector(cluster).CollectAsync(directory, ["component=dagster-webserver"]);

        var relative = files.Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/')).ToArray();
        CollectionAssert.AreEqual(
            new[] { "pods.txt", "events.txt", "logs/floe-platform-dagster-webserver-7d9f__dagster-webserver.log", "errors.txt" },
            relative);
        Assert.AreEqual("dagster: serving on 0.0.0.0:3000\n", await File.ReadAllTextAsync(files[2]));
        StringAssert.StartsWith(await File.ReadAllTextAsync(files[3]), "log floe-platform-minio-0/minio: ");
        Assert.IsTrue(server.Requests.Any(r => r.Path.EndsWith("/floe-platform-minio-0/log", StringComparison.Ordinal) && r.Query["tailLines"] == "500"),
            "The unready MinIO pod's log was not requested.");
        Assert.IsFalse(server.Requests.Any(r => r.Path.Contains("bootstrap", StringComparison.Ordinal)), "A Succeeded job pod is not involved.");
    }

    [TestMethod]
    public async Task PodsFile_ShowsReadinessRestartsAndWhyAPodIsNotReady()
    {
        await using var server = new RecordingServer(KubernetesApi);
        using var cluster = new ClusterClient(new Kubernetes(new KubernetesClientConfiguration { Host = server.BaseUrl.ToString() }), "floe-test");
        var directory = Directory.CreateTempSubdirectory("floe-evidence-").FullName;

        await new EvidenceCollector(cluster).CollectAsync(directory, []);

        var lines = await File.ReadAllLinesAsync(Path.Combine(directory, EvidenceCollector.PodsFile));
        Assert.HasCount(4, lines);
        StringAssert.StartsWith(lines[0], "NAME");
        var minio = lines.Single(l => l.StartsWith("floe-platform-minio-0 ", StringComparison.Ordinal));
        CollectionAssert.AreEqual(new[] { "floe-platform-minio-0", "no", "Running", "4", "CrashLoopBackOff" }, minio.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [TestMethod]
    public async Task EventsFile_ListsTheNewestEventFirst()
    {
        await using var server = new RecordingServer(KubernetesApi);
        using var cluster = new ClusterClient(new Kubernetes(new KubernetesClientConfiguration { Host = server.BaseUrl.ToString() }), "floe-test");
        var directory = Directory.CreateTempSubdirectory("floe-evidence-").FullName;

        await new EvidenceCollector(cluster).CollectAsync(directory, []);

        var lines = await File.ReadAllLinesAsync(Path.Combine(directory, EvidenceCollector.EventsFile));
        Assert.HasCount(3, lines);
        StringAssert.StartsWith(lines[1], "2026-11-24 05:10:00  Warning  BackOff");
        StringAssert.Contains(lines[1], " Pod/floe-platform-minio-0 ");
        StringAssert.EndsWith(lines[1], " Back-off restarting failed container minio");
        StringAssert.StartsWith(lines[2], "2026-11-24 05:00:00  Normal   Scheduled");
    }

    [TestMethod]
    public async Task UnreachableCluster_StillWritesAnErrorsFile()
    {
        using var cluster = new ClusterClient(new Kubernetes(new KubernetesClientConfiguration { Host = $"http://127.0.0.1:{RecordingServer.FreePort()}/" }), "floe-test");
        var directory = Directory.CreateTempSubdirectory("floe-evidence-").FullName;

        var files = await new EvidenceCollector(cluster).CollectAsync(directory, ["app=x"]);

        Assert.AreEqual(Path.Combine(directory, "errors.txt"), files.Single());
        var errors = await File.ReadAllLinesAsync(files[0]);
        CollectionAssert.AreEqual(new[] { "pods", "events", "pods matching 'app=x'" }, errors.Select(e => e[..e.IndexOf(':', StringComparison.Ordinal)]).ToArray());
    }
}
