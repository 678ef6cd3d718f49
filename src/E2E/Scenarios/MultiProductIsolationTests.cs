using FloeHarden.E2E.Harness.Platform;

namespace FloeHarden.E2E.Scenarios;

/// <summary>AC-2.6: the three demo products run concurrently and each product's Iceberg namespace
/// holds exactly its own tables.</summary>
[TestClass]
public sealed class MultiProductIsolationTests : E2EScenario
{
    [TestMethod]
    [TestCategory("E2E")]
    [TestProperty("workflow", "AC-2.6")]
    public async Task ConcurrentRuns_KeepEachProductsTablesInItsOwnNamespace()
    {
        var platform = await RequireAsync(Needs.Dagster | Needs.Polaris | Needs.FloeRepo);
        var repo = platform.Settings.Repo!;

        var runs = await Task.WhenAll(DemoProduct.All.Select(async product =>
        {
            var runId = await DagsterRuns.LaunchAssetJobAsync(platform.Dagster, product.Name, Cancellation);
            Step($"launched {runId} for {product}");
            return (product, run: await DagsterRuns.WaitForEndAsync(platform.Dagster, runId, platform.Settings.RunTimeout, Cancellation));
        }));
        foreach (var (product, run) in runs)
        {
            Assert.AreEqual("SUCCESS", run.Status, $"Run {run.RunId} of {product} ended {run.Status}.");
        }

        var token = await platform.PolarisTokenAsync(Cancellation);
        var prefix = await platform.Polaris.GetCatalogPrefixAsync(token, platform.Settings.PolarisCatalog, Cancellation);
        foreach (var product in DemoProduct.All)
        {
            var tables = (await platform.Polaris.ListTablesAsync(token, prefix, [product.Namespace], Cancellation)).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
            var own = product.Transforms(repo);
            var foreign = DemoProduct.All.Where(p => p != product).SelectMany(p => p.Transforms(repo)).Where(tables.Contains).ToList();

            Assert.IsEmpty(own.Where(t => !tables.Contains(t)).ToList(), $"{product.Namespace} lacks some of its own tables; has: {string.Join(", ", tables)}");
            Assert.IsEmpty(foreign, $"{product.Namespace} holds tables of other products: {string.Join(", ", foreign)}");
        }
    }

    protected override IReadOnlyList<string> InvolvedPods => ["component=dagster-webserver", "app.kubernetes.io/component=polaris"];
}
