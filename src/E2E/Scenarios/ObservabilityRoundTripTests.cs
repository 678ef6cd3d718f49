using FloeHarden.E2E.Harness.Clients;
using FloeHarden.E2E.Harness.Platform;
using FloeHarden.E2E.Harness.Polling;

namespace FloeHarden.E2E.Scenarios;

/// <summary>AC-2.3: spans sent to the OpenTelemetry collector over OTLP/HTTP reach Jaeger under a
/// service name no other run uses.</summary>
[TestClass]
public sealed class ObservabilityRoundTripTests : E2EScenario
{
    [TestMethod]
    [TestCategory("E2E")]
    [TestProperty("workflow", "AC-2.3")]
    public async Task SpansSentToTheCollector_AppearInJaeger()
    {
        var platform = await RequireAsync(Needs.Otlp | Needs.Jaeger);
        var service = $"floe-e2e-{Guid.NewGuid():N}";
        var sent = new[] { OtlpHttpExporter.NewSpan("e2e.parent"), OtlpHttpExporter.NewSpan("e2e.child") };
        var start = DateTimeOffset.UtcNow;

        await platform.Otlp.ExportAsync(service, sent, start, Cancellation);
        Step($"exported {sent.Length} spans as service {service}");

        var found = await Poll.UntilAsync(
            $"Jaeger to return the spans of service {service}",
            ct => platform.Jaeger.FindSpansAsync(service, start.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1), ct),
            spans => sent.All(s => spans.Any(f => f.SpanId == s.SpanId)),
            PollOptions.Default,
            spans => $"{spans.Count} spans: {string.Join(", ", spans.Select(s => s.Name))}",
            Cancellation);

        foreach (var span in sent)
        {
            var match = found.Single(f => f.SpanId == span.SpanId);
            Assert.AreEqual(span.Name, match.Name);
            Assert.AreEqual(span.TraceId, match.TraceId, $"Span {span.SpanId} came back in another trace.");
            Assert.AreEqual(service, match.ServiceName);
        }
    }

    protected override IReadOnlyList<string> InvolvedPods => ["app.kubernetes.io/name=jaeger", "app.kubernetes.io/component=otel"];
}
