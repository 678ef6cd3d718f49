using System.Net;
using System.Text.Json.Nodes;
using FloeHarden.E2E.Harness.Clients;
using FloeHarden.E2E.Harness.Platform;
using FloeHarden.E2E.Harness.Polling;

namespace FloeHarden.E2E.Scenarios;

/// <summary>AC-2.8: Cube (the semantic layer subchart) is ready and answers a query over a model it serves.</summary>
[TestClass]
public sealed class SemanticQueryTests : E2EScenario
{
    [TestMethod]
    [TestCategory("E2E")]
    [TestProperty("workflow", "AC-2.8")]
    public async Task Cube_IsReady()
    {
        var platform = await RequireAsync(Needs.Cube);

        var status = await Poll.UntilAsync("Cube /readyz to answer 200", ct => platform.Cube.ReadyAsync(ct), s => s == HttpStatusCode.OK, PollOptions.Default, cancellationToken: Cancellation);

        Assert.AreEqual(HttpStatusCode.OK, status);
    }

    [TestMethod]
    [TestCategory("E2E")]
    [TestProperty("workflow", "AC-2.8")]
    public async Task Cube_AnswersAQueryOverADemoModel()
    {
        var platform = await RequireAsync(Needs.Cube);
        var cube = platform.Cube;

        var members = await Poll.UntilAsync("Cube /meta to list a measure", ct => cube.GetMetaAsync(ct), m => m.Any(x => x.Kind == "measures"), PollOptions.Default,
            m => $"{m.Count} members", Cancellation);
        var measure = members.Where(m => m.Kind == "measures").OrderByDescending(m => m.Name.EndsWith(".count", StringComparison.Ordinal)).First();
        Step($"querying {measure.Name}");

        // Cube answers "Continue wait" while it computes: that is a failed attempt, so poll.
        var rows = await Poll.UntilAsync(
            $"Cube to answer a load of {measure.Name}",
            ct => cube.LoadAsync(new JsonObject { ["measures"] = new JsonArray(measure.Name), ["limit"] = 10 }, ct),
            _ => true,
            PollOptions.Default,
            cancellationToken: Cancellation);

        Assert.HasCount(1, rows, "A measure without dimensions aggregates to exactly one row.");
        Assert.IsTrue(rows[0].ContainsKey(measure.Name), $"The row lacks {measure.Name}: {rows[0].ToJsonString()}");
    }

    protected override IReadOnlyList<string> InvolvedPods => ["app.kubernetes.io/name=cube"];
}
