using System.Net;
using FloeHarden.E2E.Harness.Clients;
using FloeHarden.E2E.Harness.Platform;
using FloeHarden.E2E.Harness.Polling;

namespace FloeHarden.E2E.Scenarios;

/// <summary>AC-2.4: OpenLineage events for a run land in Marquez as a job, a completed run and its
/// input and output datasets, connected in the lineage graph.</summary>
[TestClass]
public sealed class LineageRoundTripTests : E2EScenario
{
    [TestMethod]
    [TestCategory("E2E")]
    [TestProperty("workflow", "AC-2.4")]
    public async Task RunEvents_LandInMarquezAsJobRunAndDatasets()
    {
        var platform = await RequireAsync(Needs.Marquez);
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var ns = $"floe-e2e-{suffix}";
        var job = "customer_360.mart_customer_360";
        var input = new LineageDataset(ns, $"customer_360_raw.raw_customers_{suffix}");
        var output = new LineageDataset(ns, $"customer_360.mart_customer_360_{suffix}");
        var runId = Guid.NewGuid();
        var start = DateTimeOffset.UtcNow;

        foreach (var (type, when) in new[] { ("START", start), ("COMPLETE", start.AddSeconds(2)) })
        {
            var status = await platform.Marquez.PostLineageAsync(OpenLineageEvents.RunEvent(type, runId, ns, job, when, [input], [output]), Cancellation);
            Assert.IsTrue(status is HttpStatusCode.Created or HttpStatusCode.OK, $"POST /api/v1/lineage ({type}) answered {(int)status}.");
        }

        var ingested = await Poll.UntilAsync(
            $"Marquez to show job {ns}/{job} with a COMPLETED run",
            ct => platform.Marquez.ListJobsAsync(ns, ct),
            jobs => jobs.Any(j => j.Name == job && j.LatestRunState == "COMPLETED"),
            PollOptions.Default,
            jobs => string.Join(", ", jobs.Select(j => $"{j.Name}={j.LatestRunState}")),
            Cancellation);

        var marquezJob = ingested.Single(j => j.Name == job);
        CollectionAssert.AreEqual(new[] { input.Name }, marquezJob.Inputs.ToArray());
        CollectionAssert.AreEqual(new[] { output.Name }, marquezJob.Outputs.ToArray());
        CollectionAssert.AreEquivalent(new[] { input.Name, output.Name }, (await platform.Marquez.ListDatasetsAsync(ns, Cancellation)).ToArray());

        var edges = await platform.Marquez.GetLineageAsync($"job:{ns}:{job}", Cancellation);
        CollectionAssert.Contains(edges.ToArray(), new LineageEdge($"dataset:{ns}:{input.Name}", $"job:{ns}:{job}"));
        CollectionAssert.Contains(edges.ToArray(), new LineageEdge($"job:{ns}:{job}", $"dataset:{ns}:{output.Name}"));
    }

    protected override IReadOnlyList<string> InvolvedPods => ["app.kubernetes.io/name=marquez"];
}
