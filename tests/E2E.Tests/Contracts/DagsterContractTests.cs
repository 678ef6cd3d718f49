using FloeHarden.Tests.Shared;
using System.Text.Json.Nodes;
using FloeHarden.E2E.Harness.Clients;
using FloeHarden.E2E.Tests.Support;
using GraphQL.Types;

namespace FloeHarden.E2E.Tests.Contracts;

/// <summary>The Dagster client against Dagster's schema.graphql: every document it sends validates
/// (with the variables it sends), and it reads union results and top-level errors correctly.</summary>
[TestClass]
public sealed class DagsterContractTests
{
    private static readonly HttpClient Http = new();

    /// <summary>Variables for the documents that declare required ones; the values sent for real are
    /// checked in <see cref="RequestsTheClientSends_ValidateWithTheirVariables"/>.</summary>
    private static readonly Dictionary<string, Dictionary<string, object?>> SampleVariables = new()
    {
        [nameof(DagsterDocuments.LaunchRun)] = new()
        {
            ["executionParams"] = new Dictionary<string, object?>
            {
                ["selector"] = new Dictionary<string, object?> { ["repositoryLocationName"] = "loc", ["repositoryName"] = "repo", ["jobName"] = "__ASSET_JOB" },
            },
        },
        [nameof(DagsterDocuments.RunStatus)] = new() { ["runId"] = "run-1" },
    };

    [TestMethod]
    public async Task EveryDocument_ValidatesAgainstTheSchema()
    {
        var failures = new List<string>();
        foreach (var (name, document) in DagsterDocuments.All)
        {
            var errors = await DagsterSchema.ValidateAsync(document, SampleVariables.GetValueOrDefault(name));
            failures.AddRange(errors.Select(e => $"{name}: {e}"));
        }

        Assert.HasCount(4, DagsterDocuments.All);
        Assert.IsEmpty(failures, string.Join(Environment.NewLine, failures));
    }

    [TestMethod]
    public async Task ADocumentThatDriftedFromTheSchema_IsRejected()
    {
        var drifted = DagsterDocuments.RunStatus.Replace("... on Run { runId status jobName }", "... on Run { runId status pipelineRunStatus }", StringComparison.Ordinal);

        var errors = await DagsterSchema.ValidateAsync(drifted);

        Assert.HasCount(1, errors);
        StringAssert.Contains(errors[0], "pipelineRunStatus");
    }

    [TestMethod]
    public async Task RequestsTheClientSends_ValidateWithTheirVariables()
    {
        await using var server = new RecordingServer(request => CannedResponse.Json(Fixtures.Read(request.Body switch
        {
            var b when b.Contains("FloeWorkspace", StringComparison.Ordinal) => "dagster/workspace.json",
            var b when b.Contains("FloeAssetNodes", StringComparison.Ordinal) => "dagster/asset-nodes.json",
            var b when b.Contains("FloeLaunchRun", StringComparison.Ordinal) => "dagster/launch-run-success.json",
            _ => "dagster/run-success.json",
        })));
        var client = new DagsterClient(Http, server.BaseUrl);

        await client.GetWorkspaceAsync();
        await client.GetAssetNodesAsync();
        await client.LaunchRunAsync(new DagsterJobSelector("customer-360", "__repository__", "__ASSET_JOB"));
        await client.GetRunAsync("3b5ef0d4-7c6a-4f7e-9a2b-2f1d9c0e8a11");

        Assert.HasCount(4, server.Requests);
        foreach (var request in server.Requests)
        {
            Assert.AreEqual("POST", request.Method);
            Assert.AreEqual("/graphql", request.Path);
            Assert.AreEqual("application/json", request.MediaType);
            var body = JsonNode.Parse(request.Body)!;
            var errors = await DagsterSchema.ValidateAsync(body["query"]!.GetValue<string>(), JsonToInputs.Convert(body["variables"]?.AsObject()));
            Assert.IsEmpty(errors, $"{request.Body}{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
    }

    [TestMethod]
    public async Task LaunchRun_SendsTheSelectorForTheAssetJob()
    {
        await using var server = new RecordingServer(_ => CannedResponse.Json(Fixtures.Read("dagster/launch-run-success.json")));

        var runId = await new DagsterClient(Http, server.BaseUrl).LaunchRunAsync(new DagsterJobSelector("customer-360", "__repository__", "__ASSET_JOB"));

        Assert.AreEqual("3b5ef0d4-7c6a-4f7e-9a2b-2f1d9c0e8a11", runId);
        var selector = JsonNode.Parse(server.Requests.Single().Body)!["variables"]!["executionParams"]!["selector"]!;
        Assert.AreEqual("""{"repositoryLocationName":"customer-360","repositoryName":"__repository__","jobName":"__ASSET_JOB"}""", selector.ToJsonString());
    }

    [TestMethod]
    [DataRow("dagster/launch-run-python-error.json", "launchRun of DagsterJobSelector { LocationName = customer-360, RepositoryName = __repository__, JobName = __ASSET_JOB } returned PythonError instead of LaunchRunSuccess: dagster._core.errors.DagsterUserCodeUnreachableError: Could not reach user code server")]
    [DataRow("dagster/launch-run-config-invalid.json", "launchRun of DagsterJobSelector { LocationName = customer-360, RepositoryName = __repository__, JobName = __ASSET_JOB } returned RunConfigValidationInvalid instead of LaunchRunSuccess: Missing required config entry \"ops\" at the root.")]
    [DataRow("dagster/errors-on-200.json", "GraphQL errors: Variable \"$runId\" of required type \"ID!\" was not provided.")]
    public async Task LaunchRun_ThatIsNotASuccess_FailsWithTheUnionMemberAndItsMessage(string fixture, string expected)
    {
        await using var server = new RecordingServer(_ => CannedResponse.Json(Fixtures.Read(fixture)));

        var error = await Assert.ThrowsExactlyAsync<DagsterGraphQLException>(() =>
            new DagsterClient(Http, server.BaseUrl).LaunchRunAsync(new DagsterJobSelector("customer-360", "__repository__", "__ASSET_JOB")));

        Assert.AreEqual(expected, error.Message);
    }

    [TestMethod]
    public async Task RunOrError_ReadsTheStatus_AndRejectsRunNotFound()
    {
        await using var found = new RecordingServer(_ => CannedResponse.Json(Fixtures.Read("dagster/run-success.json")));
        await using var missing = new RecordingServer(_ => CannedResponse.Json(Fixtures.Read("dagster/run-not-found.json")));

        var run = await new DagsterClient(Http, found.BaseUrl).GetRunAsync("3b5ef0d4-7c6a-4f7e-9a2b-2f1d9c0e8a11");
        var error = await Assert.ThrowsExactlyAsync<DagsterGraphQLException>(() => new DagsterClient(Http, missing.BaseUrl).GetRunAsync("3b5ef0d4"));

        Assert.AreEqual(new DagsterRun("3b5ef0d4-7c6a-4f7e-9a2b-2f1d9c0e8a11", "SUCCESS"), run);
        Assert.IsTrue(run.IsTerminal);
        Assert.AreEqual("runOrError(3b5ef0d4) returned RunNotFoundError instead of Run: Run 3b5ef0d4 could not be found.", error.Message);
    }

    [TestMethod]
    public async Task Workspace_ReadsLoadedFailedAndLoadingLocations()
    {
        await using var server = new RecordingServer(_ => CannedResponse.Json(Fixtures.Read("dagster/workspace.json")));

        var locations = await new DagsterClient(Http, server.BaseUrl).GetWorkspaceAsync();

        Assert.HasCount(3, locations);
        Assert.AreEqual("customer-360", locations[0].Name);
        Assert.AreEqual("LOADED", locations[0].LoadStatus);
        Assert.IsNull(locations[0].Error);
        Assert.AreEqual("__repository__", locations[0].Repositories.Single().Name);
        CollectionAssert.AreEqual(new[] { "__ASSET_JOB", "customer_360_refresh" }, locations[0].Repositories[0].Jobs.ToArray());
        Assert.AreEqual("ModuleNotFoundError: No module named 'iot_telemetry'", locations[1].Error);
        Assert.IsEmpty(locations[1].Repositories);
        Assert.AreEqual("LOADING", locations[2].LoadStatus);
    }

    [TestMethod]
    public async Task AssetNodes_ReadKeyJobsAndLocation()
    {
        await using var server = new RecordingServer(_ => CannedResponse.Json(Fixtures.Read("dagster/asset-nodes.json")));

        var asset = (await new DagsterClient(Http, server.BaseUrl).GetAssetNodesAsync()).Single();

        Assert.AreEqual(new DagsterAsset(asset.KeyPath, asset.JobNames, "__repository__", "customer-360"), asset);
        CollectionAssert.AreEqual(new[] { "customer_360", "mart_customer_360" }, asset.KeyPath.ToArray());
        CollectionAssert.AreEqual(new[] { "__ASSET_JOB_0", "__ASSET_JOB" }, asset.JobNames.ToArray());
    }

    [TestMethod]
    [DataRow("LaunchRunResult", "LaunchRunSuccess", "PythonError", "RunConfigValidationInvalid")]
    [DataRow("RunOrError", "Run", "RunNotFoundError", "PythonError")]
    [DataRow("WorkspaceOrError", "Workspace", "PythonError")]
    [DataRow("RepositoryLocationOrLoadError", "RepositoryLocation", "PythonError")]
    public void FixtureTypeNames_AreMembersOfTheirUnionInTheSchema(string union, params string[] members)
    {
        var type = DagsterSchema.Instance.AllTypes[union] as UnionGraphType;

        Assert.IsInstanceOfType<UnionGraphType>(type, $"{union} is not a union in schema.graphql.");
        var possible = type.PossibleTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        CollectionAssert.IsSubsetOf(members, possible.ToArray());
    }

    [TestMethod]
    public void TerminalRunStatuses_AreValuesOfTheSchemasRunStatus()
    {
        var runStatus = DagsterSchema.Instance.AllTypes["RunStatus"] as EnumerationGraphType;

        Assert.IsInstanceOfType<EnumerationGraphType>(runStatus);
        var values = runStatus.Values.Select(v => v.Name).ToArray();
        CollectionAssert.IsSubsetOf(DagsterRun.TerminalStatuses.ToArray(), values);
    }
}
