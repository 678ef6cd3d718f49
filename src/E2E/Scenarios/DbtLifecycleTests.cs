using FloeHarden.E2E.Harness.Clients;
using FloeHarden.E2E.Harness.Platform;
using FloeHarden.E2E.Harness.Processes;
using FloeHarden.E2E.Harness.Settings;

namespace FloeHarden.E2E.Scenarios;

/// <summary>AC-2.10: each demo product's dbt project goes through deps, seed, run, test and docs
/// generate against the deployed platform (Polaris catalog, MinIO storage), and the seeds and
/// models become Iceberg tables in the product's namespaces.</summary>
[TestClass]
public sealed class DbtLifecycleTests : E2EScenario
{
    private const string MaterializationMacro = "plugins/floe-compute-duckdb/src/floe_compute_duckdb/dbt_macros/materializations/table.sql";

    [TestMethod]
    [TestCategory("E2E")]
    [TestProperty("workflow", "AC-2.10")]
    [DataRow("customer-360")]
    [DataRow("iot-telemetry")]
    [DataRow("financial-risk")]
    public async Task DbtLifecycle_BuildsTheProductOnThePlatform(string productName)
    {
        var platform = await RequireAsync(Needs.FloeRepo | Needs.Dbt | Needs.Polaris | Needs.Minio);
        var product = new DemoProduct(productName);
        var settings = platform.Settings;
        using var workspace = DemoWorkspace.CopyFrom(settings.Repo!);
        var project = product.Directory(workspace.Root);
        var profiles = WriteProfile(project, product);
        InstallMaterialization(settings.Repo!, workspace.Root);

        var token = await platform.PolarisTokenAsync(Cancellation);
        var prefix = await platform.Polaris.GetCatalogPrefixAsync(token, settings.PolarisCatalog, Cancellation);

        await DbtAsync(settings, project, profiles, "deps");

        await DropTablesAsync(platform, token, prefix, product.SeedNamespace);
        await DbtAsync(settings, project, profiles, "seed");
        await AssertTablesAsync(platform, token, prefix, product.SeedNamespace, product.Seeds(settings.Repo!));

        await DropTablesAsync(platform, token, prefix, product.Namespace);
        await DbtAsync(settings, project, profiles, "run");
        await AssertTablesAsync(platform, token, prefix, product.Namespace, product.Transforms(settings.Repo!));

        await DbtAsync(settings, project, profiles, "test");
        await DbtAsync(settings, project, profiles, "docs", "generate");
        Assert.IsTrue(File.Exists(Path.Combine(project, "target", "catalog.json")), "dbt docs generate wrote no target/catalog.json.");
        Assert.IsTrue(File.Exists(Path.Combine(project, "target", "index.html")), "dbt docs generate wrote no target/index.html.");
    }

    private static string WriteProfile(string project, DemoProduct product)
    {
        var template = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "dbt", "profiles.yml.template"));
        var directory = Path.Combine(project, ".e2e-profiles");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "profiles.yml"), template.Replace("__PROFILE__", product.Namespace, StringComparison.Ordinal));
        return directory;
    }

    /// <summary>The demo projects need the Iceberg-aware table materialization that the platform's
    /// DuckDB plugin ships; the workspace's macros folder is where dbt_project.yml looks.</summary>
    private static void InstallMaterialization(string repo, string workspace)
    {
        var source = Path.Combine(repo, MaterializationMacro);
        Assert.IsTrue(File.Exists(source), $"{source} is missing: FLOE_REPO must contain the floe-compute-duckdb plugin.");
        var destination = Path.Combine(workspace, "demo", "macros", "materializations");
        Directory.CreateDirectory(destination);
        File.Copy(source, Path.Combine(destination, "table.sql"), overwrite: true);
    }

    private async Task DbtAsync(E2ESettings settings, string project, string profiles, params string[] command)
    {
        var minio = settings.MinioUrl;
        var environment = new Dictionary<string, string>
        {
            ["FLOE_E2E_POLARIS_ENDPOINT"] = new Uri(settings.PolarisUrl, PolarisClient.CatalogBase).ToString(),
            ["FLOE_E2E_POLARIS_CLIENT_ID"] = settings.PolarisClientId,
            ["FLOE_E2E_POLARIS_CLIENT_SECRET"] = settings.PolarisClientSecret,
            ["FLOE_E2E_POLARIS_OAUTH2_URI"] = new Uri(settings.PolarisUrl, PolarisClient.CatalogBase + "/v1/oauth/tokens").ToString(),
            ["FLOE_E2E_POLARIS_SCOPE"] = settings.PolarisScope,
            ["FLOE_E2E_POLARIS_WAREHOUSE"] = settings.PolarisCatalog,
            ["FLOE_E2E_S3_ENDPOINT"] = minio.Authority,
            ["FLOE_E2E_S3_USE_SSL"] = minio.Scheme == Uri.UriSchemeHttps ? "true" : "false",
            ["AWS_ACCESS_KEY_ID"] = settings.MinioAccessKey,
            ["AWS_SECRET_ACCESS_KEY"] = settings.MinioSecretKey,
            ["AWS_REGION"] = "us-east-1",
        };
        string[] arguments = [.. command, "--project-dir", project, "--profiles-dir", profiles];
        Step("dbt " + string.Join(' ', command));
        var result = await ProcessRunner.RunAsync(settings.Dbt, arguments, project, settings.RunTimeout, environment, Cancellation);
        Assert.AreEqual(0, result.ExitCode, result.ToString());
    }

    /// <summary>DuckDB's Iceberg extension cannot DROP … CASCADE, so tables from an earlier run are dropped through the catalog first.</summary>
    private async Task DropTablesAsync(PlatformSession platform, PolarisToken token, string prefix, string ns)
    {
        var namespaces = await platform.Polaris.ListNamespacesAsync(token, prefix, Cancellation);
        if (!namespaces.Any(n => n.Count == 1 && n[0] == ns))
        {
            return;
        }

        foreach (var table in await platform.Polaris.ListTablesAsync(token, prefix, [ns], Cancellation))
        {
            await platform.Polaris.DropTableAsync(token, prefix, table, Cancellation);
        }
    }

    private async Task AssertTablesAsync(PlatformSession platform, PolarisToken token, string prefix, string ns, IReadOnlyList<string> expected)
    {
        var present = (await platform.Polaris.ListTablesAsync(token, prefix, [ns], Cancellation)).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var missing = expected.Where(t => !present.Contains(t)).ToList();
        Assert.IsNotEmpty(expected, $"Nothing expected in {ns}: the demo product declares no tables.");
        Assert.IsEmpty(missing, $"Missing from {prefix}.{ns}: {string.Join(", ", missing)}; present: {string.Join(", ", present)}");
    }
}
