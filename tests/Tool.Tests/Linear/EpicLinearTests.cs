using System.Net;
using System.Text.Json.Nodes;

namespace FloeHarden.Tool.Tests.Linear;

/// <summary><c>floe-audit epic --linear</c> against a local server that answers like Linear and records every request.</summary>
[TestClass]
public sealed class EpicLinearTests
{
    private const string ApiKey = "lin_api_test_key";

    private static string Samples => Path.Combine(Cli.Repository, "samples");

    private static string Title => $"Test hardening: samples — {SamplePlants.Count(FloeHarden.Core.Rules.Severity.Critical)} critical, {SamplePlants.Count(FloeHarden.Core.Rules.Severity.Major)} major findings";

    [TestMethod]
    public async Task FirstRun_CreatesTheEpicAndOneChildPerGroup_EveryRequestValidAgainstLinearsSchema()
    {
        using var linear = new FakeLinear();
        var output = Cli.TempDirectory();

        var run = Epic(linear, output);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var plan = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "epic.json")))!;
        var children = plan["children"]!.AsArray();
        Assert.HasCount(SamplePlants.Groups, children, "samples/: one child per rule × file group of critical and major findings");
        await AssertAllValidAsync(linear.Requests);

        var creates = linear.Requests.Where(r => r.OperationName == "FloeAuditIssueCreate").ToList();
        Assert.HasCount(1 + children.Count, creates);
        Assert.IsTrue(creates.All(r => LinearSchema.RootFields(r.Query) is ("mutation", var fields) && fields.SequenceEqual(["issueCreate"])));
        Assert.IsTrue(linear.Requests.All(r => r.Authorization == ApiKey), "every request carries LINEAR_API_KEY as Authorization");

        var epic = linear.Issues.Values.Single(i => i["parentId"] is null);
        Assert.AreEqual("team-eng", epic["teamId"]!.GetValue<string>());
        StringAssert.StartsWith(epic["title"]!.GetValue<string>(), Title);
        var childIssues = linear.Issues.Values.Where(i => i["parentId"] is not null).ToList();
        Assert.HasCount(children.Count, childIssues);
        Assert.IsTrue(childIssues.All(c => c["parentId"]!.GetValue<string>() == epic["id"]!.GetValue<string>()), "every child's parentId is the epic");
        StringAssert.Contains(run.Out, $"Linear team ENG: {1 + children.Count} created, 0 updated");
    }

    [TestMethod]
    public async Task SecondRun_UpdatesTheSameIssues_InsteadOfDuplicating()
    {
        using var linear = new FakeLinear();
        Assert.AreEqual(0, Epic(linear, Cli.TempDirectory()).ExitCode);
        var afterFirst = linear.Issues.Keys.Order(StringComparer.Ordinal).ToList();
        var firstRequests = linear.Requests.Count;

        var run = Epic(linear, Cli.TempDirectory());

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        CollectionAssert.AreEqual(afterFirst, linear.Issues.Keys.Order(StringComparer.Ordinal).ToList(), "the second run created issues");
        var second = linear.Requests.Skip(firstRequests).ToList();
        await AssertAllValidAsync(second);
        var mutations = second.Where(r => LinearSchema.RootFields(r.Query).Operation == "mutation").ToList();
        Assert.HasCount(afterFirst.Count, mutations);
        Assert.IsTrue(mutations.All(m => LinearSchema.RootFields(m.Query).Fields.SequenceEqual(["issueUpdate"])), "second run sent something other than issueUpdate");
        var epicId = linear.Issues.Values.Single(i => i["parentId"] is null)["id"]!.GetValue<string>();
        Assert.IsTrue(mutations.Skip(1).All(m => m.Variables["input"]!["parentId"]!.GetValue<string>() == epicId), "updated children keep the epic as parent");
        StringAssert.Contains(run.Out, $"0 created, {afterFirst.Count} updated");
    }

    [TestMethod]
    public async Task ApiErrorMidway_ReportsWhatWasCreated_AndExitsTwo()
    {
        using var linear = new FakeLinear { FailCreateNumber = 3 };
        var output = Cli.TempDirectory();

        var run = Epic(linear, output);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "floe-audit: Linear API error in FloeAuditIssueCreate: Argument Validation Error: title is too long");
        StringAssert.Contains(run.Error, "before the failure, 2 issues were created or updated in Linear");
        StringAssert.Contains(run.Error, "created  ENG-1 https://linear.app/acme/issue/ENG-1");
        StringAssert.Contains(run.Error, "created  ENG-2 https://linear.app/acme/issue/ENG-2");
        var record = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "linear.json")))!;
        Assert.IsFalse(record["complete"]!.GetValue<bool>());
        CollectionAssert.AreEqual(new[] { "ENG-1", "ENG-2" }, record["issues"]!.AsArray().Select(i => i!["identifier"]!.GetValue<string>()).ToArray());
        Assert.HasCount(2, linear.Issues);
        await AssertAllValidAsync(linear.Requests);

        // Re-running finishes the job: the two issues are updated, the rest created, nothing duplicated.
        linear.FailCreateNumber = null;
        var rerun = Epic(linear, output);
        Assert.AreEqual(0, rerun.ExitCode, rerun.ToString());
        StringAssert.Contains(rerun.Out, $"{SamplePlants.Groups + 1 - 2} created, 2 updated");
        Assert.HasCount(SamplePlants.Groups + 1, linear.Issues);
    }

    [TestMethod]
    public void HttpError_IsOneClearLine_AndNothingIsCreated()
    {
        using var linear = new FakeLinear { FailWithStatus = HttpStatusCode.Unauthorized };
        var output = Cli.TempDirectory();

        var run = Epic(linear, output);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "floe-audit: Linear API answered FloeAuditTeam with HTTP 401 Unauthorized: Authentication required, not authenticated (check LINEAR_API_KEY)");
        StringAssert.Contains(run.Error, "nothing was created or updated in Linear");
        Assert.IsFalse(JsonNode.Parse(File.ReadAllText(Path.Combine(output, "linear.json")))!["complete"]!.GetValue<bool>());
    }

    [TestMethod]
    public void UnreachableServer_IsOneClearLine()
    {
        string url;
        using (var closed = new FakeLinear())
        {
            url = closed.Url;
        }

        var run = Cli.Run("dotnet", [Cli.ToolDll, "epic", Samples, "-o", Cli.TempDirectory(), "--linear", "--team", "ENG", "--linear-url", url, "-q"], environment: Env(ApiKey));

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"floe-audit: cannot reach Linear at {url} (FloeAuditTeam):");
    }

    [TestMethod]
    public void UnknownTeam_IsOneClearLine()
    {
        using var linear = new FakeLinear();

        var run = Cli.Run("dotnet", [Cli.ToolDll, "epic", Samples, "-o", Cli.TempDirectory(), "--linear", "--team", "OPS", "--linear-url", linear.Url, "-q"], environment: Env(ApiKey));

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "Linear has no team with key 'OPS'");
        Assert.IsEmpty(linear.Issues);
    }

    [TestMethod]
    public async Task DryRun_PrintsValidRequests_AndSendsNothing()
    {
        using var linear = new FakeLinear();

        var run = Cli.Run("dotnet", [Cli.ToolDll, "epic", Samples, "-o", Cli.TempDirectory(), "--linear", "--team", "ENG", "--linear-url", linear.Url, "--dry-run", "-q"], environment: Env(""));

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        Assert.IsEmpty(linear.Requests);
        var printed = run.Out.Split("# request ", StringSplitOptions.RemoveEmptyEntries).Where(b => b.Contains("POST", StringComparison.Ordinal)).ToList();
        Assert.HasCount(2 + 1 + SamplePlants.Groups, printed, "team, issues search, then the epic and its children");
        foreach (var block in printed)
        {
            var json = JsonNode.Parse(block[block.IndexOf('{', StringComparison.Ordinal)..(block.LastIndexOf('}') + 1)])!.AsObject();
            var errors = await LinearSchema.ValidateAsync(json["query"]!.GetValue<string>(), json["variables"]!.AsObject());
            Assert.IsEmpty(errors, string.Join("\n", errors));
        }
    }

    [TestMethod]
    public void MissingApiKey_IsOneLineErrorWithExitTwo()
    {
        var run = Cli.Run("dotnet", [Cli.ToolDll, "epic", Samples, "-o", Cli.TempDirectory(), "--linear", "--team", "ENG"], environment: Env(""));

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        Assert.AreEqual("floe-audit: --linear needs a Linear API key in LINEAR_API_KEY (Linear → Settings → Security & access → Personal API keys), or use --dry-run", run.Error.Trim());
    }

    [TestMethod]
    public void EpicWithoutLinear_WritesTheInventoryAndOneChildPerGroup()
    {
        var output = Cli.TempDirectory();

        var run = Cli.Audit("epic", Samples, "--output", output);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var plan = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "epic.json")))!;
        var children = plan["children"]!.AsArray().Select(c => $"{c!["ruleId"]} {c["file"]} {c["fingerprints"]!.AsArray().Count}").ToList();
        CollectionAssert.Contains(children, "FH1101 dotnet/tests/Orders.E2E/CheckoutFlowTests.cs 1");
        CollectionAssert.Contains(children, "FH1102 dotnet/tests/Orders.IntegrationTests/OrderRepositoryTests.cs 2");
        Assert.IsTrue(plan["children"]!.AsArray().All(c => c!["severity"]!.GetValue<string>() is "critical" or "major"));
        var remove = plan["inventory"]!["remove"]!.AsArray().Select(r => r!["ruleId"]!.GetValue<string>()).ToList();
        CollectionAssert.AreEquivalent(SamplePlants.RuleIds.Intersect(["FH1104", "FH1304", "FH1507", "FH1703", "FH1801", "FH1803"]).ToList(), remove);
        var lines = plan["inventory"]!["lines"]!.AsArray();
        Assert.IsTrue(lines.Any(l => l!["section"]!.GetValue<string>() == "AC-1.1" && l["lines"]!.GetValue<int>() > 0), plan["inventory"]!.ToJsonString());
        var markdown = File.ReadAllText(Path.Combine(output, "epic.md"));
        StringAssert.StartsWith(markdown, "# " + Title);
        StringAssert.Contains(markdown, "### To remove");
        StringAssert.Contains(markdown, "floe-audit-epic: " + plan["epicKey"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task SchemaValidation_RejectsWhatLinearWouldReject()
    {
        // Guards the guard: a create without the required teamId, and a field Linear does not have, both fail validation.
        var missingTeam = await LinearSchema.ValidateAsync(
            "mutation M($input: IssueCreateInput!) { issueCreate(input: $input) { success } }", new JsonObject { ["input"] = new JsonObject { ["title"] = "t" } });
        var unknownField = await LinearSchema.ValidateAsync("query Q { issues { nodes { fingerprint } } }", null);

        StringAssert.Contains(string.Join('\n', missingTeam), "teamId");
        StringAssert.Contains(string.Join('\n', unknownField), "fingerprint");
    }

    private static CliRun Epic(FakeLinear linear, string output) =>
        Cli.Run("dotnet", [Cli.ToolDll, "epic", Samples, "--output", output, "--linear", "--team", "ENG", "--linear-url", linear.Url], environment: Env(ApiKey));

    private static Dictionary<string, string> Env(string apiKey) => new() { ["LINEAR_API_KEY"] = apiKey };

    private static async Task AssertAllValidAsync(IEnumerable<RecordedRequest> requests)
    {
        if (LinearSchema.SchemaPath.Length == 0)
        {
            Assert.Inconclusive("shared/specs/linear/schema.graphql not found above the test assembly (set FLOE_SPECS_DIR)");
        }

        foreach (var request in requests)
        {
            var errors = await LinearSchema.ValidateAsync(request.Query, request.Variables);
            Assert.IsEmpty(errors, $"{request.OperationName} is not valid against Linear's schema:\n{string.Join("\n", errors)}\n{request.Query}\n{request.Variables.ToJsonString()}");
        }
    }
}
