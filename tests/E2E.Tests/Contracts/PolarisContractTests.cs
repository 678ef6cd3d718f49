using FloeHarden.E2E.Harness.Clients;
using FloeHarden.E2E.Tests.Support;

namespace FloeHarden.E2E.Tests.Contracts;

/// <summary>Every call of the Polaris client — OAuth token, Iceberg REST config/namespaces/tables/drop,
/// management catalogs — exists in the upstream Iceberg REST and Polaris OpenAPI documents, and the
/// client reads the spec-shaped answers.</summary>
[TestClass]
public sealed class PolarisContractTests
{
    private static readonly HttpClient Http = new();

    private static CannedResponse Polaris(RecordedRequest request) => (request.Method, request.Path) switch
    {
        ("POST", "/api/catalog/v1/oauth/tokens") => CannedResponse.Json(Fixtures.Read("polaris/token.json")),
        ("GET", "/api/catalog/v1/config") => CannedResponse.Json(Fixtures.Read("polaris/config.json")),
        ("GET", "/api/catalog/v1/floe-demo/namespaces") => CannedResponse.Json(Fixtures.Read("polaris/namespaces.json")),
        ("GET", "/api/catalog/v1/floe-demo/namespaces/customer_360/tables") => CannedResponse.Json(Fixtures.Read("polaris/tables.json")),
        ("DELETE", _) => new CannedResponse(204, ""),
        ("GET", "/api/management/v1/catalogs") => CannedResponse.Json(Fixtures.Read("polaris/catalogs.json")),
        _ => CannedResponse.NotFound,
    };

    /// <summary>Drives every client method once and returns what reached the wire.</summary>
    private static async Task<IReadOnlyList<RecordedRequest>> RecordCatalogCallsAsync(RecordingServer server)
    {
        var client = new PolarisClient(Http, server.BaseUrl);
        var token = await client.GetTokenAsync("demo-admin", "demo-secret", "PRINCIPAL_ROLE:ALL");
        var prefix = await client.GetCatalogPrefixAsync(token, "floe-demo");
        await client.ListNamespacesAsync(token, prefix);
        var tables = await client.ListTablesAsync(token, prefix, ["customer_360"]);
        await client.DropTableAsync(token, prefix, tables[0]);
        return server.Requests;
    }

    [TestMethod]
    public async Task CatalogCalls_ExistInTheIcebergRestSpec()
    {
        var spec = await OpenApiSpec.LoadAsync("iceberg/rest-catalog-open-api.yaml", "/api/catalog");
        await using var server = new RecordingServer(Polaris);

        var requests = await RecordCatalogCallsAsync(server);

        Assert.HasCount(5, requests);
        var problems = requests.SelectMany(r => spec.Check(r)).ToList();
        Assert.IsEmpty(problems, string.Join(Environment.NewLine, problems));
    }

    [TestMethod]
    public async Task CatalogCalls_ExistInThePolarisCatalogSpec()
    {
        var spec = await OpenApiSpec.LoadAsync("polaris/bundled-polaris-catalog-service.yaml", "/api/catalog");
        await using var server = new RecordingServer(Polaris);

        var requests = await RecordCatalogCallsAsync(server);

        var problems = requests.SelectMany(r => spec.Check(r)).ToList();
        Assert.IsEmpty(problems, string.Join(Environment.NewLine, problems));
    }

    [TestMethod]
    public async Task ManagementCalls_ExistInThePolarisManagementSpec()
    {
        var spec = await OpenApiSpec.LoadAsync("polaris/polaris-management-service.yml", "/api/management/v1");
        await using var server = new RecordingServer(Polaris);
        var client = new PolarisClient(Http, server.BaseUrl);

        var catalogs = await client.ListCatalogsAsync(new PolarisToken("t", "bearer", null));

        CollectionAssert.AreEqual(new[] { "floe-demo" }, catalogs.ToArray());
        var problems = server.Requests.SelectMany(r => spec.Check(r)).ToList();
        Assert.IsEmpty(problems, string.Join(Environment.NewLine, problems));
    }

    [TestMethod]
    public async Task TokenRequest_IsAClientCredentialsForm_AndLaterCallsCarryTheBearer()
    {
        await using var server = new RecordingServer(Polaris);

        var requests = await RecordCatalogCallsAsync(server);

        Assert.AreEqual("application/x-www-form-urlencoded", requests[0].MediaType);
        Assert.AreEqual("grant_type=client_credentials&client_id=demo-admin&client_secret=demo-secret&scope=PRINCIPAL_ROLE%3AALL", requests[0].Body);
        Assert.IsTrue(requests.Skip(1).All(r => r.Authorization == "Bearer principal:root;realm:default-realm"), "A catalog call went without the token.");
        Assert.AreEqual("floe-demo", requests[1].Query["warehouse"]);
        Assert.AreEqual("true", requests[4].Query["purgeRequested"]);
        Assert.AreEqual("/api/catalog/v1/floe-demo/namespaces/customer_360/tables/mart_customer_360", requests[4].Path);
    }

    [TestMethod]
    public async Task Answers_AreReadAsTheSpecShapesThem()
    {
        await using var server = new RecordingServer(Polaris);
        var client = new PolarisClient(Http, server.BaseUrl);

        var token = await client.GetTokenAsync("demo-admin", "demo-secret", "PRINCIPAL_ROLE:ALL");
        var prefix = await client.GetCatalogPrefixAsync(token, "ignored-when-overridden");
        var namespaces = await client.ListNamespacesAsync(token, prefix);
        var tables = await client.ListTablesAsync(token, prefix, ["customer_360"]);

        Assert.AreEqual(new PolarisToken("principal:root;realm:default-realm", "bearer", 3600), token);
        Assert.AreEqual("floe-demo", prefix);
        CollectionAssert.AreEqual(new[] { "customer_360", "customer_360_raw", "iot_telemetry" }, namespaces.Select(n => string.Join('.', n)).ToArray());
        CollectionAssert.AreEqual(new[] { "customer_360.mart_customer_360", "customer_360.stg_crm_customers" }, tables.Select(t => t.ToString()).ToArray());
    }

    [TestMethod]
    [DataRow("GET", "/v1/config", 200, "polaris/config.json")]
    [DataRow("GET", "/v1/{prefix}/namespaces", 200, "polaris/namespaces.json")]
    [DataRow("GET", "/v1/{prefix}/namespaces/{namespace}/tables", 200, "polaris/tables.json")]
    public async Task ExampleAnswers_MatchTheIcebergResponseSchemas(string method, string template, int status, string fixture)
    {
        var spec = await OpenApiSpec.LoadAsync("iceberg/rest-catalog-open-api.yaml", "/api/catalog");

        var problems = spec.CheckResponse(method, template, status, Fixtures.Read(fixture));

        Assert.IsEmpty(problems, string.Join(Environment.NewLine, problems));
    }

    [TestMethod]
    public async Task ARequestTheSpecDoesNotKnow_IsReported()
    {
        var spec = await OpenApiSpec.LoadAsync("iceberg/rest-catalog-open-api.yaml", "/api/catalog");
        var drifted = new RecordedRequest("GET", "/api/catalog/v1/floe-demo/namespaces", new Dictionary<string, string> { ["parentNamespace"] = "x", ["limit"] = "5" }, null, "", null);
        var unknownPath = drifted with { Path = "/api/catalog/v1/floe-demo/schemas", Query = new Dictionary<string, string>() };

        var problems = spec.Check(drifted);

        Assert.HasCount(2, problems);
        StringAssert.Contains(problems[0], "query parameter 'parentNamespace' is not declared");
        StringAssert.Contains(problems[1], "query parameter 'limit' is not declared");
        StringAssert.EndsWith(spec.Check(unknownPath).Single(), "no path template matches '/v1/floe-demo/schemas'.");
    }
}
