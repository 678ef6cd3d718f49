using System.Threading.Tasks;
using FluentValidation;
using Wolverine.Attributes;
using Wolverine.Http;

namespace Messaging.Tests;

public record Ping(string Text);
public record Pong(string Text);

// Wolverine's conventions: a public class named …Handler or …Consumer with Handle/Consume methods.
public static class PingHandler
{
    public static Pong Handle(Ping ping) => new(ping.Text);
}

public class AuditConsumer
{
    public Task ConsumeAsync(Pong pong) => Task.CompletedTask;
}

// Marked for discovery, whatever the name.
[WolverineHandler]
public class PongAuditing
{
    public void Handle(Pong pong) { }
}

// An HTTP endpoint Wolverine.Http finds by its attributes.
public static class StatusEndpoint
{
    [WolverineGet("/status")]
    public static string Get() => "ok";
}

// A saga: its Start/Handle methods are found by convention.
public class OrderSaga : Wolverine.Saga
{
    public string? Id { get; set; }

    public void Start(Ping ping) => Id = ping.Text;
}

// Wolverine's FluentValidation middleware scans for validators.
public class PingValidator : AbstractValidator<Ping>
{
}
