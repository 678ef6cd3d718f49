using System.Text.Json.Nodes;
using FloeHarden.E2E.Harness.Clients;
using FloeHarden.E2E.Harness.Platform;
using FloeHarden.E2E.Harness.Processes;

namespace FloeHarden.E2E.Scenarios;

/// <summary>AC-2.2: a demo product compiles to CompiledArtifacts, Dagster has loaded its code
/// location, its asset job runs to SUCCESS and its Iceberg tables exist in Polaris.</summary>
[TestClass]
public sealed class CompileDeployMaterializeTests : E2EScenario
{
    private static readonly DemoProduct Product = DemoProduct.Customer360;

    [TestMethod]
    [TestCategory("E2E")]
    [TestProperty("workflow", "AC-2.2")]
    public async Task DemoProduct_CompilesToArtifacts()
    {
        var platform = await RequireAsync(Needs.FloeRepo | Needs.FloeCli);
        var repo = platform.Settings.Repo!;
        var output = Path.Combine(Directory.CreateTempSubdirectory("floe-compile-").FullName, "compiled_artifacts.json");

        var result = await ProcessRunner.RunAsync(
            platform.Settings.FloeCli,
            ["platform", "compile", "--spec", Product.SpecPath(repo), "--manifest", DemoProduct.ManifestPath(repo), "--output", output],
            repo,
            TimeSpan.FromMinutes(5),
            cancellationToken: Cancellation);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var artifacts = JsonNode.Parse(await File.ReadAllTextAsync(output, Cancellation))!;
        Assert.AreEqual(Product.Name, artifacts["metadata"]?["product_name"]?.GetValue<string>(), "CompiledArtifacts names another product.");
        Assert.IsFalse(string.IsNullOrWhiteSpace(artifacts["version"]?.GetValue<string>()), "CompiledArtifacts has no version.");
    }

    [TestMethod]
    [TestCategory("E2E")]
    [TestProperty("workflow", "AC-2.2")]
    public async Task MaterializingTheProduct_WritesItsIcebergTables()
    {
        var platform = await RequireAsync(Needs.Dagster | Needs.Polaris | Needs.FloeRepo);
        var expectedTables = Product.Transforms(platform.Settings.Repo!);

        var runId = await DagsterRuns.LaunchAssetJobAsync(platform.Dagster, Product.Name, Cancellation);
        Step($"launched run {runId} for {Product.Name}");
        var run = await DagsterRuns.WaitForEndAsync(platform.Dagster, runId, platform.Settings.RunTimeout, Cancellation);
        Assert.AreEqual("SUCCESS", run.Status, $"Run {runId} of {Product.Name} ended {run.Status}.");

        var token = await platform.PolarisTokenAsync(Cancellation);
        var prefix = await platform.Polaris.GetCatalogPrefixAsync(token, platform.Settings.PolarisCatalog, Cancellation);
        var tables = await platform.Polaris.ListTablesAsync(token, prefix, [Product.Namespace], Cancellation);
        var names = tables.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var missing = expectedTables.Where(t => !names.Contains(t)).ToList();

        Assert.IsNotEmpty(expectedTables, "floe.yaml declares no transforms.");
        Assert.IsEmpty(missing, $"Tables missing from {prefix}.{Product.Namespace}: {string.Join(", ", missing)}; present: {string.Join(", ", names)}");
    }

    protected override IReadOnlyList<string> InvolvedPods => ["component=dagster-webserver", "app.kubernetes.io/component=polaris", "dagster/job=" + DagsterRuns.AssetJob];
}
