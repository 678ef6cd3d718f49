using System.Text.Json.Nodes;
using FloeHarden.E2E.Harness.Clients;
using FloeHarden.E2E.Tests.Support;
using NJsonSchema;

namespace FloeHarden.E2E.Tests.Contracts;

/// <summary>Every OpenLineage event the lineage scenario emits validates against OpenLineage.json.
/// The file is draft 2020-12; NJsonSchema 11 does not resolve <c>$defs</c>, so the loader moves them
/// to <c>definitions</c> (same meaning for internal references). The file uses no other 2020-12-only
/// keyword (only $ref, allOf, anyOf, oneOf, not, additionalProperties), so nothing else is lost.</summary>
[TestClass]
public sealed class OpenLineageContractTests
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(LoadAsync);

    private static Task<JsonSchema> LoadAsync()
    {
        var text = File.ReadAllText(Specs.Path("openlineage/OpenLineage.json"));
        var draft07 = text.Replace("\"$defs\"", "\"definitions\"", StringComparison.Ordinal).Replace("#/$defs/", "#/definitions/", StringComparison.Ordinal);
        return JsonSchema.FromJsonAsync(draft07);
    }

    private static JsonObject Event(string type) => OpenLineageEvents.RunEvent(
        type, Guid.Parse("0f6a9c52-1b7e-4a43-9d4c-2f0f4a1c7d10"), "floe-e2e-1", "customer_360.mart_customer_360",
        new DateTimeOffset(2026, 11, 24, 5, 0, 0, TimeSpan.Zero),
        [new LineageDataset("floe-e2e-1", "customer_360_raw.raw_customers")], [new LineageDataset("floe-e2e-1", "customer_360.mart_customer_360")]);

    private static async Task<IReadOnlyList<string>> ValidateAsync(JsonNode openLineageEvent, string? definition = null)
    {
        var schema = await Schema.Value;
        var target = definition is null ? schema : schema.Definitions[definition];
        return [.. Flatten(target.Validate(openLineageEvent.ToJsonString()))];
    }

    private static IEnumerable<string> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        errors.SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError child
            ? child.Errors.Values.SelectMany(Flatten).Prepend($"{e.Path}: {e.Kind}")
            : [$"{e.Path}: {e.Kind}"]);

    [TestMethod]
    [DataRow("START")]
    [DataRow("COMPLETE")]
    public async Task EmittedRunEvents_ValidateAgainstTheSpec(string type)
    {
        var errors = (await ValidateAsync(Event(type))).Concat(await ValidateAsync(Event(type), "RunEvent")).ToList();

        Assert.IsEmpty(errors, string.Join(Environment.NewLine, errors));
    }

    [TestMethod]
    public async Task TheSchemaIsReallyApplied_AnEventWithoutProducerOrRunIdFails()
    {
        var broken = Event("START");
        broken.Remove("producer");
        broken["run"]!.AsObject().Remove("runId");

        var asAnyEvent = await ValidateAsync(broken);
        var asRunEvent = await ValidateAsync(broken, "RunEvent");

        CollectionAssert.Contains(asAnyEvent.ToArray(), "#/: NotOneOf");
        CollectionAssert.Contains(asRunEvent.ToArray(), "#/producer: PropertyRequired", string.Join(Environment.NewLine, asRunEvent));
        CollectionAssert.Contains(asRunEvent.ToArray(), "#/run.runId: PropertyRequired", string.Join(Environment.NewLine, asRunEvent));
    }

    [TestMethod]
    public async Task AnUnknownEventType_Fails()
    {
        var errors = await ValidateAsync(Event("FINISHED"), "RunEvent");

        CollectionAssert.Contains(errors.ToArray(), "#/eventType: NotInEnumeration", string.Join(Environment.NewLine, errors));
    }

    [TestMethod]
    public async Task EventsThatReachMarquez_AreTheValidatedOnes()
    {
        await using var server = new RecordingServer(_ => new CannedResponse(201, ""));
        var client = new MarquezClient(new HttpClient(), server.BaseUrl);

        await client.PostLineageAsync(Event("START"));
        await client.PostLineageAsync(Event("COMPLETE"));

        foreach (var request in server.Requests)
        {
            var errors = await ValidateAsync(JsonNode.Parse(request.Body)!);
            Assert.IsEmpty(errors, request.Body);
        }

        CollectionAssert.AreEqual(new[] { "START", "COMPLETE" }, server.Requests.Select(r => JsonNode.Parse(r.Body)!["eventType"]!.GetValue<string>()).ToArray());
    }
}
