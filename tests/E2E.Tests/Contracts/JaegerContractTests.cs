using FloeHarden.E2E.Harness.Clients;
using FloeHarden.E2E.Harness.Settings;
using FloeHarden.E2E.Tests.Support;

namespace FloeHarden.E2E.Tests.Contracts;

/// <summary>The Jaeger client: its v3 calls exist in the api_v3 OpenAPI document, 404 from v3
/// search means "no traces", and both the v3 (OTLP) and v1 answers are read into spans.</summary>
[TestClass]
public sealed class JaegerContractTests
{
    private static readonly HttpClient Http = new();
    private static readonly DateTimeOffset From = new(2026, 11, 24, 5, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = From.AddMinutes(5);

    private static CannedResponse JaegerV3(RecordedRequest request) => request.Path switch
    {
        "/api/v3/services" => CannedResponse.Json("""{"services":["floe-e2e-abc","jaeger"]}"""),
        "/api/v3/traces" => CannedResponse.Json(Fixtures.Read("jaeger/v3-traces.json")),
        _ => CannedResponse.NotFound,
    };

    private static CannedResponse JaegerV1Only(RecordedRequest request) => request.Path switch
    {
        "/api/services" => CannedResponse.Json("""{"data":["floe-e2e-abc"],"total":1,"limit":0,"offset":0,"errors":null}"""),
        "/api/traces" => CannedResponse.Json(Fixtures.Read("jaeger/v1-traces.json")),
        _ => CannedResponse.NotFound,
    };

    [TestMethod]
    public async Task V3Calls_ExistInTheQueryServiceSpec()
    {
        var spec = await OpenApiSpec.LoadAsync("jaeger/query_service.openapi.yaml", "");
        await using var server = new RecordingServer(JaegerV3);
        var client = new JaegerClient(Http, server.BaseUrl, JaegerApiVersion.V3);

        await client.GetServicesAsync();
        await client.FindSpansAsync("floe-e2e-abc", From, To);

        Assert.HasCount(2, server.Requests);
        var problems = server.Requests.SelectMany(r => spec.Check(r, JaegerClient.LegacyV3Aliases)).ToList();
        Assert.IsEmpty(problems, string.Join(Environment.NewLine, problems));
    }

    [TestMethod]
    public async Task V3Search_SendsTheSpecNames_AndTheirLegacyAliasesWithEqualValues()
    {
        await using var server = new RecordingServer(JaegerV3);

        await new JaegerClient(Http, server.BaseUrl, JaegerApiVersion.V3).FindSpansAsync("floe-e2e-abc", From, To);

        var query = server.Requests.Single().Query;
        Assert.AreEqual("floe-e2e-abc", query["query.serviceName"]);
        Assert.AreEqual("2026-11-24T05:00:00.000Z", query["query.startTimeMin"]);
        Assert.AreEqual("2026-11-24T05:05:00.000Z", query["query.startTimeMax"]);
        foreach (var (legacy, current) in JaegerClient.LegacyV3Aliases)
        {
            Assert.AreEqual(query[current], query[legacy], $"{legacy} must repeat {current}.");
        }
    }

    [TestMethod]
    public async Task LegacyAliases_EachNameAParameterOfTheSpec()
    {
        var spec = await OpenApiSpec.LoadAsync("jaeger/query_service.openapi.yaml", "");
        var request = new RecordedRequest("GET", "/api/v3/traces", JaegerClient.LegacyV3Aliases.Values.ToDictionary(v => v, _ => "x"), null, "", null);

        Assert.IsEmpty(spec.Check(request));
        Assert.HasCount(1, spec.Check(request with { Query = new Dictionary<string, string> { ["query.num_traces"] = "5" } }));
    }

    [TestMethod]
    public async Task V3NotFound_MeansNoTraces()
    {
        await using var server = new RecordingServer(r => r.Path == "/api/v3/traces" ? CannedResponse.Json(Fixtures.Read("jaeger/v3-not-found.json"), 404) : JaegerV3(r));

        var spans = await new JaegerClient(Http, server.BaseUrl, JaegerApiVersion.V3).FindSpansAsync("floe-e2e-abc", From, To);

        Assert.IsEmpty(spans);
    }

    [TestMethod]
    public async Task V1NotFound_IsAnError_NotAnEmptyResult()
    {
        await using var server = new RecordingServer(_ => CannedResponse.NotFound);

        var error = await Assert.ThrowsExactlyAsync<ApiException>(() => new JaegerClient(Http, server.BaseUrl, JaegerApiVersion.V1).FindSpansAsync("x", From, To));

        Assert.AreEqual(System.Net.HttpStatusCode.NotFound, error.Status);
    }

    [TestMethod]
    public async Task V3Answer_IsReadIntoSpansWithTheirService()
    {
        await using var server = new RecordingServer(JaegerV3);

        var spans = await new JaegerClient(Http, server.BaseUrl, JaegerApiVersion.V3).FindSpansAsync("floe-e2e-abc", From, To);

        CollectionAssert.AreEqual(
            new[]
            {
                new JaegerSpan("5b8efff798038103d269b633813fc60c", "eee19b7ec3c1b174", "e2e.parent", "floe-e2e-abc"),
                new JaegerSpan("5b8efff798038103d269b633813fc60c", "eee19b7ec3c1b175", "e2e.child", "floe-e2e-abc"),
            },
            spans.ToArray());
    }

    [TestMethod]
    public async Task Auto_FallsToV1_WhenTheServerHasNoV3Api()
    {
        await using var server = new RecordingServer(JaegerV1Only);
        var client = new JaegerClient(Http, server.BaseUrl, JaegerApiVersion.Auto);

        var spans = await client.FindSpansAsync("floe-e2e-abc", From, To);

        Assert.AreEqual(JaegerApiVersion.V1, await client.ResolveVersionAsync());
        Assert.AreEqual(new JaegerSpan("5b8efff798038103d269b633813fc60c", "eee19b7ec3c1b174", "e2e.parent", "floe-e2e-abc"), spans.Single());
        var search = server.Requests.Single(r => r.Path == "/api/traces");
        Assert.AreEqual("floe-e2e-abc", search.Query["service"]);
        Assert.AreEqual("1795496400000000", search.Query["start"]);
        Assert.AreEqual(1, server.Requests.Count(r => r.Path == "/api/v3/services"), "The API version is resolved once.");
    }

    [TestMethod]
    public async Task Auto_UsesV3_WhenTheServerHasIt()
    {
        await using var server = new RecordingServer(JaegerV3);
        var client = new JaegerClient(Http, server.BaseUrl, JaegerApiVersion.Auto);

        var services = await client.GetServicesAsync();

        CollectionAssert.AreEqual(new[] { "floe-e2e-abc", "jaeger" }, services.ToArray());
        Assert.AreEqual(JaegerApiVersion.V3, await client.ResolveVersionAsync());
    }
}
