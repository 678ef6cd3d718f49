using System.Net;
using System.Text.Json.Nodes;
using FloeHarden.E2E.Harness.Clients;
using FloeHarden.E2E.Tests.Support;

namespace FloeHarden.E2E.Tests.Contracts;

/// <summary>Every call of the Marquez client exists in Marquez's OpenAPI document; POST lineage
/// accepts 201 (and 200), and the listing answers are read as the spec shapes them.</summary>
[TestClass]
public sealed class MarquezContractTests
{
    private static readonly HttpClient Http = new();

    private static CannedResponse Marquez(RecordedRequest request) => (request.Method, request.Path) switch
    {
        ("POST", "/api/v1/lineage") => new CannedResponse(201, ""),
        ("GET", "/api/v1/namespaces") => CannedResponse.Json(Fixtures.Read("marquez/namespaces.json")),
        ("GET", "/api/v1/namespaces/floe-e2e/jobs") => CannedResponse.Json(Fixtures.Read("marquez/jobs.json")),
        ("GET", "/api/v1/namespaces/floe-e2e/datasets") => CannedResponse.Json(Fixtures.Read("marquez/datasets.json")),
        ("GET", "/api/v1/lineage") => CannedResponse.Json(Fixtures.Read("marquez/lineage.json")),
        ("GET", "/api/v1/events/lineage") => CannedResponse.Json("""{"events":[],"totalCount":0}"""),
        _ => CannedResponse.NotFound,
    };

    private static JsonObject SampleEvent() => OpenLineageEvents.RunEvent(
        "START", Guid.Parse("0f6a9c52-1b7e-4a43-9d4c-2f0f4a1c7d10"), "floe-e2e", "customer_360.mart_customer_360",
        new DateTimeOffset(2026, 11, 24, 5, 0, 0, TimeSpan.Zero),
        [new LineageDataset("floe-e2e", "customer_360_raw.raw_customers")], [new LineageDataset("floe-e2e", "customer_360.mart_customer_360")]);

    [TestMethod]
    public async Task EveryCall_ExistsInTheMarquezSpec()
    {
        var spec = await OpenApiSpec.LoadAsync("marquez/openapi.yml", "/api/v1");
        await using var server = new RecordingServer(Marquez);
        var client = new MarquezClient(Http, server.BaseUrl);

        await client.PostLineageAsync(SampleEvent());
        await client.ListNamespacesAsync();
        await client.ListJobsAsync("floe-e2e");
        await client.ListDatasetsAsync("floe-e2e");
        await client.GetLineageAsync("job:floe-e2e:customer_360.mart_customer_360");
        await client.ListLineageEventsAsync(10);

        Assert.HasCount(6, server.Requests);
        var problems = server.Requests.SelectMany(r => spec.Check(r)).ToList();
        Assert.IsEmpty(problems, string.Join(Environment.NewLine, problems));
    }

    [TestMethod]
    [DataRow(201)]
    [DataRow(200)]
    public async Task PostLineage_AcceptsCreatedAndOk(int status)
    {
        await using var server = new RecordingServer(_ => new CannedResponse(status, ""));

        var answered = await new MarquezClient(Http, server.BaseUrl).PostLineageAsync(SampleEvent());

        Assert.AreEqual((HttpStatusCode)status, answered);
        Assert.AreEqual(SampleEvent().ToJsonString(), server.Requests.Single().Body);
    }

    [TestMethod]
    public async Task PostLineage_RejectedWith422_RaisesTheStatusAndBody()
    {
        await using var server = new RecordingServer(_ => CannedResponse.Json("""{"code":422,"message":"eventTime must not be null"}""", 422));

        var error = await Assert.ThrowsExactlyAsync<ApiException>(() => new MarquezClient(Http, server.BaseUrl).PostLineageAsync(SampleEvent()));

        Assert.AreEqual((HttpStatusCode)422, error.Status);
        StringAssert.EndsWith(error.Message, "answered 422 UnprocessableEntity: {\"code\":422,\"message\":\"eventTime must not be null\"}");
    }

    [TestMethod]
    public async Task Answers_AreReadIntoJobsDatasetsAndEdges()
    {
        await using var server = new RecordingServer(Marquez);
        var client = new MarquezClient(Http, server.BaseUrl);

        var job = (await client.ListJobsAsync("floe-e2e")).Single();
        var datasets = await client.ListDatasetsAsync("floe-e2e");
        var edges = await client.GetLineageAsync("job:floe-e2e:customer_360.mart_customer_360");

        Assert.AreEqual("COMPLETED", job.LatestRunState);
        CollectionAssert.AreEqual(new[] { "customer_360_raw.raw_customers" }, job.Inputs.ToArray());
        CollectionAssert.AreEqual(new[] { "customer_360.mart_customer_360" }, job.Outputs.ToArray());
        CollectionAssert.AreEqual(new[] { "customer_360_raw.raw_customers", "customer_360.mart_customer_360" }, datasets.ToArray());
        CollectionAssert.AreEqual(
            new[]
            {
                new LineageEdge("dataset:floe-e2e:customer_360_raw.raw_customers", "job:floe-e2e:customer_360.mart_customer_360"),
                new LineageEdge("job:floe-e2e:customer_360.mart_customer_360", "dataset:floe-e2e:customer_360.mart_customer_360"),
            },
            edges.ToArray());
    }

    [TestMethod]
    [DataRow("/namespaces", "marquez/namespaces.json")]
    [DataRow("/namespaces/{namespace}/jobs", "marquez/jobs.json")]
    [DataRow("/namespaces/{namespace}/datasets", "marquez/datasets.json")]
    public async Task ExampleAnswers_MatchTheMarquezResponseSchemas(string template, string fixture)
    {
        var spec = await OpenApiSpec.LoadAsync("marquez/openapi.yml", "/api/v1");

        var problems = spec.CheckResponse("GET", template, 200, Fixtures.Read(fixture));

        Assert.IsEmpty(problems, string.Join(Environment.NewLine, problems));
    }
}
